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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * msg_deadline (Motoko's ExperimentalInternetComputer.replyDeadline, null for 0) with bounded-wait calls
 * ({@code (with timeout = n)}): the caller's time plus the timeout, capped at 300 s, in the callee's update method and
 * its callbacks; 0 for ingress, guaranteed-response calls and queries.
 */
class MotokoDeadlineTest {
    private static final long SECOND = 1_000_000_000L;
    private static byte[] wasm;
    private Replica r;
    private Principal a;
    private Principal b;

    @BeforeAll
    static void build() throws Exception {
        MotokoCompiler.assumeAvailable();
        wasm = MotokoCompiler.compile("Deadline.mo");
    }

    @BeforeEach
    void install() {
        r = Replica.inMemory();
        assertTrue(r.install("a", wasm, args(), InstallMode.INSTALL).isReply());
        assertTrue(r.install("b", wasm, args(), InstallMode.INSTALL).isReply());
        assertTrue(r.install("c", wasm, args(), InstallMode.INSTALL).isReply());
        a = r.canisterId("a");
        b = r.canisterId("b");
    }

    private static byte[] args(IdlValue... values) {
        return CandidEncoder.encodeArgs(List.of(values));
    }

    private static List<IdlValue> decode(CallResult c) {
        assertTrue(c.isReply(), c::describeReject);
        return CandidDecoder.decodeArgs(c.reply(), null);
    }

    private static Long opt(IdlValue v) {
        return v.isNone() ? null : v.optValue().asBigInteger().longValueExact();
    }

    private List<IdlValue> bounded(long timeout) {
        return decode(r.update("a", "bounded", args(IdlValue.principal(b), IdlValue.nat32(timeout))));
    }

    @Test
    void aBoundedWaitCallHasTheCallersTimePlusItsTimeout() {
        List<IdlValue> got = bounded(10);
        long now = got.get(2).asBigInteger().longValueExact();
        assertEquals(now + 10 * SECOND, opt(got.get(0)), "the callee's deadline");
        assertEquals(null, opt(got.get(1)), "the ingress call context has none");
        got = bounded(1000);
        assertEquals(got.get(2).asBigInteger().longValueExact() + 300 * SECOND, opt(got.get(0)),
                "timeouts are capped at MAX_CALL_TIMEOUT = 300 s");
        got = bounded(0);
        assertEquals(got.get(2).asBigInteger().longValueExact(), opt(got.get(0)),
                "a timeout of 0 is allowed: the deadline is the time of the call");
    }

    @Test
    void noDeadlineForIngressGuaranteedCallsAndQueries() {
        assertEquals(null, opt(decode(r.update("a", "deadline", args())).get(0)));
        assertEquals(null, opt(decode(r.update("a", "unbounded", args(IdlValue.principal(b)))).get(0)));
        assertEquals(null, opt(decode(r.update("a", "boundedQuery", args(IdlValue.principal(b),
                IdlValue.nat32(10)))).get(0)), "a query called with a bounded-wait call has none either");
        assertEquals(null, opt(decode(r.query("a", "deadlineQuery", args())).get(0)));
    }

    @Test
    void callbacksSeeTheDeadlineOfTheirCallContext() {
        List<IdlValue> got = decode(r.update("a", "relay", args(IdlValue.principal(b),
                IdlValue.principal(r.canisterId("c")), IdlValue.nat32(20))));
        long expected = got.get(2).asBigInteger().longValueExact() + 20 * SECOND;
        assertEquals(expected, opt(got.get(0)), "in b's method");
        assertEquals(expected, opt(got.get(1)), "in b's callback after its own (guaranteed) call");
        assertTrue(BigInteger.valueOf(expected).signum() > 0);
    }
}
