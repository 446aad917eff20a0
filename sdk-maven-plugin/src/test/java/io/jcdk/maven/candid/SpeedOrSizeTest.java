package io.jcdk.maven.candid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.maven.teavm.TeaVmCompiler.Optimization;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One canister built for speed and for size: {@code Platform.optimizesForSpeed()} is folded to the setting, the
 * paths each build keeps (in-memory UTF-8, kept UTF-8, reply pieces, the allocator's small clears and its uncleared
 * arrays) give the same replies, and every new array and object starts zeroed after its memory was used before.
 */
class SpeedOrSizeTest {
    static final String SOURCE = String.join("\n",
            "package bench;",
            "import io.jcdk.annotations.*;",
            "import io.jcdk.canister.internal.Mem;",
            "import io.jcdk.canister.internal.Platform;",
            "import java.util.Arrays;",
            "@Canister",
            "public class Bench {",
            "    static final class Box { long a; Object b; int c; byte d; double e; }",
            "    String text = \"\";",
            "    @Query boolean speed() { return Platform.optimizesForSpeed(); }",
            "    @Update void keep(String t) { text = t; }",
            "    @Query String text() { return text; }",
            "    @Query byte[] blob(byte[] b) { return b; }",
            "    @Update long dirtyThenCount(int rounds) {",
            "        long bad = 0;",
            "        for (int r = 0; r < rounds; r++) {",
            "            for (int n = 0; n < 400; n += 7) {",
            "                byte[] u = Mem.uninitializedBytes(n);",
            "                Arrays.fill(u, (byte) -1);",
            "                byte[] b = new byte[n];",
            "                for (byte x : b) { if (x != 0) bad++; }",
            "                Arrays.fill(b, (byte) -1);",
            "                long[] l = new long[n / 8];",
            "                for (long x : l) { if (x != 0) bad++; }",
            "                Arrays.fill(l, -1L);",
            "                Object[] o = new Object[n / 4];",
            "                for (Object x : o) { if (x != null) bad++; }",
            "                Arrays.fill(o, this);",
            "                Box box = new Box();",
            "                if (box.a != 0 || box.b != null || box.c != 0 || box.d != 0 || box.e != 0) bad++;",
            "                box.a = -1; box.b = this; box.c = -1; box.d = -1; box.e = -1;",
            "            }",
            "        }",
            "        return bad;",
            "    }",
            "}");

    @ParameterizedTest
    @EnumSource(Optimization.class)
    void bothBuildsAnswerAlikeAndClearWhatTheyAllocate(Optimization optimization) throws Exception {
        Replica replica = Replica.inMemory();
        CallResult installed = replica.install("b", CandidVsMotokoBench.javaModule(SOURCE, "bench.BenchExports",
                optimization), CandidWasm.NO_ARGS, InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);

        CallResult speed = replica.query("b", "speed", CandidWasm.NO_ARGS);
        assertEquals(optimization == Optimization.SPEED,
                CandidDecoder.decodeArgs(speed.reply(), List.of(IdlType.BOOL)).get(0).asBool());

        StringBuilder mixed = new StringBuilder();
        while (mixed.length() < 20_000) {
            mixed.append("h\u00e9llo w\u00f6rld \u2603 \u4e2d\u6587 \ud83d\udc02 ");
        }
        for (String t : new String[] {"short", "x".repeat(5000), mixed.toString()}) {
            byte[] arg = CandidEncoder.encodeArgs(List.of(IdlType.TEXT), List.of(IdlValue.text(t)));
            assertTrue(replica.update("b", "keep", arg).isReply());
            CallResult back = replica.query("b", "text", CandidWasm.NO_ARGS);
            assertArrayEquals(arg, back.reply(), () -> optimization + ": text of " + t.length() + " chars");
        }
        Random random = new Random(9);
        for (int n : new int[] {0, 100, 4095, 4096, 70_000}) {
            byte[] b = new byte[n];
            random.nextBytes(b);
            byte[] arg = CandidEncoder.encodeArgs(List.of(IdlType.blob()), List.of(IdlValue.blob(b)));
            CallResult back = replica.query("b", "blob", arg);
            assertArrayEquals(arg, back.reply(), () -> optimization + ": blob of " + n + " bytes");
        }

        // enough rounds that the collector runs and the allocator hands out memory used before
        byte[] rounds = CandidEncoder.encodeArgs(List.of(IdlType.INT32), List.of(IdlValue.int32(300)));
        CallResult count = replica.update("b", "dirtyThenCount", rounds);
        assertTrue(count.isReply(), count::describeReject);
        assertEquals(0L, CandidDecoder.decodeArgs(count.reply(), List.of(IdlType.INT64)).get(0).asLong(),
                optimization + ": elements or fields not zero in new arrays and objects");
    }
}
