package io.jcdk.runtime;

import static io.jcdk.runtime.testing.TestCanisters.le64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.testing.TestCanisters;
import io.jcdk.runtime.testing.TestCanisters.Options;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplicaTest {
    private static final byte[] NONE = new byte[0];
    private Replica replica;

    @BeforeEach
    void setUp() {
        replica = Replica.inMemory();
        CallResult r = replica.install("c", TestCanisters.counter(), "init!".getBytes(StandardCharsets.UTF_8),
                InstallMode.INSTALL);
        assertTrue(r.isReply(), r::describeReject);
        assertEquals(List.of("hello"), r.debugOutput());
    }

    private long counter() {
        return le64(replica.query("c", "get", NONE).reply());
    }

    private long global() {
        return le64(replica.query("c", "get_global", NONE).reply());
    }

    @Test
    void initSeesItsArgument() {
        assertEquals("init!", new String(replica.query("c", "get_init_arg", NONE).reply(), StandardCharsets.UTF_8));
    }

    @Test
    void updatesCommitHeapAndGlobals() {
        assertEquals(1, le64(replica.update("c", "inc", NONE).reply()));
        assertEquals(2, le64(replica.update("c", "inc", NONE).reply()));
        assertEquals(2, counter());
        assertEquals(2, global());
    }

    @Test
    void trapDiscardsEverythingIncludingStableMemoryAndReplyData() {
        replica.update("c", "inc", NONE);
        CallResult r = replica.update("c", "inc_trap", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertEquals("Canister called `ic0.trap` with message: 'boom'", r.rejectMessage());
        assertEquals(List.of("hello"), r.debugOutput(), "debug output of a trapped call is still shown");
        assertEquals(1, counter());
        assertEquals(1, global());
        assertEquals(0, replica.status("c").stableMemoryBytes());
    }

    @Test
    void wasmTrapsAreCanisterErrors() {
        CallResult r = replica.update("c", "div0", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertTrue(r.rejectMessage().startsWith("Canister trapped: "), r.rejectMessage());
    }

    @Test
    void memoryGrowthIsRolledBackOnTrap() {
        long before = replica.status("c").memoryBytes();
        replica.update("c", "grow_then_trap", NONE);
        assertEquals(before, replica.status("c").memoryBytes());
        assertTrue(replica.update("c", "grow", NONE).isReply());
        assertEquals(before + 65536, replica.status("c").memoryBytes());
    }

    @Test
    void rejectAndMissingReplyKeepChanges() {
        CallResult rejected = replica.update("c", "inc_reject", NONE);
        assertEquals(RejectCode.CANISTER_REJECT, rejected.rejectCode());
        assertEquals("nope", rejected.rejectMessage());
        CallResult noReply = replica.update("c", "inc_noreply", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, noReply.rejectCode());
        assertTrue(noReply.rejectMessage().endsWith("did not reply to the call"), noReply.rejectMessage());
        assertEquals(2, counter());
    }

    @Test
    void secondReplyTrapsAndDiscards() {
        CallResult r = replica.update("c", "double_reply", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertTrue(r.rejectMessage().contains("msg_reply"), r.rejectMessage());
        assertEquals(0, counter());
    }

    @Test
    void queriesNeverKeepChanges() {
        assertEquals(1, le64(replica.query("c", "query_inc", NONE).reply()));
        assertEquals(0, counter());
        // A query called as an update runs replicated and still keeps nothing.
        assertEquals(1, le64(replica.update("c", "query_inc", NONE).reply()));
        assertEquals(0, counter());
    }

    @Test
    void aPlainQueryCannotCall() {
        // call_new is not available in the RQ and NRQ contexts: only composite queries may call.
        CallResult q = replica.query("c", "call_in_query", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, q.rejectCode());
        assertEquals("Canister trapped: ic0.call_new cannot be called from a query method (context NRQ)", q.rejectMessage());
        CallResult rq = replica.update("c", "call_in_query", NONE);
        assertEquals("Canister trapped: ic0.call_new cannot be called from a query method in replicated mode "
                + "(context RQ)",
                rq.rejectMessage());
    }

    @Test
    void unknownMethodsAndWrongKinds() {
        assertEquals(RejectCode.DESTINATION_INVALID, replica.update("c", "nope", NONE).rejectCode());
        CallResult q = replica.query("c", "inc", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, q.rejectCode());
        assertTrue(q.rejectMessage().contains("update method"), q.rejectMessage());
        assertEquals(0, counter());
        assertThrows(ReplicaException.class, () -> replica.update("missing", "inc", NONE));
    }

    @Test
    void callerAndArgument() {
        Principal alice = Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai");
        assertArrayEquals(alice.toBytes(), replica.update("c", "caller", NONE, alice).reply());
        assertArrayEquals(Replica.DEFAULT_IDENTITY.toBytes(), replica.update("c", "caller", NONE).reply());
        assertArrayEquals(Principal.anonymous().toBytes(),
                replica.update("c", "caller", NONE, Principal.anonymous()).reply());
        assertArrayEquals(new byte[] {1, 2, 3}, replica.update("c", "echo", new byte[] {1, 2, 3}).reply());
    }

    @Test
    void systemApiBoundsAndContexts() {
        CallResult oob = replica.update("c", "arg_copy_oob", new byte[] {1});
        assertTrue(oob.rejectMessage().contains("ic0.msg_arg_data_copy"), oob.rejectMessage());
        CallResult ctx = replica.query("c", "accept_in_query", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, ctx.rejectCode());
        assertTrue(ctx.rejectMessage().contains("ic0.accept_message") && ctx.rejectMessage().contains("a query method"),
                ctx.rejectMessage());
    }

    @Test
    void timeIsDeterministicAndAdvances() {
        long t1 = le64(replica.update("c", "time", NONE).reply());
        long t2 = le64(replica.update("c", "time", NONE).reply());
        assertEquals(Replica.DEFAULT_START_TIME + 2 * Replica.TICK_NANOS, t1);
        assertEquals(t1 + Replica.TICK_NANOS, t2);
        replica.setTime(t2 + 1_000_000_000L);
        assertEquals(t2 + 1_000_000_000L + Replica.TICK_NANOS, le64(replica.update("c", "time", NONE).reply()));
    }

    @Test
    void upgradeKeepsStableMemoryAndDropsHeap() {
        replica.update("c", "inc", NONE);
        replica.update("c", "inc", NONE);
        long version = replica.status("c").version();
        CallResult r = replica.install("c", TestCanisters.counter(Options.plain().withMarker("v2")), NONE,
                InstallMode.UPGRADE);
        assertTrue(r.isReply(), r::describeReject);
        assertEquals("v2", new String(replica.query("c", "marker", NONE).reply(), StandardCharsets.UTF_8));
        assertEquals(2, counter(), "post_upgrade restored the counter from stable memory");
        assertEquals(0, global(), "globals start fresh");
        assertEquals("", new String(replica.query("c", "get_init_arg", NONE).reply()), "heap is fresh");
        assertEquals(version + 1, replica.status("c").version());
    }

    @Test
    void trapInPostUpgradeLeavesOldCodeAndState() {
        replica.update("c", "inc", NONE);
        long version = replica.status("c").version();
        CallResult r = replica.install("c", TestCanisters.counter(Options.plain().withMarker("v2")
                .trappingPostUpgrade()), NONE, InstallMode.UPGRADE);
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertTrue(r.rejectMessage().contains("boom"), r.rejectMessage());
        assertEquals("v1", new String(replica.query("c", "marker", NONE).reply()));
        assertEquals(1, counter());
        assertEquals(1, global());
        assertEquals("init!", new String(replica.query("c", "get_init_arg", NONE).reply()), "old heap is back");
        assertEquals(version, replica.status("c").version());
        assertEquals(0, replica.status("c").stableMemoryBytes(), "pre_upgrade's stable writes were undone");
    }

    @Test
    void trapInPreUpgradeLeavesOldCodeAndState() {
        assertTrue(replica.install("c", TestCanisters.counter(Options.plain().withMarker("v2").trappingPreUpgrade()),
                NONE, InstallMode.UPGRADE).isReply());
        replica.update("c", "inc", NONE);
        long version = replica.status("c").version();
        CallResult r = replica.install("c", TestCanisters.counter(Options.plain().withMarker("v3")), NONE,
                InstallMode.UPGRADE);
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertEquals("v2", new String(replica.query("c", "marker", NONE).reply()));
        assertEquals(1, counter());
        assertEquals(version, replica.status("c").version());
    }

    @Test
    void reinstallWipesHeapAndStableMemory() {
        replica.update("c", "inc", NONE);
        assertTrue(replica.install("c", TestCanisters.counter(Options.plain().withMarker("v2")), NONE,
                InstallMode.UPGRADE).isReply());
        assertEquals(65536, replica.status("c").stableMemoryBytes());
        assertTrue(replica.install("c", TestCanisters.counter(), NONE, InstallMode.REINSTALL).isReply());
        assertEquals(0, counter());
        assertEquals(0, replica.status("c").stableMemoryBytes());
        CallResult read = replica.query("c", "read_stable", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, read.rejectCode());
        assertTrue(read.rejectMessage().contains("ic0.stable64_read"), read.rejectMessage());
    }

    @Test
    void installTwiceOrOnMissingCanisterIsRefused() {
        assertThrows(ReplicaException.class, () -> replica.install("c", TestCanisters.counter(), NONE,
                InstallMode.INSTALL));
        assertThrows(ReplicaException.class, () -> replica.install("d", TestCanisters.counter(), NONE,
                InstallMode.UPGRADE));
        ReplicaException bad = assertThrows(ReplicaException.class, () -> replica.install("d",
                "not wasm".getBytes(), NONE, InstallMode.INSTALL));
        assertTrue(bad.getMessage().contains("not a WebAssembly module"), bad.getMessage());
        assertFalse(replica.exists("d"));
    }
}
