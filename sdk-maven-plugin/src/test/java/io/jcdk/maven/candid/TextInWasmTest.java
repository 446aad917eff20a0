package io.jcdk.maven.candid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text through a canister built by the real pipeline: the in-memory UTF-8 decoder (ASCII runs and the
 * one-character-at-a-time path), the UTF-8 a long decoded String keeps and the writer copies, Strings derived from
 * such a String (which keep nothing), and {@code codePointCount} over the String's own array, each against the JVM.
 */
class TextInWasmTest {
    static final String SOURCE = String.join("\n",
            "package bench;",
            "import io.jcdk.annotations.*;",
            "import java.util.List;",
            "@Canister",
            "public class Bench {",
            "    String kept = \"\";",
            "    @Update void keep(String t) { kept = t; }",
            "    @Query String get() { return kept; }",
            "    @Query String sub(int from, int to) { return kept.substring(from, to); }",
            "    @Query String concat() { return kept + \"\u00e9!\"; }",
            "    @Query int count(int from, int to) { return kept.codePointCount(from, to); }",
            "    @Query List<String> echo(List<String> xs) { return xs; }",
            "    static final String LONG = \"a literal of more than sixty-four bytes, \u00e9 and \u4e2d included, \";",
            "    @Query List<String> literals() { return List.of(\"short\", LONG, LONG + kept, kept); }",
            "}");

    static Replica replica;

    @BeforeAll
    static void install() throws Exception {
        replica = Replica.inMemory();
        CallResult r = replica.install("t", CandidVsMotokoBench.javaModule(SOURCE, "bench.BenchExports"),
                CandidWasm.NO_ARGS, InstallMode.INSTALL);
        assertTrue(r.isReply(), r::describeReject);
    }

    /** Lengths around the widener's 8- and 16-byte steps and the 64-byte threshold for keeping UTF-8. */
    static List<String> samples() {
        Random random = new Random(7);
        String[] pieces = {"a", "é", "中", "\ud83d\udc02", " ", "xyzxyzxyzxyzxyzxyz", "ß"};
        List<String> out = new ArrayList<>();
        for (int len : new int[] {0, 1, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 1000}) {
            out.add("q".repeat(len));
            StringBuilder mixed = new StringBuilder();
            while (mixed.length() < len) {
                mixed.append(pieces[random.nextInt(pieces.length)]);
            }
            out.add(mixed.toString());
            out.add("é" + "k".repeat(len));
            out.add("k".repeat(len) + "\ud83d\udc02");
        }
        return out;
    }

    @Test
    void decodedTextReadsBackByteForByteAndDerivedStringsAgree() {
        for (String s : samples()) {
            byte[] arg = CandidEncoder.encodeArgs(List.of(IdlType.TEXT), List.of(IdlValue.text(s)));
            CallResult keep = replica.update("t", "keep", arg);
            assertTrue(keep.isReply(), keep::describeReject);
            CallResult get = replica.query("t", "get", CandidWasm.NO_ARGS);
            // the reply is exactly the canonical encoding: same header, same UTF-8
            assertArrayEquals(arg, get.reply(), () -> "get after keep of " + describe(s));
            assertEquals(s + "é!", text(replica.query("t", "concat", CandidWasm.NO_ARGS)), describe(s));
            int n = s.length();
            int[][] ranges = {{0, n}, {0, n / 2}, {n / 3, n}, {n / 2, n / 2}};
            for (int[] r : ranges) {
                byte[] range = CandidEncoder.encodeArgs(List.of(IdlType.INT32, IdlType.INT32),
                        List.of(IdlValue.int32(r[0]), IdlValue.int32(r[1])));
                // a range that splits a pair sends the lone surrogate as '?', as String.getBytes does
                String expected = new String(s.substring(r[0], r[1]).getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8);
                assertEquals(expected, text(replica.query("t", "sub", range)), describe(s));
                CallResult count = replica.query("t", "count", range);
                assertEquals(s.codePointCount(r[0], r[1]),
                        CandidDecoder.decodeArgs(count.reply(), List.of(IdlType.INT32)).get(0).asInt(),
                        () -> "codePointCount(" + r[0] + ", " + r[1] + ") of " + describe(s));
            }
        }
    }

