package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.canister.Principal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidTextTest {
    static List<IdlType> types(String tuple) {
        DidParser p = new DidParser(new TextLexer(tuple), new java.util.HashMap<>(), false);
        return p.tupleType();
    }

    @Test
    void parsesTheExampleOfTheApi() {
        List<IdlValue> vs = CandidText.parseArgs("(1, \"a\", blob \"\\00\", principal \"aaaaa-aa\", (3 : nat8), "
                + "record { 1; \"a\" }, vec {}, opt null, variant { ok = 1 })");
        assertEquals(9, vs.size());
        assertEquals(IdlValue.nat(1), vs.get(0));
        assertEquals("a", vs.get(1).asText());
        assertArrayEquals(new byte[] {0}, vs.get(2).asBlob());
        assertEquals(Principal.managementCanister(), vs.get(3).asPrincipal());
        assertEquals(IdlValue.nat8(3), vs.get(4));
        assertEquals(IdlValue.tuple(IdlValue.nat(1), IdlValue.text("a")), vs.get(5));
        assertEquals(0, vs.get(6).asVec().size());
        assertEquals(IdlValue.some(IdlValue.nullValue()), vs.get(7));
        assertEquals(IdlValue.nat(1), vs.get(8).variantField().value());
        assertTrue(vs.get(8).isVariant("ok"));
    }

    @Test
    void typedParsingFollowsTheMethodTypes() {
        List<IdlValue> vs = CandidText.parseArgs("(42, \"hi\", 7, null, 3)",
                types("(nat64, text, opt nat8, opt text, int)"));
        assertEquals(IdlValue.nat64(42), vs.get(0));
        assertEquals(IdlValue.some(IdlValue.nat8(7)), vs.get(2));
        assertTrue(vs.get(3).isNone());
        assertEquals(IdlValue.int_(3), vs.get(4));
        // missing trailing optional arguments, extra ones ignored
        assertEquals(2, CandidText.parseArgs("(1)", types("(nat, opt nat)")).size());
        assertEquals(1, CandidText.parseArgs("(1, 2)", types("(nat)")).size());
        CandidException e = assertThrows(CandidException.class,
                () -> CandidText.parseArgs("(300)", types("(nat8)")));
        assertEquals("IDL error: argument 1: 300 is out of range for nat8", e.getMessage());
        e = assertThrows(CandidException.class,
                () -> CandidText.parseArgs("(record { name = 1 })", types("(record { name : text })")));
        assertEquals("IDL error: argument 1: record field name: expected text, got number 1", e.getMessage());
        e = assertThrows(CandidException.class, () -> CandidText.parseArgs("()", types("(nat)")));
        assertEquals("IDL error: argument 1 is missing (expected nat)", e.getMessage());
    }

    @Test
    void numberLiterals() {
        List<IdlValue> vs = CandidText.parseArgs("(1_000_000, 0xff, -0x10, +5, 1.5, -2.5e3, 1e-2, 0x1.8p1, 3. )");
        assertEquals(IdlValue.nat(1_000_000), vs.get(0));
        assertEquals(IdlValue.nat(255), vs.get(1));
        assertEquals(IdlValue.int_(-16), vs.get(2));
        assertEquals(IdlValue.int_(5), vs.get(3));
        assertEquals(1.5, vs.get(4).asDouble());
        assertEquals(-2500.0, vs.get(5).asDouble());
        assertEquals(0.01, vs.get(6).asDouble());
        assertEquals(3.0, vs.get(7).asDouble());
        assertEquals(3.0, vs.get(8).asDouble());
        assertEquals(IdlValue.float32(0.5f), CandidText.parseArgs("(0.5)", types("(float32)")).get(0));
        assertEquals(IdlValue.nat64(-1L), CandidText.parseArgs("(18_446_744_073_709_551_615 : nat64)").get(0));
        assertEquals(IdlValue.int64(Long.MIN_VALUE), CandidText.parseArgs("(-9223372036854775808 : int64)").get(0));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(18446744073709551616 : nat64)"));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(-1 : nat)"));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(1.5 : int)"));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(1__0)"));
    }

    @Test
    void textAndBlobEscapes() {
        List<IdlValue> vs = CandidText.parseArgs("(\"a\\n\\t\\\"\\\\\\'\\u{2603}\\u{1F402}\\e2\\98\\83\", "
                + "blob \"\\00\\ffA\\\"\")");
        assertEquals("a\n\t\"\\'☃🐂☃", vs.get(0).asText());
        assertArrayEquals(new byte[] {0, (byte) 255, 'A', '"'}, vs.get(1).asBlob());
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(\"\\ff\")"), "text must be UTF-8");
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(\"\\u{d800}\")"));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(\"abc)"));
    }

    @Test
    void referencesAndAnnotations() {
        List<IdlValue> vs = CandidText.parseArgs("(principal \"2vxsx-fae\", service \"aaaaa-aa\", "
                + "func \"aaaaa-aa\".\"my method\", func \"aaaaa-aa\".m, (vec { 1 : nat8; 2 }  : vec nat8))");
        assertEquals(Principal.anonymous(), vs.get(0).asPrincipal());
        assertEquals(IdlKind.SERVICE, vs.get(1).kind());
        assertEquals("my method", vs.get(2).funcMethod());
        assertEquals("m", vs.get(3).funcMethod());
        assertArrayEquals(new byte[] {1, 2}, vs.get(4).asBlob());
        CandidException e = assertThrows(CandidException.class,
                () -> CandidText.parseArgs("(principal \"aaaaa-ab\")"));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        // an annotation is coerced to the expected type by the binary rules
        assertEquals(IdlValue.int_(3), CandidText.parseArgs("(3 : nat)", types("(int)")).get(0));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(3 : nat8)", types("(nat)")));
    }

    @Test
    void syntaxErrorsHaveLineAndColumn() {
        CandidException e = assertThrows(CandidException.class, () -> CandidText.parseArgs("(1,\n  vec { 1; )"));
        assertEquals("IDL error: expected a value but found ')' (line 2, column 12)", e.getMessage());
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(variant { a = 1; b = 2 })"));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(record { a = 1; a = 2 })"));
        assertThrows(CandidException.class, () -> CandidText.parseArgs("(1) 2"));
    }

    @Test
    void printerStyle() {
        assertEquals("(42 : nat64, \"hi\", true)", CandidText.print(List.of(IdlValue.nat64(42), IdlValue.text("hi"),
                IdlValue.bool(true))));
        assertEquals("(42, 7 : int, -7, 1.5, 2.5 : float32, opt (1 : nat8), null, blob \"\\00a\\22\\5c\")",
                CandidText.print(List.of(IdlValue.nat(42), IdlValue.int_(7), IdlValue.int_(-7), IdlValue.float64(1.5),
                        IdlValue.float32(2.5f), IdlValue.some(IdlValue.nat8(1)), IdlValue.none(),
                        IdlValue.blob(new byte[] {0, 'a', '"', '\\'}))));
        assertEquals("(record { 1; \"a\" }, variant { ok }, record { \"my field\" = vec { 1; 2 } })",
                CandidText.print(List.of(IdlValue.tuple(IdlValue.nat(1), IdlValue.text("a")),
                        IdlValue.variant("ok", IdlValue.nullValue()),
                        IdlValue.record(IdlFieldValue.named("my field", IdlValue.vec(IdlValue.nat(1), IdlValue.nat(2)))))));
        assertEquals("(\"line\\nbreak \\u{7f}\")".replace("\\u{7f}", "\\7f"),
                CandidText.print(List.of(IdlValue.text("line\nbreak \u007f"))));
        assertEquals("(nan, inf : float32, -inf)", CandidText.print(List.of(IdlValue.float64(Double.NaN),
                IdlValue.float32(Float.POSITIVE_INFINITY), IdlValue.float64(Double.NEGATIVE_INFINITY))));
    }

    @Test
    void printWithTypesUsesFieldNames() {
        IdlType t = IdlType.record(IdlField.named("owner", IdlType.PRINCIPAL),
                IdlField.named("balance", IdlType.NAT));
        byte[] bytes = CandidEncoder.encodeArgs(List.of(t), List.of(IdlValue.record(
                IdlFieldValue.named("owner", IdlValue.principal(Principal.anonymous())),
                IdlFieldValue.named("balance", IdlValue.nat(10)))));
        List<IdlValue> byWire = CandidDecoder.decodeArgs(bytes, null);
        assertEquals("(record { 596483356 = 10; 947296307 = principal \"2vxsx-fae\" })", CandidText.print(byWire));
        assertEquals("(record { balance = 10; owner = principal \"2vxsx-fae\" })", CandidText.print(byWire, List.of(t)));
    }

    @Test
    void printedTextParsesBack() {
        String[] samples = {
            "(1, -2, 3 : int, 4 : nat8, 5 : nat16, 6 : nat32, 7 : nat64, -8 : int8, -9 : int16, -10 : int32, -11 : int64)",
            "(1.25, 0.5 : float32, -0.0, 1e300, 5e-324, \"\\u{0}x\", true, false, null)",
            "(opt opt 1, vec { vec { 1 }; vec {} }, blob \"\\01\\02\", record { a = 1; \"b c\" = \"x\"; 3 = null })",
            "(variant { A }, variant { \"odd name\" = record { 1; 2 } }, principal \"aaaaa-aa\", service \"2vxsx-fae\")",
            "(func \"aaaaa-aa\".\"odd name\", vec { opt (1 : nat8); null }, record { 0 = 1; 2 = 2 })",
        };
        for (String s : samples) {
            List<IdlValue> vs = CandidText.parseArgs(s);
            String printed = CandidText.print(vs);
            assertEquals(vs, CandidText.parseArgs(printed), () -> s + " printed as " + printed);
            // typed: also through the binary codec
            List<IdlType> ts = new java.util.ArrayList<>();
            for (IdlValue v : vs) {
                ts.add(CandidEncoder.inferType(v));
            }
            List<IdlValue> decoded = CandidDecoder.decodeArgs(CandidEncoder.encodeArgs(ts, vs), ts);
            assertEquals(decoded, CandidText.parseArgs(CandidText.print(decoded, ts), ts), s);
        }
    }

    @Test
    void parseValueAndType() {
        IdlType t = CandidText.parseType("record { a : nat; b : opt vec text; c : variant { x; y : int } }");
        assertEquals("record { a : nat; b : opt vec text; c : variant { x; y : int } }", t.toString());
        IdlValue v = CandidText.parseValue("record { a = 1; c = variant { y = -1 } }", t);
        assertTrue(v.field("b").isNone());
        assertEquals(BigInteger.ONE.negate(), v.field("c").variantField().value().asBigInteger());
        assertEquals("y", v.field("c").variantField().name());
    }
}
