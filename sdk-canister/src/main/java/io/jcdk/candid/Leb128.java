package io.jcdk.candid;

import io.jcdk.canister.internal.Mem;

import java.math.BigInteger;

/**
 * LEB128 and SLEB128 of any size. Overlong encodings are accepted, as the spec allows. Big numbers are assembled by
 * packing 7-bit groups into a byte array (linear time), never by repeated BigInteger shifts (quadratic on hostile
 * multi-megabyte numbers).
 */
final class Leb128 {
    private Leb128() {
    }

    // synchronized: never inlined by TeaVM (see Quota)
    private static synchronized CandidException error(String what, String problem, WireReader in) {
        return CandidException.of(what + problem + " (at byte " + in.position() + ")", true);
    }

    /** {@link #readUnsignedLong(WireReader, String)} naming it {@code what + suffix}, built only on failure. */
    static long readUnsignedLong(WireReader in, String what, String suffix) {
        // the common short number before the try, which costs in a canister on every call
        long small = in.readSmallLeb(false);
        if (small != WireReader.NOT_SMALL) {
            return small;
        }
        int start = in.position();
        try {
            return readUnsignedLong(in, "");
        } catch (CandidException e) {
            in.reset(start);
            return readUnsignedLong(in, Msg.cat(what, suffix));
        }
    }

