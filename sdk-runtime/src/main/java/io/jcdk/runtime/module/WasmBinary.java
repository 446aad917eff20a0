package io.jcdk.runtime.module;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Recognises canister module bytes: plain Wasm, or gzip-compressed Wasm as the IC accepts it. */
public final class WasmBinary {
    static final byte[] WASM_MAGIC = {0x00, 0x61, 0x73, 0x6d};
    /** The IC decompresses a module that starts with these bytes (interface spec, "Canister module format"). */
    static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    /** Larger than any module the IC accepts; stops a gzip bomb from filling the heap. */
    static final int MAX_DECOMPRESSED = 256 * 1024 * 1024;

    private WasmBinary() {}

    public static boolean isGzip(byte[] bytes) {
        return startsWith(bytes, GZIP_MAGIC);
    }

    public static boolean isWasm(byte[] bytes) {
        return startsWith(bytes, WASM_MAGIC);
    }

    /**
     * The Wasm bytes of a canister module: decompressed when gzipped.
     *
     * @throws InvalidModuleException when the bytes are neither Wasm nor gzipped Wasm
     */
    public static byte[] wasmBytes(byte[] module) {
        byte[] wasm = module;
        if (isGzip(module)) {
            wasm = gunzip(module);
        }
        if (!isWasm(wasm)) {
            throw new InvalidModuleException("not a WebAssembly module: it starts with " + hexPrefix(wasm)
                    + (wasm == module ? "" : " after gzip decompression")
                    + ", expected the Wasm magic 00 61 73 6d (or gzip 1f 8b 08)");
        }
        return wasm;
    }

    private static byte[] gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(gz.length * 4);
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_DECOMPRESSED) {
                    throw new InvalidModuleException("gzip-compressed module decompresses to more than "
                            + MAX_DECOMPRESSED + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidModuleException("gzip-compressed module cannot be decompressed: " + e.getMessage(), e);
        }
    }

    static String hexPrefix(byte[] bytes) {
        if (bytes.length == 0) {
            return "nothing (empty file)";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            sb.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return sb.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
