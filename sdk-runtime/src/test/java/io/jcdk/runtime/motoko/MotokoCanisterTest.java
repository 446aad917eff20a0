package io.jcdk.runtime.motoko;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Canisters from another compiler (Motoko 3.11.3, wasm32) on the runtime: the System API, not just ours. */
class MotokoCanisterTest {
    private static byte[] counter;
    private static byte[] caller;
    private static byte[] sys;

    @BeforeAll
    static void build() throws Exception {
        MotokoCompiler.assumeAvailable();
        counter = MotokoCompiler.compile("Counter.mo");
        caller = MotokoCompiler.compile("Caller.mo");
        sys = MotokoCompiler.compile("Sys.mo");
    }

    private static byte[] args(IdlValue... values) {
        return CandidEncoder.encodeArgs(List.of(values));
    }

    private static List<IdlValue> decode(CallResult r) {
        assertTrue(r.isReply(), r::describeReject);
        return CandidDecoder.decodeArgs(r.reply(), null);
    }

    private static BigInteger nat(CallResult r) {
        return decode(r).get(0).asBigInteger();
    }

    private static Replica withCounter() {
        Replica replica = Replica.inMemory();
        CallResult r = replica.install("counter", counter, args(), InstallMode.INSTALL);
        assertTrue(r.isReply(), r::describeReject);
        return replica;
    }

    @Test
    void everyFunctionIsCompiledNoneInterpreted() {
        io.jcdk.runtime.exec.CompiledModules compiled = new io.jcdk.runtime.exec.CompiledModules();
        assertEquals(java.util.Set.of(), compiled.get(counter).interpretedFunctions());
        assertEquals(java.util.Set.of(), compiled.get(caller).interpretedFunctions());
    }

    @Test
    void installUpdateQuery() {
        Replica replica = withCounter();
        CallResult inc = replica.update("counter", "inc", args());
        assertEquals(BigInteger.ONE, nat(inc));
        assertEquals(List.of("inc 1"), inc.debugOutput());
        assertTrue(inc.instructions() > 0);
        assertEquals(BigInteger.TWO, nat(replica.update("counter", "inc", args())));
        List<IdlValue> got = decode(replica.query("counter", "get", args()));
        assertEquals(BigInteger.TWO, got.get(0).asBigInteger());
        assertEquals(BigInteger.TWO, got.get(1).asBigInteger());
    }

    @Test
    void upgradeKeepsStableVarsAndResetsTheOthers() {
        Replica replica = withCounter();
        replica.update("counter", "inc", args());
        replica.update("counter", "inc", args());
        CallResult up = replica.install("counter", counter, args(), InstallMode.UPGRADE);
        assertTrue(up.isReply(), up::describeReject);
        List<IdlValue> got = decode(replica.query("counter", "get", args()));
        assertEquals(BigInteger.TWO, got.get(0).asBigInteger(), "stable var kept");
        assertEquals(BigInteger.ZERO, got.get(1).asBigInteger(), "plain var reset");
        assertEquals(BigInteger.valueOf(3), nat(replica.update("counter", "inc", args())));
    }

    @Test
    void twoMotokoCanistersCallEachOther() {
        Replica replica = withCounter();
        assertTrue(replica.install("caller", caller, args(), InstallMode.INSTALL).isReply());
        Principal counterId = replica.canisterId("counter");
        CallResult r = replica.update("caller", "incTwice", args(IdlValue.principal(counterId)));
        assertEquals(BigInteger.TWO, nat(r));
        assertTrue(r.debugOutput().contains("[counter] inc 2"), r.debugOutput().toString());
        assertEquals(BigInteger.TWO, decode(replica.query("counter", "get", args())).get(0).asBigInteger());
        CallResult missing = replica.update("caller", "tryMissing", args(IdlValue.principal(counterId)));
        String text = decode(missing).get(0).asText();
        assertTrue(text.startsWith("rejected: ") && text.contains("nope"), text);
        Principal who = decode(replica.query("caller", "whoami", args())).get(0).asPrincipal();
        assertEquals(Replica.DEFAULT_IDENTITY, who);
    }

    @Test
    void instructionsAreTheSameOnTwoRuns() {
        long first = withCounter().update("counter", "work", args(IdlValue.nat(1000))).instructions();
        long second = withCounter().update("counter", "work", args(IdlValue.nat(1000))).instructions();
        assertTrue(first > 1000, "a loop of 1000 iterations counts more than 1000 instructions: " + first);
        assertEquals(first, second);
    }

