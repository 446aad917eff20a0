package io.jcdk.candid;

import io.jcdk.canister.internal.Platform;

import org.teavm.interop.Address;

/**
 * Copies runs of ASCII between UTF-8 bytes and UTF-16 chars, the inner loops of text decoding and encoding. In a
 * canister they read and write linear memory directly, four characters per step: TeaVM compiles a Java array loop
 * with a null check, a bounds check and garbage-collector bookkeeping per element, about 70 Wasm instructions per
 * character, against about 8 here. The callers check the ranges first, and nothing allocates inside, so the arrays
 * cannot move while their addresses are used. On the JVM the plain loops run.
 */
final class AsciiRuns {
    private AsciiRuns() {
    }

    /**
     * Widens the leading ASCII bytes of {@code src[off .. off+len)} into {@code dst[at ..]} and returns how many there
     * were (up to the first byte with its high bit set). {@code dst} has room for {@code len} more chars.
     */
    static int widen(byte[] src, int off, char[] dst, int at, int len) {
        if (Platform.isWasm()) {
            return widenInMemory(Address.ofData(src).add(off), Address.ofData(dst).add(at * 2), len);
        }
        int i = 0;
        while (i < len && src[off + i] >= 0) {
            dst[at + i] = (char) src[off + i];
            i++;
        }
        return i;
    }

    private static int widenInMemory(Address src, Address dst, int len) {
        int i = 0;
        while (i + 4 <= len) {
            int w = src.add(i).getInt();
            if ((w & 0x80808080) != 0) {
                break;
            }
            Address d = dst.add(i * 2);
            d.putInt((w & 0xff) | (w & 0xff00) << 8);
            d.add(4).putInt((w >>> 16) & 0xff | (w >>> 24) << 16);
            i += 4;
        }
        while (i < len) {
            byte b = src.add(i).getByte();
            if (b < 0) {
                break;
            }
            dst.add(i * 2).putChar((char) b);
            i++;
        }
        return i;
    }

    /**
     * Narrows the leading ASCII chars of {@code src[0 .. len)} into {@code dst[at ..]} and returns how many there were
     * (up to the first char above 0x7f). {@code dst} has room for {@code len} more bytes.
     */
    static int narrow(char[] src, int len, byte[] dst, int at) {
        if (Platform.isWasm()) {
            return narrowInMemory(Address.ofData(src), Address.ofData(dst).add(at), len);
        }
        int i = 0;
        while (i < len && src[i] < 0x80) {
            dst[at + i] = (byte) src[i];
            i++;
        }
        return i;
    }

    private static int narrowInMemory(Address src, Address dst, int len) {
        int i = 0;
        while (i + 4 <= len) {
            Address s = src.add(i * 2);
            int a = s.getInt();
            int b = s.add(4).getInt();
            if (((a | b) & 0xff80ff80) != 0) {
                break;
            }
            dst.add(i).putInt(a & 0xff | (a >>> 8) & 0xff00 | (b & 0xff) << 16 | (b >>> 16) << 24);
            i += 4;
        }
        while (i < len) {
            char c = src.add(i * 2).getChar();
            if (c >= 0x80) {
                break;
            }
            dst.add(i).putByte((byte) c);
            i++;
        }
        return i;
    }
}
