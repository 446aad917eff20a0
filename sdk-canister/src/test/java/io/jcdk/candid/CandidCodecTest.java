package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.canister.Principal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidCodecTest {
    static byte[] hex(String s) {
        s = s.replace(" ", "");
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return sb.toString();
    }

    static IdlValue roundTrip(IdlType t, IdlValue v) {
        byte[] bytes = CandidEncoder.encodeArgs(List.of(t), List.of(v));
        IdlValue back = CandidDecoder.decodeArgs(bytes, List.of(t)).get(0);
        assertEquals(v, back, () -> "round trip of " + v + " at " + t);
        assertEquals(v, CandidDecoder.decodeArgs(bytes, null).get(0), "decoding by wire type");
        return back;
    }

    @Test
    void knownEncodings() {
        assertEquals("4449444c0000", hex(CandidEncoder.encodeArgs(List.of(), List.of())));
        assertEquals("4449444c00017d2a", hex(CandidEncoder.encodeArgs(List.of(IdlType.NAT), List.of(IdlValue.nat(42)))));
        assertEquals("4449444c00017c7f", hex(CandidEncoder.encodeArgs(List.of(IdlType.INT), List.of(IdlValue.int_(-1)))));
        assertEquals("4449444c0001710268 69".replace(" ", ""),
                hex(CandidEncoder.encodeArgs(List.of(IdlType.TEXT), List.of(IdlValue.text("hi")))));
        // record { foo : int; bar : bool } as in the spec tests: fields sorted by hash (bar < foo)
        IdlType rec = IdlType.record(IdlField.named("foo", IdlType.INT), IdlField.named("bar", IdlType.BOOL));
        IdlValue v = IdlValue.record(IdlFieldValue.named("foo", IdlValue.int_(42)),
                IdlFieldValue.named("bar", IdlValue.bool(true)));
        assertEquals("4449444c016c02d3e3aa027e868eb7027c0100012a",
                hex(CandidEncoder.encodeArgs(List.of(rec), List.of(v))));
    }

    @Test
    void fieldHash() {
        assertEquals(5097222L, FieldHash.hash("foo"));
        assertEquals(4895187L, FieldHash.hash("bar"));
        assertEquals(11272781L, FieldHash.hash("☃"), "unicode names hash their UTF-8 bytes (spec test: \\cd\\84\\b0\\05)");
    }

    @Test
    void primitivesRoundTrip() {
        roundTrip(IdlType.NULL, IdlValue.nullValue());
        roundTrip(IdlType.BOOL, IdlValue.bool(true));
        roundTrip(IdlType.BOOL, IdlValue.bool(false));
        roundTrip(IdlType.NAT, IdlValue.nat(BigInteger.ZERO));
        roundTrip(IdlType.NAT, IdlValue.nat(BigInteger.ONE.shiftLeft(64)));
        roundTrip(IdlType.NAT, IdlValue.nat(BigInteger.ONE.shiftLeft(1000).subtract(BigInteger.ONE)));
        for (long n : new long[] {0, 1, -1, 63, 64, -64, -65, 127, 128, Long.MAX_VALUE, Long.MIN_VALUE}) {
            roundTrip(IdlType.INT, IdlValue.int_(n));
        }
        roundTrip(IdlType.INT, IdlValue.int_(BigInteger.ONE.shiftLeft(200).negate()));
        roundTrip(IdlType.INT, IdlValue.int_(BigInteger.ONE.shiftLeft(200)));
        roundTrip(IdlType.INT, IdlValue.int_(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.TEN)));
        roundTrip(IdlType.NAT8, IdlValue.nat8(255));
        roundTrip(IdlType.NAT16, IdlValue.nat16(65535));
        roundTrip(IdlType.NAT32, IdlValue.nat32(4294967295L));
        roundTrip(IdlType.NAT64, IdlValue.nat64(-1L));
        roundTrip(IdlType.INT8, IdlValue.int8(-128));
        roundTrip(IdlType.INT16, IdlValue.int16(-32768));
        roundTrip(IdlType.INT32, IdlValue.int32(Integer.MIN_VALUE));
        roundTrip(IdlType.INT64, IdlValue.int64(Long.MIN_VALUE));
        roundTrip(IdlType.FLOAT32, IdlValue.float32(-0.5f));
        roundTrip(IdlType.FLOAT64, IdlValue.float64(Double.NaN));
        roundTrip(IdlType.FLOAT64, IdlValue.float64(Double.MAX_VALUE));
        roundTrip(IdlType.TEXT, IdlValue.text(""));
        roundTrip(IdlType.TEXT, IdlValue.text("héllo ☃ 🐂"));
        roundTrip(IdlType.RESERVED, IdlValue.reserved());
        roundTrip(IdlType.PRINCIPAL, IdlValue.principal(Principal.anonymous()));
        roundTrip(IdlType.PRINCIPAL, IdlValue.principal(Principal.fromText("w7x7r-cok77-xa")));
        assertEquals(new BigInteger("18446744073709551615"), IdlValue.nat64(-1).asBigInteger());
    }

    @Test
    void constructedRoundTrip() {
        roundTrip(IdlType.opt(IdlType.NAT), IdlValue.none());
        roundTrip(IdlType.opt(IdlType.opt(IdlType.NAT)), IdlValue.some(IdlValue.none()));
        roundTrip(IdlType.vec(IdlType.TEXT), IdlValue.vec(IdlValue.text("a"), IdlValue.text("b")));
        roundTrip(IdlType.blob(), IdlValue.blob(new byte[] {0, 1, (byte) 255}));
        roundTrip(IdlType.blob(), IdlValue.blob(new byte[0]));
        IdlType rec = IdlType.record(IdlField.named("name", IdlType.TEXT), IdlField.named("age", IdlType.NAT8),
                IdlField.id(7, IdlType.opt(IdlType.BOOL)));
        roundTrip(rec, IdlValue.record(IdlFieldValue.named("name", IdlValue.text("x")),
                IdlFieldValue.named("age", IdlValue.nat8(3)), IdlFieldValue.id(7, IdlValue.some(IdlValue.bool(true)))));
        IdlType result = IdlType.variant(IdlField.named("ok", IdlType.NAT), IdlField.named("err", IdlType.TEXT));
        roundTrip(result, IdlValue.variant("err", IdlValue.text("boom")));
        roundTrip(IdlType.tuple(IdlType.NAT, IdlType.TEXT), IdlValue.tuple(IdlValue.nat(1), IdlValue.text("a")));
        IdlType f = IdlType.func(List.of(IdlType.TEXT), List.of(IdlType.NAT), IdlType.FuncAnnotation.QUERY);
        roundTrip(f, IdlValue.func(Principal.managementCanister(), "greet"));
        IdlType s = IdlType.service(List.of(DidMethod.of("greet", f)));
        roundTrip(s, IdlValue.service(Principal.anonymous()));
    }

    @Test
    void recursiveTypes() {
        IdlType.Ref list = IdlType.ref("List");
        list.bind(IdlType.opt(IdlType.record(IdlField.named("head", IdlType.INT), IdlField.named("tail", list))));
        IdlValue v = IdlValue.none();
        for (int i = 0; i < 100; i++) {
            v = IdlValue.some(IdlValue.record(IdlFieldValue.named("head", IdlValue.int_(i)),
                    IdlFieldValue.named("tail", v)));
        }
        byte[] bytes = CandidEncoder.encodeArgs(List.of(list), List.of(v));
        assertTrue(hex(bytes).startsWith("4449444c02"), "the recursive type needs exactly two table entries");
        assertEquals(v, CandidDecoder.decodeArgs(bytes, List.of(list)).get(0));
        assertEquals("List", list.toString());
        assertEquals("opt record { head : int; tail : List }", list.target().toString());
        // structural equality on cycles, and a differently-named but equal type
        IdlType.Ref list2 = IdlType.ref("L2");
        list2.bind(IdlType.opt(IdlType.record(IdlField.named("head", IdlType.INT), IdlField.named("tail", list2))));
        assertEquals(list, list2);
        assertEquals(list.hashCode(), list2.hashCode());
        assertNotEquals(list, IdlType.opt(IdlType.NAT));
    }

    @Test
    void typeTableIsDeduplicated() {
        IdlType vn = IdlType.vec(IdlType.NAT);
        byte[] bytes = CandidEncoder.encodeArgs(List.of(vn, IdlType.vec(IdlType.NAT), vn),
                List.of(IdlValue.vec(), IdlValue.vec(), IdlValue.vec()));
        assertEquals("4449444c016d7d03000000000000", hex(bytes));
    }

    @Test
    void decodingAtSupertypes() {
        IdlType wide = IdlType.record(IdlField.named("a", IdlType.NAT), IdlField.named("b", IdlType.TEXT));
        byte[] bytes = CandidEncoder.encodeArgs(List.of(wide, IdlType.NAT),
                List.of(IdlValue.record(IdlFieldValue.named("a", IdlValue.nat(1)),
                        IdlFieldValue.named("b", IdlValue.text("x"))), IdlValue.nat(5)));
        IdlType narrow = IdlType.record(IdlField.named("b", IdlType.TEXT), IdlField.named("c", IdlType.opt(IdlType.NAT)));
        List<IdlValue> vs = CandidDecoder.decodeArgs(bytes, List.of(narrow));
        assertEquals("x", vs.get(0).field("b").asText());
        assertTrue(vs.get(0).field("c").isNone());
        assertEquals("(record { b = \"x\"; c = null })", CandidText.print(vs));
        // nat <: int, extra argument skipped, missing optional argument
        vs = CandidDecoder.decodeArgs(bytes, List.of(IdlType.RESERVED, IdlType.INT, IdlType.opt(IdlType.TEXT)));
        assertEquals(IdlValue.int_(5), vs.get(1));
        assertTrue(vs.get(2).isNone());
        // special opt rule: a value that does not coerce under opt becomes none
        vs = CandidDecoder.decodeArgs(bytes, List.of(IdlType.opt(IdlType.NAT), IdlType.opt(IdlType.NAT)));
        assertTrue(vs.get(0).isNone());
        assertEquals(IdlValue.some(IdlValue.nat(5)), vs.get(1));
    }

    @Test
    void errorMessagesSayWhatAndWhere() {
        IdlType wire = IdlType.record(IdlField.named("path", IdlType.NAT));
        byte[] bytes = CandidEncoder.encodeArgs(List.of(wire),
                List.of(IdlValue.record(IdlFieldValue.named("path", IdlValue.nat(1)))));
        CandidException e = assertThrows(CandidException.class, () -> CandidDecoder.decodeArgs(bytes,
                List.of(IdlType.record(IdlField.named("path", IdlType.TEXT)))));
        assertEquals("IDL error: argument 1, record field \"path\": expected text, got nat", e.getMessage());

        e = assertThrows(CandidException.class, () -> CandidDecoder.decodeArgs(bytes,
                List.of(IdlType.record(IdlField.named("other", IdlType.TEXT)))));
        assertEquals("IDL error: argument 1, record field \"other\": missing (expected text)", e.getMessage());

        e = assertThrows(CandidException.class, () -> CandidDecoder.decodeArgs(hex("4449444c00"), null));
        assertTrue(e.getMessage().startsWith("IDL error: unexpected end of input"), e.getMessage());

        e = assertThrows(CandidException.class, () -> CandidDecoder.decodeArgs("hello".getBytes(), null));
        assertTrue(e.getMessage().contains("DIDL"), e.getMessage());

        IdlType vecText = IdlType.vec(IdlType.record(IdlField.named("name", IdlType.TEXT)));
        e = assertThrows(CandidException.class, () -> CandidEncoder.encodeArgs(List.of(vecText), List.of(IdlValue.vec(
                IdlValue.record(IdlFieldValue.named("name", IdlValue.text("a"))),
                IdlValue.record(IdlFieldValue.named("name", IdlValue.nat(3)))))));
        assertEquals("IDL error: argument 1, vec element 1, record field \"name\": expected text, got nat 3",
                e.getMessage());

        e = assertThrows(CandidException.class, () -> IdlValue.text("x").asBool());
        assertEquals("IDL error: expected a bool value, got text", e.getMessage());
    }

    @Test
    void encoderConveniencesAndChecks() {
        IdlType t = IdlType.record(IdlField.named("a", IdlType.opt(IdlType.NAT)), IdlField.named("b", IdlType.INT));
        byte[] bytes = CandidEncoder.encodeArgs(List.of(t),
                List.of(IdlValue.record(IdlFieldValue.named("b", IdlValue.nat(3)))));
        IdlValue back = CandidDecoder.decodeArgs(bytes, List.of(t)).get(0);
        assertTrue(back.field("a").isNone());
        assertEquals(IdlValue.int_(3), back.field("b"));
        assertThrows(CandidException.class, () -> CandidEncoder.encodeArgs(List.of(t),
                List.of(IdlValue.record(IdlFieldValue.named("zzz", IdlValue.nat(3)), IdlFieldValue.named("b",
                        IdlValue.int_(1))))));
        assertThrows(CandidException.class, () -> CandidEncoder.encodeArgs(List.of(IdlType.NAT), List.of()));
        assertThrows(CandidException.class, () -> IdlValue.nat8(256));
        assertThrows(CandidException.class, () -> IdlValue.nat(BigInteger.valueOf(-1)));
        assertThrows(CandidException.class, () -> IdlType.record(IdlField.id(1, IdlType.NAT), IdlField.id(1,
                IdlType.TEXT)));
    }

    @Test
    void inferredTypes() {
        List<IdlValue> vs = CandidText.parseArgs("(vec { opt 1; null }, variant { a = 1 }, vec {}, record { x = \"y\" })");
        byte[] bytes = CandidEncoder.encodeArgs(vs);
        CandidDecoder.Decoded d = CandidDecoder.decode(bytes);
        assertEquals("[vec opt nat, variant { 97 : nat }, vec empty, record { 120 : text }]", d.types().toString());
        assertEquals("(vec { opt 1; null }, variant { 97 = 1 }, vec {}, record { 120 = \"y\" })",
                CandidText.print(d.values()));
    }

    @Test
    void blobEqualsVecOfNat8() {
        IdlValue blob = IdlValue.blob(new byte[] {1, 2});
        IdlValue vec = IdlValue.vec(IdlValue.nat8(1), IdlValue.nat8(2));
        assertEquals(blob, vec);
        assertEquals(vec, blob);
        assertEquals(blob.hashCode(), vec.hashCode());
        assertEquals(IdlValue.blob(new byte[0]), IdlValue.vec());
        assertArrayEquals(new byte[] {1, 2}, vec.asBlob());
        assertEquals(2, blob.asVec().size());
    }

    // ---------------------------------------------------------------- hostile inputs

    @Test
    void randomGarbageOnlyEverThrowsCandidException() {
        Random rnd = new Random(42);
        List<byte[]> seeds = new ArrayList<>();
        for (String t : new String[] {"(1, \"a\", opt vec { record { 1; -2 } })",
                "(variant { ok = blob \"abc\" }, principal \"aaaaa-aa\", 1.5)",
                "(func \"aaaaa-aa\".m, service \"aaaaa-aa\", vec { null; null })"}) {
            seeds.add(CandidEncoder.encodeArgs(CandidText.parseArgs(t)));
        }
        List<IdlType> expected = List.of(IdlType.opt(IdlType.NAT), IdlType.RESERVED);
        for (int i = 0; i < 20000; i++) {
            byte[] m = seeds.get(i % seeds.size()).clone();
            int flips = 1 + rnd.nextInt(4);
            for (int k = 0; k < flips; k++) {
                m[4 + rnd.nextInt(m.length - 4)] = (byte) rnd.nextInt(256);
            }
            if (rnd.nextInt(4) == 0) {
                m = Arrays.copyOf(m, 4 + rnd.nextInt(m.length - 3));
            }
            for (List<IdlType> exp : Arrays.asList(null, expected)) {
                try {
                    CandidDecoder.decodeArgs(m, exp);
                } catch (CandidException e) {
                    assertTrue(e.getMessage().startsWith("IDL error: "));
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("decoding " + hex(m) + " crashed", e);
                }
            }
        }
    }

    @Test
    void deepTypesAndValuesAreRefusedWithoutStackOverflow() {
        // a table of 100000 nested opt types: opt (opt (opt ... null))
        int n = 100_000;
        ByteSink s = new ByteSink();
        s.write(new byte[] {'D', 'I', 'D', 'L'});
        Leb128.writeUnsigned(s, n);
        for (int i = 0; i < n; i++) {
            s.write(0x6e);
            Leb128.writeSigned(s, i + 1 < n ? i + 1 : -1);
        }
        s.write(1);
        s.write(0);
        for (int i = 0; i < n; i++) {
            s.write(1);
        }
        byte[] m = s.toByteArray();
        CandidException e = assertThrows(CandidException.class, () -> CandidDecoder.decodeArgs(m, null));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        assertThrows(CandidException.class, () -> CandidDecoder.decodeArgs(m, List.of(IdlType.opt(IdlType.NAT))));
        // skipping it as an extra argument is bounded too
        assertThrows(CandidException.class, () -> CandidDecoder.decodeArgs(m, List.of()));
        // and so are the text parsers
        StringBuilder deep = new StringBuilder("(");
        for (int i = 0; i < 10000; i++) {
            deep.append("opt ");
        }
        deep.append("1)");
        assertThrows(CandidException.class, () -> CandidText.parseArgs(deep.toString()));
        StringBuilder deepType = new StringBuilder("type t = ");
        for (int i = 0; i < 10000; i++) {
            deepType.append("vec ");
        }
        deepType.append("nat;");
        assertThrows(CandidException.class, () -> DidFile.parse(deepType.toString()));
    }

    @Test
    void limitsAreConfigurable() {
        byte[] m = CandidEncoder.encodeArgs(List.of(IdlType.vec(IdlType.NULL)),
                List.of(IdlValue.vec(java.util.Collections.nCopies(5000, IdlValue.nullValue()))));
        assertEquals(5000, CandidDecoder.decodeArgs(m, null).get(0).asVec().size());
        CandidException e = assertThrows(CandidException.class,
                () -> CandidDecoder.decodeArgs(m, null, new CandidDecoder.Limits(1000, 100)));
        assertTrue(e.getMessage().contains("quota"), e.getMessage());
    }

    @Test
    void hugeNumbersDecodeInLinearTime() {
        ByteSink s = new ByteSink();
        s.write(new byte[] {'D', 'I', 'D', 'L', 0, 1, 0x7d});
        for (int i = 0; i < 300_000; i++) {
            s.write(0xff);
        }
        s.write(0x01);
        long t0 = System.nanoTime();
        BigInteger v = CandidDecoder.decodeArgs(s.toByteArray(), List.of(IdlType.NAT)).get(0).asBigInteger();
        assertEquals(300_000 * 7 + 1, v.bitLength());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "decoding a 300 KB nat took too long");
    }
}
