package io.jcdk.maven;

import io.jcdk.maven.teavm.HostImportTable;
import io.jcdk.maven.wasm.WasmBinary;
import io.jcdk.runtime.module.ModuleValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Turns TeaVM's module into one the IC accepts: only the spec's {@code canister_*} exports remain (TeaVM adds
 * about 36 helpers such as {@code teavm_gc_*} and {@code start}), the service description goes into the
 * {@code icp:public candid:service} section, runs of zeros leave the data section, and the result must pass the
 * same validator the runtime applies at install. Nothing is written unless it does; stale outputs of an earlier build are removed.
 */
public final class CanisterPackager {
    public static final String CANDID_SECTION = "icp:public candid:service";

    /**
     * Zero runs at least this long are left out of the data section (a new segment header costs about 8 bytes); the
     * memory image is the same. TeaVM's single data segment is about 80% zeros.
     */
    static final int ZERO_RUN = Integer.getInteger("jcdk.zeroRun", 16);

    /** The module is not one the IC would accept; the message names every problem. */
    public static final class InvalidModule extends Exception {
        public InvalidModule(String message) {
            super(message);
        }
    }

    public record Result(Path wasm, Path gzip, Path did, long wasmSize, long gzipSize) {
    }

    private CanisterPackager() {
    }

    /** The IC-ready module bytes. */
    public static byte[] finish(byte[] teavmOutput, String did) throws InvalidModule {
        WasmBinary module = WasmBinary.parse(teavmOutput);
        List<WasmBinary.Export> kept = new ArrayList<>();
        for (WasmBinary.Export e : module.exports()) {
            if (e.kind() == WasmBinary.Export.FUNCTION && e.name().startsWith("canister_")) {
                kept.add(e);
            }
        }
        module.setExports(kept);
        module.removeCustomSections("name");
        module.dropZeroRunsFromData(ZERO_RUN);
        module.putCustomSection(CANDID_SECTION, did.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = module.toBytes();
        List<String> problems = ModuleValidator.validate(bytes);
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder("jcdk: the compiled canister is not a valid IC module:");
            for (String p : problems) {
                sb.append("\n  - ").append(p).append(hintFor(p));
            }
            throw new InvalidModule(sb.toString());
        }
        return bytes;
    }

    /** Writes {@code <name>.wasm}, {@code <name>.wasm.gz} and {@code <name>.did} into {@code directory}. */
    public static Result packageModule(byte[] teavmOutput, CanisterDescriptor descriptor, Path directory, String name)
            throws InvalidModule, IOException {
        Path wasm = directory.resolve(name + ".wasm");
        Path gzip = directory.resolve(name + ".wasm.gz");
        Path did = directory.resolve(name + ".did");
        byte[] module;
        try {
            module = finish(teavmOutput, descriptor.did());
        } catch (InvalidModule e) {
            Files.deleteIfExists(wasm);
            Files.deleteIfExists(gzip);
            Files.deleteIfExists(did);
            throw e;
        }
        byte[] zipped = gzip(module);
        writeAtomically(wasm, module);
        writeAtomically(gzip, zipped);
        writeAtomically(did, descriptor.did().getBytes(StandardCharsets.UTF_8));
        return new Result(wasm, gzip, did, module.length, zipped.length);
    }

    private static String hintFor(String problem) {
        int start = problem.indexOf("import ");
        if (start < 0) {
            return "";
        }
        String rest = problem.substring(start + 7);
        int dot = rest.indexOf('.');
        if (dot <= 0) {
            return "";
        }
        String module = rest.substring(0, dot).replace("\"", "").replace("`", "");
        String hint = HostImportTable.hint(module);
        return hint == null ? "" : " (" + hint + ")";
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static void writeAtomically(Path file, byte[] data) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, data);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