    @Test
    void aMessageOverItsLimitTrapsAndIsRolledBack() {
        Replica replica = withCounter();
        replica.update("counter", "inc", args());
        replica.setInstructionLimits(replica.instructionLimits().withUpdate(200_000));
        CallResult r = replica.update("counter", "work", args(IdlValue.nat(1_000_000)));
        assertTrue(!r.isReply() && r.rejectMessage().contains("instruction limit exceeded"), r.toString());
        assertEquals(BigInteger.ONE, decode(replica.query("counter", "get", args())).get(0).asBigInteger());
    }

    private static List<IdlValue> counts(Replica r) {
        return decode(r.query("sys", "beatsAndFired", args()));
    }

    @Test
    void timersFireWhenDueAndHeartbeatsRunOnEveryTick() {
        Replica r = Replica.inMemory();
        assertTrue(r.install("sys", sys, args(), InstallMode.INSTALL).isReply());
        assertEquals(BigInteger.ZERO, counts(r).get(0).asBigInteger());
        assertTrue(r.update("sys", "arm", args(IdlValue.nat(10))).isReply());
        assertTrue(r.status("sys").globalTimer() > r.time(), "Timer.setTimer set the global timer");

        List<CallResult> tasks = r.advanceTime(java.time.Duration.ofSeconds(5));
        assertTrue(tasks.stream().allMatch(t -> t.method().equals("canister_heartbeat")), tasks.toString());
        assertEquals(BigInteger.ZERO, counts(r).get(1).asBigInteger(), "not due after 5 s");
        assertEquals(BigInteger.ONE, counts(r).get(0).asBigInteger(), "one heartbeat per tick");

        tasks = r.advanceTime(java.time.Duration.ofSeconds(6));
        assertTrue(tasks.stream().anyMatch(t -> t.method().equals("canister_global_timer")), tasks.toString());
        assertEquals(BigInteger.ONE, counts(r).get(1).asBigInteger(), "fired once it was due");
        r.tick();
        r.tick();
        assertEquals(BigInteger.ONE, counts(r).get(1).asBigInteger(), "a one-shot timer fires once");
        assertEquals(BigInteger.valueOf(4), counts(r).get(0).asBigInteger());

        // A stopped canister gets neither.
        assertTrue(r.stop("sys", Replica.DEFAULT_IDENTITY).isReply());
        r.advanceTime(java.time.Duration.ofSeconds(60));
        assertTrue(r.start("sys", Replica.DEFAULT_IDENTITY).isReply());
        assertEquals(BigInteger.valueOf(4), counts(r).get(0).asBigInteger());
    }

    @Test
    void inspectMessageFiltersIngressUpdatesOnly() {
        Replica r = Replica.inMemory();
        assertTrue(r.install("sys", sys, args(), InstallMode.INSTALL).isReply());
        assertEquals(BigInteger.ONE, nat(r.update("sys", "ping", args())), "accepted");
        CallResult refused = r.update("sys", "refused", args());
        assertEquals(io.jcdk.runtime.RejectCode.CANISTER_REJECT, refused.rejectCode());
        assertTrue(refused.rejectMessage().contains("rejected the message"), refused.rejectMessage());
        assertEquals(BigInteger.ZERO, counts(r).get(2).asBigInteger(),
                "inspect_message ran (twice) but kept nothing; queries do not run it");

        // An inter-canister call is not ingress: inspect_message does not run for it.
        assertTrue(r.install("other", sys, args(), InstallMode.INSTALL).isReply());
        CallResult viaCall = r.update("other", "callRefused", args(IdlValue.principal(r.canisterId("sys"))));
        assertEquals("ran", decode(viaCall).get(0).asText());
    }

    @Test
    void gzippedModulesInstallAndReportTheirOwnHash() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(counter);
        }
        byte[] zipped = gz.toByteArray();
        Replica r = Replica.inMemory();
        CallResult installed = r.install("counter", zipped, args(), InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);
        assertEquals(BigInteger.ONE, nat(r.update("counter", "inc", args())));
        assertEquals(io.jcdk.runtime.module.CanisterModule.sha256Hex(zipped), r.status("counter").moduleHash(),
                "the module hash is the SHA-256 of the bytes as installed (gzipped)");
    }
}
