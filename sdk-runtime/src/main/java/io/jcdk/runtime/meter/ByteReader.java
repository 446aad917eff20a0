package io.jcdk.runtime.meter;

import io.jcdk.runtime.module.InvalidModuleException;

/** A cursor over Wasm binary bytes with the LEB128 readers the binary format needs. */
final class ByteReader {
    private final byte[] bytes;
    private int pos;
    private final int end;

    ByteReader(byte[] bytes, int pos, int end) {
        this.bytes = bytes;
        this.pos = pos;
        this.end = end;
    }

    int pos() {
        return pos;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int u8() {
        if (pos >= end) {
            throw new InvalidModuleException("invalid WebAssembly module: unexpected end of data at byte " + pos);
        }
        return bytes[pos++] & 0xff;
    }

    long u32() {
        long result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int x = u8();
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
        throw new InvalidModuleException("invalid WebAssembly module: malformed LEB128 at byte " + pos);
    }

    /** Skips a signed LEB128 of up to 64 bits (i32/i64 constants and block types). */
    void skipSigned() {
        for (int i = 0; i < 10; i++) {
            if ((u8() & 0x80) == 0) {
                return;
            }
        }
        throw new InvalidModuleException("invalid WebAssembly module: malformed signed LEB128 at byte " + pos);
    }

    void skip(int n) {
        if (pos + n > end) {
            throw new InvalidModuleException("invalid WebAssembly module: unexpected end of data at byte " + pos);
        }
        pos += n;
    }
}
