package io.jcdk.candid;

import io.jcdk.canister.internal.KeptUtf8;
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
    /**
     * Byte arrays of at least this many bytes (blobs, a String's kept UTF-8) are not copied into the buffer: the
     * writer notes where they go and hands them on where they are ({@link #runs}). A copy costs a zeroed buffer and
     * the copy, about two instructions per byte on the IC; appending a piece to a reply costs 500 once.
     */
    static final int PIECE_MIN = 4096;

    private final ByteSink out = new ByteSink();
    /** The arrays not copied, in order, and the buffer position each one comes after. */
    private byte[][] pieces;
    private int[] pieceAt;
    private int pieceCount;
    private int piecesLength;

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

    /** The message in one new array. */
    public byte[] toBytes() {
        if (pieceCount == 0 || !Platform.optimizesForSpeed()) {
            return out.toByteArray();
        }
        byte[] all = new byte[size()];
        int at = 0;
        for (int k = 0; k < runs(); k++) {
            int n = runLength(k);
            System.arraycopy(runArray(k), runOffset(k), all, at, n);
            at += n;
        }
        return all;
    }

    /**
     * The message as runs of bytes to be sent in order, without a copy (a canister's reply): run {@code k} is
     * {@link #runLength runLength(k)} bytes of {@link #runArray runArray(k)} from {@link #runOffset runOffset(k)}.
     * Even runs are parts of the writer's buffer, odd ones the large arrays it did not copy. Valid until the next
     * write; the arrays must not change before they are sent.
     */
    public int runs() {
        return 2 * pieceCount + 1;
    }

    public byte[] runArray(int k) {
        return (k & 1) == 0 ? out.buf : pieces[k >> 1];
    }

    public int runOffset(int k) {
        return (k & 1) != 0 || k == 0 ? 0 : pieceAt[(k >> 1) - 1];
    }

    public int runLength(int k) {
        if ((k & 1) != 0) {
            return pieces[k >> 1].length;
        }
        int start = k == 0 ? 0 : pieceAt[(k >> 1) - 1];
        int end = (k >> 1) == pieceCount ? out.size : pieceAt[k >> 1];
        return end - start;
    }

    /** The number of bytes written. */
    public int size() {
        return out.size + piecesLength;
    }

    /** {@code v}'s bytes, as a piece if it is large (see {@link #PIECE_MIN}). */
    private void bytes(byte[] v) {
        if (v.length < PIECE_MIN || !Platform.optimizesForSpeed()) {
            out.write(v);
            return;
        }
        if (pieces == null) {
            pieces = new byte[4][];
            pieceAt = new int[4];
        } else if (pieceCount == pieces.length) {
            pieces = java.util.Arrays.copyOf(pieces, pieceCount * 2);
            pieceAt = java.util.Arrays.copyOf(pieceAt, pieceCount * 2);
        }
        if (piecesLength + v.length < 0) {
            throw invalid("a Candid message cannot exceed 2 GiB");
        }
        pieces[pieceCount] = v;
        pieceAt[pieceCount] = out.size;
        pieceCount++;
        piecesLength += v.length;
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
     * UTF-8 with its length. A String decoded from a message copies the UTF-8 it kept ({@link KeptUtf8}). Else
     * one pass for ASCII, over the String's own chars: the length is written as if every char were one byte, and the
     * text is encoded again exactly at the first char that is not.
     */
    public void text(String s) {
        if (s == null) {
            throw nullValue("String");
        }
        int n = s.length();
        // a String that kept its UTF-8 has 64 bytes of it, so at least 22 chars
        if (n >= 22 && Platform.optimizesForSpeed()) {
            byte[] kept = KeptUtf8.of(s);
            if (kept != null) {
                blob(kept);
                return;
            }
        }
        int start = out.size;
        Leb128.writeUnsigned(out, n);
        out.ensure(n);
        int at = out.size;
        if (AsciiRuns.narrow(Mem.chars(s), n, out.buf, at) != n) {
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
        bytes(v);
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
