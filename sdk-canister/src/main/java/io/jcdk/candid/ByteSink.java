package io.jcdk.candid;

/** A growable byte buffer for the encoder (no java.io, to keep the Wasm module small). */
final class ByteSink {
    // Package-private for CandidWriter, which fills reserved space directly (see ensure).
    byte[] buf = new byte[64];
    int size;

    /** Makes room for {@code extra} more bytes, so that {@code buf[size .. size + extra - 1]} can be written directly. */
    void ensure(int extra) {
        if (size + extra > buf.length) {
            grow(extra);
        }
    }

    void write(int b) {
        if (size == buf.length) {
            grow(1);
        }
        buf[size++] = (byte) b;
    }

    void write(byte[] bytes) {
        if (size + bytes.length > buf.length) {
            grow(bytes.length);
        }
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    void writeLittleEndian(long v, int width) {
        for (int i = 0; i < width; i++) {
            write((int) (v >>> (8 * i)));
        }
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        byte[] out = new byte[size];
        System.arraycopy(buf, 0, out, 0, size);
        return out;
    }

    // synchronized: TeaVM never inlines it, so the growth code is not copied into every inlined write (see Msg)
    private synchronized void grow(int extra) {
        int cap = buf.length * 2;
        if (cap < size + extra) {
            cap = size + extra;
        }
        // only the first size bytes are ever read before they are written
        byte[] nb = io.jcdk.canister.internal.Mem.uninitializedBytes(cap);
        System.arraycopy(buf, 0, nb, 0, size);
        buf = nb;
    }
}
