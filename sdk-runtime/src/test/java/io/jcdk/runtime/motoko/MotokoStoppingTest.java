package io.jcdk.runtime.motoko;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.RejectCode;
import io.jcdk.runtime.Replica;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stopping state, observed from canisters: every call chain completes before the next ingress message here, so
 * a canister is stopping only while a chain runs in which it has open call contexts, and only canisters of that chain
 * can see it (canister_status through aaaaa-aa, calls to it being rejected).
 */
class MotokoStoppingTest {
    private static byte[] stopper;
    private Replica r;
    private Principal stopperId;
    private Principal victimId;

    @BeforeAll
    static void build() throws Exception {
        MotokoCompiler.assumeAvailable();
        stopper = MotokoCompiler.compile("Stopper.mo");
    }

    @BeforeEach
    void install() {
        r = Replica.inMemory();
        assertTrue(r.install("stopper", stopper, args(), InstallMode.INSTALL).isReply());
        assertTrue(r.install("victim", stopper, args(), InstallMode.INSTALL).isReply());
        stopperId = r.canisterId("stopper");
        victimId = r.canisterId("victim");
        r.setControllers("victim", List.of(Replica.DEFAULT_IDENTITY, stopperId));
    }

    private static byte[] args(IdlValue... values) {
        return CandidEncoder.encodeArgs(List.of(values));
    }

    private static String text(CallResult c) {
        assertTrue(c.isReply(), c::describeReject);
        return CandidDecoder.decodeArgs(c.reply(), null).get(0).asText();
    }

    @Test
    void aCanisterWithAnOpenCallContextIsStoppingUntilItCloses() {
        // victim calls stopper; stopper stops victim (victim waits for stopper's reply, so it has an open call
        // context), reads its status and calls it, then replies; victim's callback still runs (responses reach a
        // stopping canister), its call context closes, and only then it is stopped.
        CallResult c = r.update("victim", "callStopper", args(IdlValue.principal(stopperId), IdlValue.text("stop")));
        String got = text(c);
        assertTrue(got.startsWith("#stopping; ping #canister_error: "), got);
        assertTrue(got.endsWith("Canister " + victimId.toText() + " is stopping"), got);
        assertEquals("stopped", r.status("victim").status());
        assertEquals(RejectCode.CANISTER_ERROR, r.update("victim", "ping", args()).rejectCode());
        assertTrue(r.start("victim", Replica.DEFAULT_IDENTITY).isReply());
        assertEquals(BigInteger.ONE, CandidDecoder.decodeArgs(r.update("victim", "ping", args()).reply(), null)
                .get(0).asBigInteger(), "the rejected ping never ran");
    }

    @Test
    void startingAStoppingCanisterRejectsThePendingStop() {
        CallResult c = r.update("victim", "callStopper", args(IdlValue.principal(stopperId), IdlValue.text("start")));
        String got = text(c);
        assertTrue(got.startsWith("#stopping; stop #canister_error: ") && got.contains("started again"), got);
        assertEquals("running", r.status("victim").status());
    }

    @Test
    void aCanisterStoppingItselfGetsSysTransientAndStopsOnceItsCallEnds() {
        r.setControllers("stopper", List.of(Replica.DEFAULT_IDENTITY, stopperId));
        // The stop waits for stopSelf's call context, which waits for the stop: when nothing else can run, the
        // pending stop_canister call is rejected (SYS_TRANSIENT) and the canister stays stopping until its
        // call context closes.
        String got = text(r.update("stopper", "stopSelf", args()));
        assertTrue(got.startsWith("stop #system_transient: ") && got.endsWith("; then #stopping"), got);
        assertEquals("stopped", r.status("stopper").status());
    }

    @Test
    void aBoundedWaitStopOfItselfExpiresWithSysUnknown() {
        r.setControllers("stopper", List.of(Replica.DEFAULT_IDENTITY, stopperId));
        // The only place a best-effort call can time out locally: one that nothing else could ever answer.
        String got = text(r.update("stopper", "stopSelfBounded", args()));
        assertTrue(got.startsWith("stop #system_unknown: ") && got.contains("expired") && got.endsWith(
                "; then #stopping"), got);
        assertEquals("stopped", r.status("stopper").status());
    }

    @Test
    void stoppingWithoutOpenCallContextsIsImmediate() {
        CallResult s = r.stop("victim", Replica.DEFAULT_IDENTITY);
        assertTrue(s.isReply(), s::describeReject);
        assertEquals("stopped", r.status("victim").status());
        assertTrue(r.stop("victim", Replica.DEFAULT_IDENTITY).isReply(), "stopping a stopped canister is a no-op");
    }
}
