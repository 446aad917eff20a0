package io.jcdk.canister.internal.jdk;

import io.jcdk.canister.internal.Mem;
import java.nio.charset.Charset;

/**
 * {@code String.getBytes(Charset)} without java.nio's encoder machinery (TeaVM's goes through
 * {@code CharsetEncoder}, {@code ByteBuffer} and {@code CharBuffer}: about 17 KB of Wasm, reachable from every
 * canister because {@code Ic.print} encodes text). Covers the charsets TeaVM has (UTF-8, ISO-8859-1, US-ASCII,
 * UTF-16, UTF-16BE, UTF-16LE) with the JDK's results, unmappable characters and lone surrogates included ('?').
 */
public final class Utf8Bytes {
    private Utf8Bytes() {
    }

    public static byte[] getBytes(String s, Charset charset) {
        String name = charset.name();
        if (name.equals("UTF-8")) {
            return utf8(s);
        }
        if (name.equals("ISO-8859-1")) {
            return singleByte(s, 0xFF);
        }
        if (name.equals("US-ASCII")) {
            return singleByte(s, 0x7F);
        }
        if (name.equals("UTF-16BE")) {
            return utf16(s, false, false);
        }
        if (name.equals("UTF-16LE")) {
            return utf16(s, true, false);
        }
        if (name.equals("UTF-16")) {
            return utf16(s, false, true);
        }
        throw new UnsupportedOperationException("no encoder for " + name + " in a canister");
    }

    /**
     * UTF-8; a lone surrogate becomes '?'. The chars are copied out once (a memory copy) and both passes read and
     * write with {@link Mem}: in a canister a checked array access costs about 20 instructions.
     */
    public static byte[] utf8(String s) {
        int n = s.length();
        char[] chars = new char[n];
        s.getChars(0, n, chars, 0);
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = Mem.get(chars, i);
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(Mem.get(chars, i + 1))) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size++;
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = Mem.get(chars, i);
            if (c < 0x80) {
                Mem.set(out, k++, (byte) c);
            } else if (c < 0x800) {
                Mem.set(out, k++, (byte) (0xC0 | c >> 6));
                Mem.set(out, k++, (byte) (0x80 | c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(Mem.get(chars, i + 1))) {
                int cp = Character.toCodePoint(c, Mem.get(chars, ++i));
                Mem.set(out, k++, (byte) (0xF0 | cp >> 18));
                Mem.set(out, k++, (byte) (0x80 | cp >> 12 & 0x3F));
                Mem.set(out, k++, (byte) (0x80 | cp >> 6 & 0x3F));
                Mem.set(out, k++, (byte) (0x80 | cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                Mem.set(out, k++, (byte) '?');
            } else {
                Mem.set(out, k++, (byte) (0xE0 | c >> 12));
                Mem.set(out, k++, (byte) (0x80 | c >> 6 & 0x3F));
                Mem.set(out, k++, (byte) (0x80 | c & 0x3F));
            }
        }
        return out;
    }

    /** One byte per code point; '?' above {@code max} (a surrogate pair is one code point). */
    private static byte[] singleByte(String s, int max) {
        int n = s.length();
        byte[] out = new byte[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c <= max) {
                out[k++] = (byte) c;
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                }
                out[k++] = '?';
            }
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }

    /** UTF-16; a lone surrogate becomes U+FFFD as in the JDK; "UTF-16" writes a big-endian byte-order mark. */
    private static byte[] utf16(String s, boolean littleEndian, boolean bom) {
        int n = s.length();
        int start = bom && n > 0 ? 2 : 0;
        byte[] out = new byte[start + 2 * n];
        if (start == 2) {
            out[0] = (byte) 0xFE;
            out[1] = (byte) 0xFF;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (!paired) {
                    c = '\uFFFD';
                }
            }
            int k = start + 2 * i;
            out[k + (littleEndian ? 1 : 0)] = (byte) (c >> 8);
            out[k + (littleEndian ? 0 : 1)] = (byte) c;
        }
        return out;
    }
}
