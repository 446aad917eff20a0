package io.jcdk.canister;

import io.jcdk.canister.internal.Mem;

import java.util.Arrays;

/**
 * An IC principal: up to 29 bytes, written as groups of five base32 characters after a CRC-32 checksum
 * ({@code aaaaa-aa} is the management canister, {@code 2vxsx-fae} the anonymous principal).
 */
public final class Principal implements Comparable<Principal> {
    public static final int MAX_LENGTH = 29;
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final byte[] bytes;

    private Principal(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The principal with these raw bytes; at most 29 of them. */
    public static Principal fromBytes(byte[] bytes) {
        if (bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a principal has at most " + MAX_LENGTH + " bytes, got " + bytes.length);
        }
        return new Principal(bytes.clone());
    }

    /** The management canister {@code aaaaa-aa}. */
    public static Principal managementCanister() {
        return new Principal(new byte[0]);
    }

    /** The anonymous principal {@code 2vxsx-fae}. */
    public static Principal anonymous() {
        return new Principal(new byte[] {4});
    }

    public boolean isAnonymous() {
        return bytes.length == 1 && bytes[0] == 4;
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** The principal whose bytes are {@code src[offset .. offset + length)}, copied once; at most 29 of them. */
    public static Principal fromBytes(byte[] src, int offset, int length) {
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("a principal has at most " + MAX_LENGTH + " bytes, got " + length);
        }
        checkRange(src, offset, length);
        byte[] copy = new byte[length];
        Mem.copy(src, offset, copy, 0, length);
        return new Principal(copy);
    }

    /** Whether the raw bytes are {@code src[offset .. offset + length)}, compared in place. */
    public boolean hasBytes(byte[] src, int offset, int length) {
        checkRange(src, offset, length);
        return length == bytes.length && Mem.regionEquals(src, offset, bytes, 0, length);
    }

    private static void checkRange(byte[] src, int offset, int length) {
        if (offset < 0 || length < 0 || offset > src.length - length) {
            throw new IndexOutOfBoundsException("bytes " + offset + " to " + (offset + length) + " of " + src.length);
        }
    }

    /** Copies the raw bytes into {@code dest} at {@code offset} ({@link #length()} of them), without a new array. */
    public void copyTo(byte[] dest, int offset) {
        if (offset < 0 || offset > dest.length - bytes.length) {
            throw new IndexOutOfBoundsException("bytes " + offset + " to " + (offset + bytes.length) + " of "
                    + dest.length);
        }
        Mem.copy(bytes, 0, dest, offset, bytes.length);
    }

    public int length() {
        return bytes.length;
    }

    /**
     * Parses the textual form, checking grouping, alphabet and checksum.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Principal fromText(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-') {
                compact.append(Character.toLowerCase(c));
            }
        }
        int bits = 0;
        int acc = 0;
        byte[] raw = new byte[compact.length() * 5 / 8];
        int n = 0;
        for (int i = 0; i < compact.length(); i++) {
            int v = base32Value(compact.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("invalid principal \"" + text + "\": character '" + compact.charAt(i)
                        + "' is not base32");
            }
            acc = (acc << 5) | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                raw[n++] = (byte) (acc >>> bits);
                acc &= (1 << bits) - 1;
            }
        }
        if (n < 4) {
            throw new IllegalArgumentException("invalid principal \"" + text + "\": too short");
        }
        if (n - 4 > MAX_LENGTH) {
            throw new IllegalArgumentException("invalid principal \"" + text + "\": longer than 29 bytes");
        }
        Principal p = new Principal(Arrays.copyOfRange(raw, 4, n));
        if (!p.toText().equals(text)) {
            throw new IllegalArgumentException("invalid principal \"" + text + "\": checksum or grouping is wrong"
                    + " (expected " + p.toText() + ")");
        }
        return p;
    }

    private static int base32Value(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        return -1;
    }

    /** The textual form: base32 of checksum and bytes, lower case, in dash-separated groups of five. */
    public String toText() {
        int crc = crc32(bytes);
        byte[] data = new byte[bytes.length + 4];
        data[0] = (byte) (crc >>> 24);
        data[1] = (byte) (crc >>> 16);
        data[2] = (byte) (crc >>> 8);
        data[3] = (byte) crc;
        System.arraycopy(bytes, 0, data, 4, bytes.length);
        StringBuilder b32 = new StringBuilder();
        int acc = 0;
        int bits = 0;
        for (byte b : data) {
            acc = (acc << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                b32.append(BASE32[(acc >>> bits) & 31]);
            }
            acc &= (1 << bits) - 1;
        }
        if (bits > 0) {
            b32.append(BASE32[(acc << (5 - bits)) & 31]);
        }
        StringBuilder out = new StringBuilder(b32.length() + b32.length() / 5);
        for (int i = 0; i < b32.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(b32.charAt(i));
        }
        return out.toString();
    }

    /** CRC-32 (IEEE), computed here rather than with java.util.zip, which TeaVM does not provide. */
    static int crc32(byte[] data) {
        int crc = 0xffffffff;
        for (byte b : data) {
            crc ^= b & 0xff;
            for (int k = 0; k < 8; k++) {
                crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
            }
        }
        return ~crc;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Principal p && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Orders as the IC does: by bytes, unsigned, shorter first on a common prefix. */
    @Override
    public int compareTo(Principal other) {
        int n = Math.min(bytes.length, other.bytes.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(bytes[i] & 0xff, other.bytes[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(bytes.length, other.bytes.length);
    }

    @Override
    public String toString() {
        return toText();
    }
}