    /** An unsigned LEB128 that must fit in 63 bits (lengths, counts, ids, indices). */
    static long readUnsignedLong(WireReader in, String what) {
        long small = in.readSmallLeb(false);
        if (small != WireReader.NOT_SMALL) {
            return small;
        }
        long value = 0;
        int shift = 0;
        while (true) {
            int b = in.readByte();
            int low = b & 0x7f;
            if (shift <= 56) {
                value |= (long) low << shift;
            } else if (low != 0) {
                throw error(what, " is too large", in);
            }
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }

    /** A signed LEB128 that must fit in a long (type opcodes and indices). */
    static long readSignedLong(WireReader in, String what) {
        long value = 0;
        int shift = 0;
        int b;
        do {
            b = in.readByte();
            int low = b & 0x7f;
            if (shift <= 56) {
                value |= (long) low << shift;
            } else if (shift == 63) {
                if (low != 0 && low != 0x7f) {
                    throw error(what, " is out of range", in);
                }
                value |= (long) (low & 1) << 63;
            } else if (low != ((value < 0) ? 0x7f : 0)) {
                throw error(what, " is out of range", in);
            }
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            value |= -1L << shift;
        }
        return value;
    }

    /** Skips one LEB128 or SLEB128 number. */
    static void skip(WireReader in) {
        while ((in.readByte() & 0x80) != 0) {
            // continue
        }
    }

    static BigInteger readNat(WireReader in) {
        long fast = in.readSmallLeb(false);
        if (fast != WireReader.NOT_SMALL) {
            return BigInteger.valueOf(fast);
        }
        int start = in.position();
        int n = 0;
        long small = 0;
        int b;
        do {
            b = in.readByte();
            if (n < 9) {
                small |= (long) (b & 0x7f) << (7 * n);
            }
            n++;
        } while ((b & 0x80) != 0);
        if (n <= 9) {
            return BigInteger.valueOf(small);
        }
        return new BigInteger(1, pack(in, start, n));
    }

    static BigInteger readInt(WireReader in) {
        long fast = in.readSmallLeb(true);
        if (fast != WireReader.NOT_SMALL) {
            return BigInteger.valueOf(fast);
        }
        int start = in.position();
        int n = 0;
        long small = 0;
        int b;
        do {
            b = in.readByte();
            if (n < 9) {
                small |= (long) (b & 0x7f) << (7 * n);
            }
            n++;
        } while ((b & 0x80) != 0);
        boolean negative = (b & 0x40) != 0;
        if (n <= 9) {
            if (negative) {
                small |= -1L << (7 * n);
            }
            return BigInteger.valueOf(small);
        }
        BigInteger magnitude = new BigInteger(1, pack(in, start, n));
        return negative ? magnitude.subtract(BigInteger.ONE.shiftLeft(7 * n)) : magnitude;
    }

    /** Re-reads {@code n} LEB bytes from {@code start} as a big-endian unsigned magnitude of 7*n bits. */
    private static byte[] pack(WireReader in, int start, int n) {
        int end = in.position();
        in.reset(start);
        byte[] little = new byte[(7 * n + 7) / 8];
        int k = 0;
        long acc = 0;
        int bits = 0;
        for (int i = 0; i < n; i++) {
            acc |= (long) (in.readByte() & 0x7f) << bits;
            bits += 7;
            while (bits >= 8) {
                little[k++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
        }
        if (bits > 0) {
            little[k] = (byte) acc;
        }
        in.reset(end);
        byte[] big = new byte[little.length];
        for (int i = 0; i < little.length; i++) {
            big[i] = little[little.length - 1 - i];
        }
        return big;
    }

    /** Writes a non-negative long (or, for negative arguments, its 64 bits read as unsigned). */
    static void writeUnsigned(ByteSink out, long v) {
        // Room for the longest (10 bytes) first, then the bytes straight into the buffer: ByteSink.write's own
        // capacity check per byte is most of the cost in a canister.
        out.ensure(10);
        byte[] buf = out.buf;
        int at = out.size;
        while ((int) (v >>> 7) != 0 || (int) (v >>> 39) != 0) {
            Mem.set(buf, at++, (byte) (v | 0x80));
            v >>>= 7;
        }
        Mem.set(buf, at++, (byte) v);
        out.size = at;
    }

    /** Int shifts and tests, which TeaVM compiles to about half the Wasm of long ones. */
    private static void writeSignedInt(ByteSink out, int v) {
        out.ensure(5);
        byte[] buf = out.buf;
        int at = out.size;
        while (true) {
            int b = v & 0x7f;
            v >>= 7;
            if (v == 0 ? (b & 0x40) == 0 : v == -1 && (b & 0x40) != 0) {
                Mem.set(buf, at++, (byte) b);
                out.size = at;
                return;
            }
            Mem.set(buf, at++, (byte) (b | 0x80));
        }
    }

    static void writeSigned(ByteSink out, long v) {
        int low = (int) v;
        if ((int) (v >>> 32) == low >> 31) {
            writeSignedInt(out, low);
            return;
        }
        out.ensure(10);
        byte[] buf = out.buf;
        int at = out.size;
        while (true) {
            int b = (int) v & 0x7f;
            v >>= 7;
            // done when the rest is all sign bits and bit 6 of this byte says the same sign (int comparisons:
            // TeaVM compiles long ones to calls)
            int rest = (int) v;
            boolean allSign = rest == (int) (v >> 32) && (rest == 0 || rest == -1);
            if (allSign && (rest == 0) == ((b & 0x40) == 0)) {
                Mem.set(buf, at++, (byte) b);
                out.size = at;
                return;
            }
            Mem.set(buf, at++, (byte) (b | 0x80));
        }
    }

    static void writeUnsigned(ByteSink out, BigInteger v) {
        if (v.bitLength() < 63) {
            writeUnsigned(out, v.longValue());
            return;
        }
        int groups = (v.bitLength() + 6) / 7;
        for (int i = 0; i < groups; i++) {
            int b = 0;
            for (int k = 6; k >= 0; k--) {
                b = (b << 1) | (v.testBit(7 * i + k) ? 1 : 0);
            }
            out.write(i < groups - 1 ? b | 0x80 : b);
        }
    }

    static void writeSigned(ByteSink out, BigInteger v) {
        int bits = v.bitLength();
        if (bits < 32) {
            writeSignedInt(out, v.intValue());
            return;
        }
        if (bits < 63) {
            writeSigned(out, v.longValue());
            return;
        }
        // bitLength excludes the sign; one more bit is needed so that bit 6 of the last group carries the sign.
        int groups = (v.bitLength() + 1 + 6) / 7;
        for (int i = 0; i < groups; i++) {
            int b = 0;
            for (int k = 6; k >= 0; k--) {
                b = (b << 1) | (v.testBit(7 * i + k) ? 1 : 0);
            }
            out.write(i < groups - 1 ? b | 0x80 : b);
        }
    }
}
