package io.jcdk.candid;

import io.jcdk.canister.internal.Platform;

import org.teavm.interop.Address;

/**
 * Copies runs of ASCII between UTF-8 bytes and UTF-16 chars, the inner loops of text decoding and encoding. In a
 * canister they read and write linear memory directly, eight characters per step: TeaVM compiles a Java array loop
 * with a null check, a bounds check and garbage-collector bookkeeping per element, about 70 Wasm instructions per
 * character, against about 5 here. The callers check the ranges first, and nothing allocates inside, so the arrays
 * cannot move while their addresses are used. On the JVM the plain loops run.
 */
public final class AsciiRuns {
    private AsciiRuns() {
    }

    /**
     * Widens the leading ASCII bytes of {@code src[off .. off+len)} into {@code dst[at ..]} and returns how many there
     * were (up to the first byte with its high bit set). {@code dst} has room for {@code len} more chars.
     */
    public static int widen(byte[] src, int off, char[] dst, int at, int len) {
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

    /** Whether the {@code len} bytes at {@code src} are all ASCII, sixteen per step. */
    static boolean allAscii(Address src, int len) {
        int i = 0;
        while (i + 16 <= len) {
            Address s = src.add(i);
            long high = (s.getLong() | s.add(8).getLong()) & 0x8080808080808080L;
            if (((int) high | (int) (high >>> 32)) != 0) {
                return false;
            }
            i += 16;
        }
        while (i < len) {
            if (src.add(i).getByte() < 0) {
                return false;
            }
            i++;
        }
        return true;
    }

    static int widenInMemory(Address src, Address dst, int len) {
        int i = 0;
        // 16 bytes per step while they last (one loop test per 16), then 8, then one at a time
        while (Platform.optimizesForSpeed() && i + 16 <= len) {
            Address s = src.add(i);
            long w = s.getLong();
            long v = s.add(8).getLong();
            long high = (w | v) & 0x8080808080808080L;
            if (((int) high | (int) (high >>> 32)) != 0) {
                break;
            }
            Address d = dst.add(i * 2);
            d.putLong(spread(w & 0xffffffffL));
            d.add(8).putLong(spread(w >>> 32));
            d.add(16).putLong(spread(v & 0xffffffffL));
            d.add(24).putLong(spread(v >>> 32));
            i += 16;
        }
        while (i + 8 <= len) {
            long w = src.add(i).getLong();
            long high = w & 0x8080808080808080L;
            // ints, not a long comparison: TeaVM compiles that to a call
            if (((int) high | (int) (high >>> 32)) != 0) {
                break;
            }
            Address d = dst.add(i * 2);
            d.putLong(spread(w & 0xffffffffL));
            d.add(8).putLong(spread(w >>> 32));
            i += 8;
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

    /** Four bytes (the low 32 bits) as four 16-bit chars, little-endian: {@code 0x44332211 -> 0x0044003300220011}. */
    static long spread(long x) {
        x = (x | x << 16) & 0x0000ffff0000ffffL;
        return (x | x << 8) & 0x00ff00ff00ff00ffL;
    }

    /** The inverse of {@link #spread}: four chars below 0x100 as four bytes. */
    private static int gather(long x) {
        x = (x | x >>> 8) & 0x0000ffff0000ffffL;
        return (int) (x | x >>> 16);
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
        while (i + 8 <= len) {
            Address s = src.add(i * 2);
            long a = s.getLong();
            long b = s.add(8).getLong();
            long high = (a | b) & 0xff80ff80ff80ff80L;
            if (((int) high | (int) (high >>> 32)) != 0) {
                break;
            }
            Address d = dst.add(i);
            d.putInt(gather(a));
            d.add(4).putInt(gather(b));
            i += 8;
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
