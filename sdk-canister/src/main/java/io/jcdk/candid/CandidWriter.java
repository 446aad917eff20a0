package io.jcdk.candid;

import io.jcdk.canister.internal.Mem;

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
     * UTF-8 with its length. A String decoded from a message copies the UTF-8 it kept ({@link Utf8#keptUtf8}). Else
     * one pass for ASCII, over the String's own chars: the length is written as if every char were one byte, and the
     * text is encoded again exactly at the first char that is not.
     */
    public void text(String s) {
        if (s == null) {
            throw nullValue("String");
        }
        byte[] kept = Utf8.keptUtf8(s);
        if (kept != null) {
            blob(kept);
            return;
        }
        int n = s.length();
        int start = out.size;
        Leb128.writeUnsigned(out, n);
        out.ensure(n);
        int at = out.size;
        if (AsciiRuns.narrow(Utf8.chars(s), n, out.buf, at) != n) {
            writeUtf8(s, start);
            return;
        }
        out.size = at + n;
    }

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
        // the tag (1: transparent reference) and the length (at most 29, one LEB128 byte) straight into the buffer
        byte[] buf = out.buf;
        int at = out.size;
        Mem.set(buf, at, (byte) 1);
        Mem.set(buf, at + 1, (byte) n);
        if (n != 0) {
            p.copyTo(buf, at + 2);
        }
        out.size = at + 2 + n;
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
