package io.jcdk.runtime.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlValue;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import io.jcdk.runtime.motoko.MotokoCompiler;
import io.jcdk.runtime.testing.TestCanisters;
import io.jcdk.runtime.testing.WasmBuilder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiling mode: the per-function profile adds up to the metered count, and counts nothing differently. */
class ProfilingTest {
    private static final byte[] NONE = new byte[0];
    private static final int LOOP = 0x03;
    private static final int END = 0x0b;
    private static final int BR_IF = 0x0d;
    private static final int VOID = 0x40;

    /** Function 1 loops {@code iterations} times, 2 does little, 3 ("run") calls both and replies. */
    private static byte[] module(int iterations, boolean names) {
        WasmBuilder b = new WasmBuilder();
        int reply = b.importIc0("msg_reply");
        int g = b.mutableGlobal(WasmBuilder.I32, 0);
        int hot = b.function(null, c -> c.i32(0).globalSet(g)
                .op(LOOP, VOID)
                .globalGet(g).i32(1).i32Add().globalSet(g)
                .globalGet(g).i32(iterations).op(0x49, BR_IF, 0) // i32.lt_u
                .op(END));
        int cold = b.function(null, c -> c.i32(7).drop());
        int run = b.function("canister_update run", c -> c.call(hot).call(cold).call(reply));
        assertEquals(List.of(1, 2, 3), List.of(hot, cold, run));
        if (names) {
            b.functionNames(new TreeMap<>(java.util.Map.of(0, "ic0_msg_reply", 1, "hot", 2, "cold", 3, "run")));
        }
        return b.build();
    }

    private static Replica replica(boolean profiling) {
        Replica r = Replica.inMemory();
        r.setProfiling(profiling);
        return r;
    }

    private static CallResult run(Replica r, byte[] wasm) {
        CallResult installed = r.install("m", wasm, NONE, InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);
        CallResult result = r.update("m", "run", NONE);
        assertTrue(result.isReply(), result::describeReject);
        return result;
    }

    @Test
    void theProfileAddsUpToTheMeteredCountAndTheHotLoopIsOnTop() {
        byte[] wasm = module(1000, true);
        long metered = run(replica(false), wasm).instructions();
        CallResult r = run(replica(true), wasm);
        Profile p = r.profile();
        assertNotNull(p);
        assertEquals(metered, r.instructions(), "profiling changes no count");
        assertEquals(metered, p.total());
        assertEquals(p.total(), p.entries().stream().mapToLong(Profile.Entry::instructions).sum());
        assertEquals(List.of(
                new Profile.Entry("hot", 1 + 3 + 1000 * 12),
                new Profile.Entry("ic0.msg_reply", 500),
                new Profile.Entry("run", 1 + 3 * 5),
                new Profile.Entry("cold", 1 + 2)), p.entries());
        assertEquals(List.of(new Profile.Entry("hot", 12004)), p.top(1));
        assertEquals(16, p.instructions("run"));
        assertEquals(0, p.instructions("nothing"));
    }

    @Test
    void withoutANameSectionFunctionsAreLabelledByIndex() {
        Profile p = run(replica(true), module(100, false)).profile();
        assertEquals(List.of("func[1]", "ic0.msg_reply", "func[3]", "func[2]"),
                p.entries().stream().map(Profile.Entry::name).toList());
    }

    @Test
    void withoutProfilingThereIsNoProfile() {
        Replica r = replica(false);
        assertNull(run(r, module(10, true)).profile());
        assertNull(r.query("m", "run", NONE).profile());
    }

    @Test
    void aTrapOverTheLimitIsProfiledToo() {
        for (boolean profiling : new boolean[] {false, true}) {
            Replica r = replica(profiling);
            r.setInstructionLimits(InstructionLimits.IC.withUpdate(50_000));
            assertTrue(r.install("m", module(1_000_000, true), NONE, InstallMode.INSTALL).isReply());
            CallResult over = r.update("m", "run", NONE);
            assertTrue(over.rejectMessage().contains("instruction limit exceeded"), over::describeReject);
            if (profiling) {
                assertEquals(over.instructions(), over.profile().total());
                assertEquals("hot", over.profile().entries().get(0).name());
            }
        }
    }