    @Test
    void literalsNextToKeptTextEncodeAsTheirChars() {
        String kept = "k".repeat(100);
        assertTrue(replica.update("t", "keep", CandidEncoder.encodeArgs(List.of(IdlType.TEXT),
                List.of(IdlValue.text(kept)))).isReply());
        String literal = "a literal of more than sixty-four bytes, \u00e9 and \u4e2d included, ";
        CallResult r = replica.query("t", "literals", CandidWasm.NO_ARGS);
        assertTrue(r.isReply(), r::describeReject);
        List<IdlValue> texts = CandidDecoder.decodeArgs(r.reply(), List.of(IdlType.vec(IdlType.TEXT))).get(0).asVec();
        assertEquals(List.of("short", literal, literal + kept, kept), texts.stream().map(IdlValue::asText).toList());
    }

    @Test
    void manyTextsInOneMessageEchoUnchanged() {
        List<IdlValue> texts = new ArrayList<>();
        for (String s : samples()) {
            texts.add(IdlValue.text(s));
        }
        List<IdlType> types = List.of(IdlType.vec(IdlType.TEXT));
        byte[] arg = CandidEncoder.encodeArgs(types, List.of(IdlValue.vec(texts)));
        CallResult r = replica.query("t", "echo", arg);
        assertTrue(r.isReply(), r::describeReject);
        assertArrayEquals(arg, r.reply());
    }

    @Test
    void malformedUtf8IsRejectedAtEveryPositionAndTheKeptTextStays() {
        String before = "kept " + "z".repeat(80);
        assertTrue(replica.update("t", "keep", CandidEncoder.encodeArgs(List.of(IdlType.TEXT),
                List.of(IdlValue.text(before)))).isReply());
        byte[][] bad = {
            {(byte) 0x80}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xc1, (byte) 0xbf}, {(byte) 0xc3},
            {(byte) 0xe0, (byte) 0x80, (byte) 0x80}, {(byte) 0xe0, (byte) 0x9f, (byte) 0xbf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xed, (byte) 0xbf, (byte) 0xbf}, {(byte) 0xe4, (byte) 0xb8},
            {(byte) 0xe4, (byte) 0x38, (byte) 0xad}, {(byte) 0xf0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xf0, (byte) 0x8f, (byte) 0xbf, (byte) 0xbf}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xf5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x90},
            {(byte) 0xf0, (byte) 0x9f, (byte) 0x90, (byte) 0x42}, {(byte) 0xff},
        };
        for (byte[] b : bad) {
            // after 0, 9 (inside the 16-byte step) and 40 ASCII bytes, and after a non-ASCII char
            for (String prefix : new String[] {"", "a".repeat(9), "a".repeat(40), "é"}) {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                text.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
                text.writeBytes(b);
                text.writeBytes("tail".getBytes(StandardCharsets.UTF_8));
                byte[] utf8 = text.toByteArray();
                ByteArrayOutputStream msg = new ByteArrayOutputStream();
                msg.writeBytes(new byte[] {'D', 'I', 'D', 'L', 0, 1, 0x71});
                msg.write(utf8.length); // below 128: one LEB128 byte
                msg.writeBytes(utf8);
                CallResult r = replica.update("t", "keep", msg.toByteArray());
                assertFalse(r.isReply(), () -> "accepted " + java.util.HexFormat.of().formatHex(utf8));
                assertTrue(r.describeReject().contains("UTF-8"), r::describeReject);
            }
        }
        assertEquals(before, text(replica.query("t", "get", CandidWasm.NO_ARGS)));
    }

    private static String text(CallResult r) {
        assertTrue(r.isReply(), r::describeReject);
        return CandidDecoder.decodeArgs(r.reply(), List.of(IdlType.TEXT)).get(0).asText();
    }

    private static String describe(String s) {
        return s.length() > 40 ? s.length() + " chars: " + s.substring(0, 40) + "..." : '"' + s + '"';
    }
}
