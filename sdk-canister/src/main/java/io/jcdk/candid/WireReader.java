package io.jcdk.candid;

import io.jcdk.canister.internal.Mem;

/**
 * A cursor over the message bytes. Every read checks the remaining length first, so a hostile length never leads to
 * a large allocation; running out of input is a fatal error (skipping the value would hit it again).
 */
final class WireReader {
    private final byte[] buf;
    private final int end;
    private int pos;

    WireReader(byte[] buf) {
        this.buf = buf;
        this.end = buf.length;
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    int remaining() {
        return end - pos;
    }

    int readByte() {
        if (pos >= end) {
            throw eof(1);
        }
        return Mem.u8(buf, pos++);
    }

    /**
     * Reads a LEB128 (or, if {@code signed}, SLEB128) number of at most 9 bytes (63 bits) with the cursor in locals,
     * or returns {@link #NOT_SMALL} with nothing read if it is longer (or the input ends first): the callers' general
     * paths then read it, with their errors. Most numbers on the wire are small; TeaVM compiles the byte-at-a-time
     * reader with a field load, a bounds check and a field store per byte.
     */
    long readSmallLeb(boolean signed) {
        byte[] b = buf;
        int p = pos;
        if (p < end) {
            // one byte, the commonest case, without the loop
            int x = Mem.u8(b, p);
            if (x < 0x80) {
                pos = p + 1;
                return signed && x >= 0x40 ? x - 0x80 : x;
            }
        }
        int limit = Math.min(end, p + 9);
        long v = 0;
        int shift = 0;
        while (p < limit) {
            int x = Mem.u8(b, p++);
            v |= (long) (x & 0x7f) << shift;
            shift += 7;
            if (x < 0x80) {
                if (signed && (x & 0x40) != 0 && shift < 64) {
                    v |= -1L << shift;
                }
                pos = p;
                return v;
            }
        }
        return NOT_SMALL;
    }

    /** {@link #readSmallLeb}'s answer for a number it leaves to the general path. */
    static final long NOT_SMALL = Long.MIN_VALUE;

    /** Whether {@code n} more bytes exist; callers build their error message only when they do not. */
    boolean has(long n) {
        return n >= 0 && n <= end - pos;
    }

    /** Checks that {@code n} more bytes exist, without allocating. */
    void require(long n, String what) {
        if (n < 0 || n > end - pos) {
            throw tooShort(n, what);
        }
    }

    // synchronized: never inlined by TeaVM (see Quota)
    private synchronized CandidException tooShort(long n, String what) {
        return CandidException.of(Msg.cat(what, " needs ", n, " bytes but only ", (end - pos), " remain (at byte ", pos, ")"), true);
    }

    byte[] readBytes(long n, String what) {
        require(n, what);
        byte[] out = io.jcdk.canister.internal.Mem.uninitializedBytes((int) n);
        System.arraycopy(buf, pos, out, 0, (int) n);
        pos += (int) n;
        return out;
    }

    /**
     * The principal of the next {@code n} bytes: {@code previous} itself if it has those bytes (a principal is a
     * value, and a message often repeats one, such as the owner of every record), else a new one.
     */
    io.jcdk.canister.Principal readPrincipal(long n, String what, io.jcdk.canister.Principal previous) {
        require(n, what);
        io.jcdk.canister.Principal p = previous != null && io.jcdk.canister.internal.Platform.optimizesForSpeed()
                && previous.hasBytes(buf, pos, (int) n) ? previous
                : io.jcdk.canister.Principal.fromBytes(buf, pos, (int) n);
        pos += (int) n;
        return p;
    }

    void skip(long n, String what) {
        require(n, what);
        pos += (int) n;
    }

    /** Little-endian fixed-width integer of 1..8 bytes, as a zero-extended 64-bit pattern. */
    long readLittleEndian(int width) {
        if (end - pos < width) {
            throw eof(width);
        }
        long v = Mem.littleEndian(buf, pos, width);
        pos += width;
        return v;
    }

    /** Validates UTF-8 in place and decodes it; the length has been checked by the caller. */
    String readUtf8(int n) {
        require(n, "text");
        String s = Utf8.decodeStrict(buf, pos, n);
        if (s == null) {
            throw badUtf8();
        }
        pos += n;
        return s;
    }

    boolean startsWith(byte[] magic) {
        if (end - pos < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (buf[pos + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private synchronized CandidException badUtf8() {
        return CandidException.of(Msg.cat("text is not valid UTF-8 (at byte ", pos, ")"), true);
    }

    private synchronized CandidException eof(int n) {
        return CandidException.of(Msg.cat("unexpected end of input: needed ", n, " more byte", (n == 1 ? "" : "s"), " at byte ", pos), true);
    }
}
