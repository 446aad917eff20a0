package io.jcdk.candid;

import io.jcdk.canister.internal.Mem;
import io.jcdk.canister.internal.Platform;

import io.jcdk.canister.Principal;
import java.math.BigInteger;

/**
 * Writes a Candid message value by value, for code that knows its types: the encoders the JCDK processor generates.
 * The message starts with a header computed at build time ({@code DIDL}, the type table and the argument types, see
 * {@link CandidEncoder#header}); then each value is appended in the binary form of its type: records field by field
 * in id order, variants as the case's index then its value, {@code opt} as a tag then the value, {@code vec} as a
 * length then the elements.
 */
public final class CandidWriter {
    private final ByteSink out = new ByteSink();
    /** Where text is copied out of Strings, a chunk at a time (allocated at the first text). */
    private char[] chunk;

    /** A writer whose message starts with {@code header}. */
    public CandidWriter(byte[] header) {
        out.ensure(header.length);
        out.write(header);
    }

    /** The bytes of a header written as a string of chars 0 to 255 (one per byte), as generated code holds it. */
    public static byte[] header(String bytes) {
        byte[] b = new byte[bytes.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes.charAt(i);
        }
        return b;
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    /**
     * The writer's own buffer, not a copy: the message is its first {@link #size()} bytes, until the next write.
     * For handing the message on without copying it (a canister's reply).
     */
    public byte[] buffer() {
        return out.buf;
    }

    /** The number of bytes written. */
    public int size() {
        return out.size;
    }

    public void bool(boolean v) {
        out.write(v ? 1 : 0);
    }

    /** Any fixed-width integer or float's bits, little-endian, {@code width} bytes. */
    public void fixed(long bits, int width) {
        out.ensure(width);
        Mem.putLittleEndian(out.buf, out.size, bits, width);
        out.size += width;
    }

    public void float32(float v) {
        fixed(Float.floatToRawIntBits(v), 4);
    }

    public void float64(double v) {
        fixed(Double.doubleToRawLongBits(v), 8);
    }

    public void nat(BigInteger v) {
        if (v == null || v.signum() < 0) {
            throw invalid(v == null ? "a null BigInteger cannot be encoded as nat" : "a negative BigInteger cannot be"
                    + " encoded as nat");
        }
        Leb128.writeUnsigned(out, v);
    }

    public void int_(BigInteger v) {
        if (v == null) {
            throw invalid("a null BigInteger cannot be encoded as int");
        }
        Leb128.writeSigned(out, v);
    }

    /** A vec length, variant index or other LEB128 count. */
    public void count(long n) {
        Leb128.writeUnsigned(out, n);
    }

    /** The tag of an {@code opt} with a value; the value follows. */
    public void some() {
        out.write(1);
    }

    public void none() {
        out.write(0);
    }

    /**
     * UTF-8 with its length. One pass for ASCII: the length is written as if every char were one byte, and the text
     * is encoded again exactly at the first char that is not.
     */
    public void text(String s) {
        if (s == null) {
            throw nullValue("String");
        }
        int n = s.length();
        int start = out.size;
        Leb128.writeUnsigned(out, n);
        out.ensure(n);
        int at = out.size;
        if (n <= SHORT) {
            // Short texts (names, keys) char by char: cheaper than copying them out.
            byte[] buf = out.buf;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    writeUtf8(s, start);
                    return;
                }
                Mem.set(buf, at + i, (byte) c);
            }
            out.size = at + n;
            return;
        }
        // In chunks through a small buffer: String's chars can only be copied out, and a copy of a whole
        // megabyte text would be garbage for the collector to move.
        char[] chunk = chunk(n);
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            s.getChars(from, from + len, chunk, 0);
            if (AsciiRuns.narrow(chunk, len, out.buf, at + from) != len) {
                writeUtf8(s, start);
                return;
            }
        }
        out.size = at + n;
    }

    /**
     * A buffer for at least {@code min(n, CHUNK)} chars. A canister runs one message at a time, so there it is one
     * buffer for the canister's life (not an allocation per message); on the JVM, one per writer.
     */
    private char[] chunk(int n) {
        if (Platform.isWasm()) {
            char[] shared = sharedChunk;
            if (shared == null) {
                shared = new char[CHUNK];
                sharedChunk = shared;
            }
            return shared;
        }
        char[] own = this.chunk;
        if (own == null || own.length < Math.min(n, CHUNK)) {
            own = new char[n < CHUNK ? Math.max(n, 64) : CHUNK];
            this.chunk = own;
        }
        return own;
    }

    private static char[] sharedChunk;

    /**
     * Texts up to this many chars are encoded char by char: {@code charAt} costs about 80 Wasm instructions a char,
     * copying the chars out (getChars) about 300 at once.
     */
    private static final int SHORT = 4;
    private static final int CHUNK = 4096;

    /** Writes {@code s} (not all ASCII) again from {@code start}, where its length was written as if it were. */
    private void writeUtf8(String s, int start) {
        out.size = start;
        byte[] utf8 = Utf8.encode(s);
        Leb128.writeUnsigned(out, utf8.length);
        out.write(utf8);
    }

    public void blob(byte[] v) {
        if (v == null) {
            throw nullValue("byte[]");
        }
        Leb128.writeUnsigned(out, v.length);
        out.write(v);
    }

    public void principal(Principal p) {
        if (p == null) {
            throw nullValue("Principal");
        }
        int n = p.length();
        out.ensure(2 + n);
        out.write(1);
        out.write(n);
        p.copyTo(out.buf, out.size);
        out.size += n;
    }

    /** The error for a Java null where the Candid type has no null (only opt types, Optional and @Nullable, do). */
    public static synchronized CandidException nullValue(String javaType) {
        return CandidException.of(Msg.cat("a null ", javaType, " cannot be encoded: only opt types (Optional,",
                " @Nullable) take null"));
    }

    private static synchronized CandidException invalid(String message) {
        return CandidException.of(message);
    }
}
