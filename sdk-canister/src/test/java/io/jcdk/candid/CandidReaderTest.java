package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader API as generated code uses it (the generated code itself is tested in sdk-processor). */
class CandidReaderTest {
    private static byte[] message(IdlType type, IdlValue value) {
        return CandidEncoder.encodeArgs(List.of(type), List.of(value));
    }

    @Test
    void recordFieldsInIdOrderSkippingAndMissing() {
        IdlType t = IdlType.record(IdlField.named("a", IdlType.NAT64), IdlField.named("extra", IdlType.TEXT),
                IdlField.named("n", IdlType.NAT));
        byte[] m = message(t, IdlValue.record(IdlFieldValue.named("a", IdlValue.nat64(7)),
                IdlFieldValue.named("extra", IdlValue.text("skip me")), IdlFieldValue.named("n", IdlValue.nat(5))));
        CandidReader r = CandidReader.open(m, FieldNames.NONE);
        r.record(r.arg());
        long[] ids = {FieldHash.hash("a"), FieldHash.hash("n"), FieldHash.hash("zzz")};
        java.util.Arrays.sort(ids);
        Object[] got = new Object[3];
        for (long id : ids) {
            int w = r.field(id);
            if (id == FieldHash.hash("a")) {
                got[0] = r.nat64(w);
            } else if (id == FieldHash.hash("n")) {
                got[1] = r.int_(w); // nat read as int
            } else {
                got[2] = r.opt(w) == CandidReader.NONE ? "none" : "some";
            }
        }
        r.endRecord();
        assertEquals(CandidReader.ABSENT, r.arg());
        r.end();
        assertArrayEquals(new Object[] {7L, BigInteger.valueOf(5), "none"}, got);
    }

    @Test
    void theSpecialOptRuleRecoversAMismatchAndSkipsTheValue() {
        // (record { x : text }, nat8) read as (opt nat, nat8): the record does not coerce, so none, and the next
        // argument is still read correctly.
        byte[] m = CandidEncoder.encodeArgs(List.of(IdlType.record(IdlField.named("x", IdlType.TEXT)), IdlType.NAT8),
                List.of(IdlValue.record(IdlFieldValue.named("x", IdlValue.text("hi"))), IdlValue.nat8(9)));
        CandidReader r = CandidReader.open(m, FieldNames.NONE);
        int w = r.opt(r.arg());
        long mark = r.mark();
        Object value;
        try {
            value = r.nat(w);
        } catch (CandidException e) {
            r.recover(e, mark, w);
            value = null;
        }
        assertEquals(null, value);
        assertEquals(9, r.nat8(r.arg()));
        r.end();
    }

    @Test
    void malformedInputUnderOptIsNotRecovered() {
        byte[] m = message(IdlType.TEXT, IdlValue.text("ok"));
        m[m.length - 1] = (byte) 0xff; // invalid UTF-8
        CandidReader r = CandidReader.open(m, FieldNames.NONE);
        int w = r.opt(r.arg());
        long mark = r.mark();
        CandidException e = assertThrows(CandidException.class, () -> r.text(w));
        assertThrows(CandidException.class, () -> r.recover(e, mark, w));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void vectorsVariantsAndErrorPaths() {
        IdlType v = IdlType.variant(IdlField.named("ok", IdlType.vec(IdlType.TEXT)), IdlField.named("err", IdlType.NULL));
        byte[] m = message(v, IdlValue.variant(IdlFieldValue.named("ok",
                IdlValue.vec(IdlValue.text("a"), IdlValue.text("b")))));
        CandidReader r = CandidReader.open(m, new FieldNames("ok"));
        assertEquals(FieldHash.hash("ok"), r.variant(r.arg()));
        int n = r.vec(r.caseType());
        int e = r.elementType();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            r.element(i);
            sb.append(r.text(e));
        }
        r.endVec();
        r.endVariant();
        r.end();
        assertEquals("ab", sb.toString());

        CandidReader bad = CandidReader.open(m, new FieldNames("ok"));
        bad.variant(bad.arg());
        bad.vec(bad.caseType());
        bad.element(0);
        CandidException ex = assertThrows(CandidException.class, () -> bad.nat(bad.elementType()));
        assertEquals("IDL error: argument 1, variant case \"ok\", vec element 0: expected nat, got text",
                ex.getMessage());
    }