    @Test
    void profilingIsSetBeforeCanistersAreLoaded() {
        Replica r = replica(false);
        run(r, module(1, false));
        assertThrows(IllegalStateException.class, () -> r.setProfiling(true));
    }

    @Test
    void theProfilingInstrumentationAppendsOneGlobalPerDefinedFunction() {
        byte[] wasm = TestCanisters.counter();
        ProfilingInstrumenter.Result p = ProfilingInstrumenter.instrument(wasm);
        MeteringInstrumenter.Result m = MeteringInstrumenter.instrument(wasm);
        assertEquals(m.counterGlobal(), p.counterGlobal());
        assertEquals(1, p.counterGlobal(), "the counter canister has one global of its own");
        assertEquals(p.counterGlobal() + 1, p.functionGlobal(0));
        com.dylibso.chicory.wasm.WasmModule parsed = com.dylibso.chicory.wasm.Parser.parse(p.wasm());
        assertEquals(p.counterGlobal() + 1 + p.definedFunctions(), parsed.globalSection().globalCount());
        assertEquals(parsed.functionSection().functionCount(), p.definedFunctions());
        assertTrue(p.wasm().length > m.wasm().length);
        assertTrue(!Arrays.equals(p.wasm(), m.wasm()));
    }

    @Test
    void aProfilingReplicaRunsStateSavedWithoutProfilingAndBack(@TempDir Path state) {
        byte[] counter = TestCanisters.counter();
        Replica plain = Replica.open(state);
        assertTrue(plain.install("c", counter, NONE, InstallMode.INSTALL).isReply());
        long inc = plain.update("c", "inc", NONE).instructions();
        Replica profiling = Replica.open(state);
        profiling.setProfiling(true);
        CallResult r = profiling.update("c", "inc", NONE);
        assertTrue(r.isReply(), r::describeReject);
        assertEquals(inc, r.instructions());
        assertEquals(inc, r.profile().total());
        CallResult after = Replica.open(state).query("c", "get", NONE);
        assertEquals(2, after.reply()[0], "both increments were kept");
    }

    @Test
    void motokoProfilesAddUpToTheMeteredCounts() throws Exception {
        MotokoCompiler.assumeAvailable();
        byte[] counter = MotokoCompiler.compile("Counter.mo");
        byte[] caller = MotokoCompiler.compile("Caller.mo");
        byte[] noArgs = CandidEncoder.encodeArgs(List.of());
        byte[] work = CandidEncoder.encodeArgs(List.of(IdlValue.nat(1000)));
        long[][] counts = new long[2][];
        for (int mode = 0; mode < 2; mode++) {
            Replica r = replica(mode == 1);
            CallResult install = r.install("counter", counter, noArgs, InstallMode.INSTALL);
            assertTrue(r.install("caller", caller, noArgs, InstallMode.INSTALL).isReply());
            CallResult update = r.update("counter", "work", work);
            CallResult query = r.query("counter", "get", noArgs);
            CallResult calls = r.update("caller", "incTwice",
                    CandidEncoder.encodeArgs(List.of(IdlValue.principal(r.canisterId("counter")))));
            CallResult upgrade = r.install("counter", counter, noArgs, InstallMode.UPGRADE);
            List<CallResult> all = List.of(install, update, query, calls, upgrade);
            for (CallResult c : all) {
                assertTrue(c.isReply(), c::describeReject);
                if (mode == 1) {
                    assertEquals(c.instructions(), c.profile().total(), c.method());
                }
            }
            counts[mode] = all.stream().mapToLong(CallResult::instructions).toArray();
            if (mode == 1) {
                // Motoko's name section names its functions; the loop of work is mostly Nat additions.
                Profile p = update.profile();
                assertTrue(p.entries().get(0).instructions() * 2 > p.total(), p.top(5)::toString);
                assertTrue(p.entries().stream().noneMatch(e -> e.name().startsWith("func[")), p.top(5)::toString);
                assertTrue(calls.profile().entries().stream().anyMatch(e -> e.name().startsWith("[counter] ")),
                        calls.profile().top(5)::toString);
                assertTrue(calls.profile().entries().stream().anyMatch(e -> !e.name().startsWith("[")));
            }
        }
        assertEquals(Arrays.toString(counts[0]), Arrays.toString(counts[1]), "profiling changes no count");
    }
}
