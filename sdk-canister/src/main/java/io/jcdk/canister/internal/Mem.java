package io.jcdk.canister.internal;

import org.teavm.interop.Address;

/**
 * Unchecked array reads, writes and copies for the codec's hot paths, whose callers have already checked the index. In a
 * canister they are single linear-memory loads and stores: TeaVM compiles each Java array access to a null check, a
 * bounds check and the access, about 20 Wasm instructions, which dominated decoding (a {@code nat64} read byte by byte
 * cost over 300). On the JVM they are ordinary (checked) array accesses.
 */
public final class Mem {
    private Mem() {
    }

    /**
     * Copies {@code n} bytes. System.arraycopy costs about 200 Wasm instructions before it copies anything (its
     * checks and dispatch), so short copies (principals: at most 29 bytes) go eight bytes at a time instead. The
     * caller has checked both ranges.
     */
    public static void copy(byte[] src, int srcOffset, byte[] dst, int dstOffset, int n) {
        if (Platform.isWasm() && n <= 64) {
            Address s = Address.ofData(src).add(srcOffset);
            Address d = Address.ofData(dst).add(dstOffset);
            int i = 0;
            for (; i + 8 <= n; i += 8) {
                d.add(i).putLong(s.add(i).getLong());
            }
            for (; i < n; i++) {
                d.add(i).putByte(s.add(i).getByte());
            }
            return;
        }
        System.arraycopy(src, srcOffset, dst, dstOffset, n);
    }

    /** Whether {@code a[aOffset ..]} and {@code b[bOffset ..]} hold the same {@code n} bytes (ranges checked by the caller). */
    public static boolean regionEquals(byte[] a, int aOffset, byte[] b, int bOffset, int n) {
        if (Platform.isWasm()) {
            Address x = Address.ofData(a).add(aOffset);
            Address y = Address.ofData(b).add(bOffset);
            int i = 0;
            for (; i + 8 <= n; i += 8) {
                long d = x.add(i).getLong() ^ y.add(i).getLong();
                if (((int) d | (int) (d >>> 32)) != 0) {
                    return false;
                }
            }
            for (; i < n; i++) {
                if (x.add(i).getByte() != y.add(i).getByte()) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (a[aOffset + i] != b[bOffset + i]) {
                return false;
            }
        }
        return true;
    }

    /** The unsigned byte {@code b[i]}. */
    public static int u8(byte[] b, int i) {
        if (Platform.isWasm()) {
            return Address.ofData(b).add(i).getByte() & 0xff;
        }
        return b[i] & 0xff;
    }

    /** {@code b[i .. i+width)} as a little-endian number, zero-extended; width is 1, 2, 4 or 8. */
    public static long littleEndian(byte[] b, int i, int width) {
        if (Platform.isWasm()) {
            Address a = Address.ofData(b).add(i);
            switch (width) {
                case 8: return a.getLong();
                case 4: return a.getInt() & 0xffffffffL;
                case 2: return a.getShort() & 0xffffL;
                default: return a.getByte() & 0xffL;
            }
        }
        long v = 0;
        for (int k = 0; k < width; k++) {
            v |= (long) (b[i + k] & 0xff) << (8 * k);
        }
        return v;
    }

    /** Writes the low {@code width} bytes of {@code v} little-endian at {@code b[i]}; width is 1, 2, 4 or 8. */
    public static void putLittleEndian(byte[] b, int i, long v, int width) {
        if (Platform.isWasm()) {
            Address a = Address.ofData(b).add(i);
            switch (width) {
                case 8: a.putLong(v); return;
                case 4: a.putInt((int) v); return;
                case 2: a.putShort((short) v); return;
                default: a.putByte((byte) v); return;
            }
        }
        for (int k = 0; k < width; k++) {
            b[i + k] = (byte) (v >>> (8 * k));
        }
    }

    public static char get(char[] a, int i) {
        if (Platform.isWasm()) {
            return Address.ofData(a).add(i << 1).getChar();
        }
        return a[i];
    }

    public static void set(char[] a, int i, char v) {
        if (Platform.isWasm()) {
            Address.ofData(a).add(i << 1).putChar(v);
            return;
        }
        a[i] = v;
    }

    public static void set(byte[] a, int i, byte v) {
        if (Platform.isWasm()) {
            Address.ofData(a).add(i).putByte(v);
            return;
        }
        a[i] = v;
    }

    public static int get(int[] a, int i) {
        if (Platform.isWasm()) {
            return Address.ofData(a).add(i << 2).getInt();
        }
        return a[i];
    }

    public static void set(int[] a, int i, int v) {
        if (Platform.isWasm()) {
            Address.ofData(a).add(i << 2).putInt(v);
            return;
        }
        a[i] = v;
    }

    public static long get(long[] a, int i) {
        if (Platform.isWasm()) {
            return Address.ofData(a).add(i << 3).getLong();
        }
        return a[i];
    }

    public static void set(long[] a, int i, long v) {
        if (Platform.isWasm()) {
            Address.ofData(a).add(i << 3).putLong(v);
            return;
        }
        a[i] = v;
    }

    /**
     * A new byte array whose elements are unspecified until written: the caller writes every element before it
     * reads it. In a canister it is not cleared, which saves a {@code memory.fill} of its size (one instruction per
     * byte on the IC); on the JVM it is a plain new array.
     */
    public static byte[] uninitializedBytes(int n) {
        // only speed builds route the allocator's clearing through ZeroFill
        if (Platform.isWasm() && Platform.optimizesForSpeed() && n > 0) {
            // TeaVM's array block: a 12-byte header, then the elements, rounded up to 4 bytes
            ZeroFill.skipNext((12 + n + 3) & ~3);
        }
        return new byte[n];
    }

    /** {@link #uninitializedBytes} for chars. */
    public static char[] uninitializedChars(int n) {
        if (Platform.isWasm() && Platform.optimizesForSpeed() && n > 0) {
            ZeroFill.skipNext((12 + 2 * n + 3) & ~3);
        }
        return new char[n];
    }

    /**
     * The chars of {@code s}, to be read only: in a canister the String's own array, not a copy (the build points
     * this method at an accessor it adds to TeaVM's String); on the JVM a copy.
     */
    public static char[] chars(String s) {
        return s.toCharArray();
    }
}