    @Test
    void callsOutOfOrderAreRefusedNotGuessed() {
        CandidReader r = CandidReader.open(message(IdlType.NAT8, IdlValue.nat8(1)), FieldNames.NONE);
        r.arg();
        assertThrows(IllegalStateException.class, () -> r.field(1));
        assertThrows(IllegalStateException.class, r::endRecord);
        assertThrows(IllegalStateException.class, r::endVec);
        assertThrows(IllegalStateException.class, r::caseType);
    }

    @Test
    void zeroSizedElementsAreMeteredAndTrailingBytesRefused() {
        byte[] m = message(IdlType.vec(IdlType.NULL), IdlValue.vec(java.util.Collections.nCopies(5000,
                IdlValue.nullValue())));
        CandidReader r = CandidReader.open(m, FieldNames.NONE, new CandidDecoder.Limits(1000, 100));
        CandidException e = assertThrows(CandidException.class, () -> r.vec(r.arg()));
        assertTrue(e.getMessage().contains("quota"), e.getMessage());

        byte[] longer = java.util.Arrays.copyOf(message(IdlType.BOOL, IdlValue.bool(true)), 9);
        CandidReader t = CandidReader.open(longer, FieldNames.NONE);
        assertEquals(true, t.bool(t.arg()));
        e = assertThrows(CandidException.class, t::end);
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
    }

    @Test
    void theWritersBufferHoldsTheMessageWithoutACopy() {
        IdlType t = IdlType.record(IdlField.named("a", IdlType.TEXT), IdlField.named("b", IdlType.NAT64));
        CandidWriter w = new CandidWriter(CandidEncoder.header(List.of(t)));
        // fields in id order: a, then b
        w.text("h\u00e9llo, a text long enough to be copied out in chunks");
        w.fixed(42, 8);
        byte[] copy = w.toBytes();
        assertEquals(copy.length, w.size());
        assertEquals(1, w.runs());
        assertArrayEquals(copy, java.util.Arrays.copyOf(w.runArray(0), w.runLength(0)));
        assertEquals(List.of(IdlValue.record(IdlFieldValue.named("a",
                IdlValue.text("h\u00e9llo, a text long enough to be copied out in chunks")),
                IdlFieldValue.named("b", IdlValue.nat64(42)))), CandidDecoder.decodeArgs(copy, List.of(t)));
    }

    @Test
    void largeArraysAreRunsOfTheirOwnBetweenPartsOfTheBuffer() {
        IdlType blob = IdlType.blob();
        IdlType t = IdlType.record(IdlField.named("a", blob), IdlField.named("b", blob), IdlField.named("c", blob),
                IdlField.named("d", IdlType.vec(blob)));
        byte[] small = new byte[CandidWriter.PIECE_MIN - 1];
        byte[] large = new byte[CandidWriter.PIECE_MIN];
        byte[] huge = new byte[3 * CandidWriter.PIECE_MIN + 5];
        new java.util.Random(5).nextBytes(large);
        new java.util.Random(6).nextBytes(huge);
        CandidWriter w = new CandidWriter(CandidEncoder.header(List.of(t)));
        w.blob(small);
        w.blob(large);
        w.blob(huge);
        w.count(6);
        for (int i = 0; i < 6; i++) {
            w.blob(i % 2 == 0 ? large : small);
        }
        // large, huge and the three large elements; the ones in between and at the end are buffer runs
        assertEquals(11, w.runs());
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < w.runs(); k++) {
            if (k % 2 == 1) {
                assertTrue(w.runArray(k) == large || w.runArray(k) == huge, "run " + k + " is a caller's array");
            }
            sent.write(w.runArray(k), w.runOffset(k), w.runLength(k));
        }
        byte[] all = w.toBytes();
        assertArrayEquals(all, sent.toByteArray());
        assertEquals(all.length, w.size());
        List<IdlValue> elements = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            elements.add(IdlValue.blob(i % 2 == 0 ? large : small));
        }
        assertEquals(List.of(IdlValue.record(IdlFieldValue.named("a", IdlValue.blob(small)),
                IdlFieldValue.named("b", IdlValue.blob(large)), IdlFieldValue.named("c", IdlValue.blob(huge)),
                IdlFieldValue.named("d", IdlValue.vec(elements)))), CandidDecoder.decodeArgs(all, List.of(t)));
    }
}
