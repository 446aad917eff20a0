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

/** Motoko 3.11.3 {@code composite query} functions calling other canisters' queries on the runtime. */
class MotokoCompositeQueryTest {
    private static byte[] leaf;
    private static byte[] composite;
    private Replica r;
    private Principal leafId;
    private Principal selfId;

    @BeforeAll
    static void build() throws Exception {
        MotokoCompiler.assumeAvailable();
        leaf = MotokoCompiler.compile("Leaf.mo");
        composite = MotokoCompiler.compile("Composite.mo");
    }

    @BeforeEach
    void install() {
        r = Replica.inMemory();
        assertTrue(r.install("leaf", leaf, args(), InstallMode.INSTALL).isReply());
        assertTrue(r.install("comp", composite, args(), InstallMode.INSTALL).isReply());
        leafId = r.canisterId("leaf");
        selfId = r.canisterId("comp");
    }

    private static byte[] args(IdlValue... values) {
        return CandidEncoder.encodeArgs(List.of(values));
    }

    private static IdlValue first(CallResult c) {
        assertTrue(c.isReply(), c::describeReject);
        return CandidDecoder.decodeArgs(c.reply(), null).get(0);
    }

    private BigInteger nat(String canister, String method) {
        return first(r.query(canister, method, args())).asBigInteger();
    }

    @Test
    void theReplyComesFromTheCallbackAndNothingIsKept() {
        CallResult c = r.query("comp", "sum", args(IdlValue.principal(leafId)));
        // bump sees n = 5 both times (the callee's change is discarded after each call); mine is 1 then 2.
        assertEquals(BigInteger.valueOf(6 * 100 + 6 * 10 + 2), first(c).asBigInteger());
        assertEquals(List.of("[leaf] bump 6", "[leaf] bump 6", "mine 2"), c.debugOutput());
        assertTrue(c.instructions() > 0);
        assertEquals(BigInteger.ZERO, nat("comp", "mineNow"), "the caller's changes are discarded");
        assertEquals(BigInteger.valueOf(5), nat("leaf", "peek"), "the callee's changes are discarded");
        // Same answer again: nothing of the first run survived.
        assertEquals(BigInteger.valueOf(662), first(r.query("comp", "sum", args(IdlValue.principal(leafId))))
                .asBigInteger());
        // Committed state is what a composite query starts from.
        assertTrue(r.update("comp", "setMine", args(IdlValue.nat(40))).isReply());
        assertEquals(BigInteger.valueOf(600 + 60 + 42), first(r.query("comp", "sum",
                args(IdlValue.principal(leafId)))).asBigInteger());
        assertEquals(BigInteger.valueOf(40), nat("comp", "mineNow"));
    }

    @Test
    void aCallBackIntoTheCallerSeesItsCommittedState() {
        CallResult c = r.query("comp", "viaSelf", args(IdlValue.principal(selfId), IdlValue.principal(leafId)));
        // The nested sum starts from mine = 0 (not the caller's 5) and returns 662; the caller still has mine = 5.
        assertEquals(BigInteger.valueOf(662 * 1000 + 5), first(c).asBigInteger());
        assertEquals(BigInteger.ZERO, nat("comp", "mineNow"));
    }

    @Test
    void callsToUpdateMethodsAreRejected() {
        String text = first(r.query("comp", "callUpdate", args(IdlValue.principal(leafId)))).asText();
        assertTrue(text.startsWith("rejected #canister_error: ") && text.contains("update method"), text);
        assertEquals(BigInteger.valueOf(5), nat("leaf", "peek"));
    }

    @Test
    void aRejectAndATrapInTheCalleeReachTheRejectCallback() {
        String refused = first(r.query("comp", "callRefuse", args(IdlValue.principal(leafId)))).asText();
        assertEquals("rejected #canister_reject: leaf says no", refused);
        String trapped = first(r.query("comp", "callTrap", args(IdlValue.principal(leafId)))).asText();
        assertTrue(trapped.startsWith("rejected #canister_error: ") && trapped.contains("leaf boom"), trapped);
    }

    @Test
    void aTrapInACallbackRejectsTheQuery() {
        CallResult c = r.query("comp", "trapInCallback", args(IdlValue.principal(leafId)));
        assertEquals(RejectCode.CANISTER_ERROR, c.rejectCode(), c::toString);
        assertTrue(c.rejectMessage().contains("callback trapped after 5"), c.rejectMessage());
        assertEquals(BigInteger.ZERO, nat("comp", "mineNow"));
    }

    @Test
    void theCallGraphDepthIsLimited() {
        assertEquals(BigInteger.valueOf(6), first(r.query("comp", "depth", args(IdlValue.principal(selfId),
                IdlValue.nat(6)))).asBigInteger());
        CallResult deep = r.query("comp", "depth", args(IdlValue.principal(selfId), IdlValue.nat(7)));
        // The call at depth 7 is rejected inside; Motoko turns the reject into a trap of its caller's callback.
        assertTrue(!deep.isReply() && deep.rejectMessage().contains("deeper than 6"), deep::toString);
    }

    @Test
    void compositeQueriesCannotBeCalledAsUpdatesOrFromUpdates() {
        CallResult u = r.update("comp", "sum", args(IdlValue.principal(leafId)));
        assertEquals(RejectCode.CANISTER_ERROR, u.rejectCode());
        assertTrue(u.rejectMessage().contains("composite query"), u.rejectMessage());
    }

    @Test
    void aStoppedCalleeRejects() {
        assertTrue(r.stop("leaf", Replica.DEFAULT_IDENTITY).isReply());
        String text = first(r.query("comp", "callRefuse", args(IdlValue.principal(leafId)))).asText();
        assertTrue(text.startsWith("rejected #canister_error: ") && text.endsWith("is stopped"), text);
    }
}
