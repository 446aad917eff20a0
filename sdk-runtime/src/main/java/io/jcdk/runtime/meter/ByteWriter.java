package io.jcdk.runtime.meter;

import java.io.ByteArrayOutputStream;

/** Appends Wasm binary encodings. */
final class ByteWriter {
    private final ByteArrayOutputStream out;

    ByteWriter(int capacity) {
        out = new ByteArrayOutputStream(capacity);
    }

    ByteWriter u8(int b) {
        out.write(b);
        return this;
    }

    ByteWriter u32(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    ByteWriter s64(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    ByteWriter bytes(byte[] b, int from, int to) {
        out.write(b, from, to - from);
        return this;
    }

    ByteWriter bytes(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
