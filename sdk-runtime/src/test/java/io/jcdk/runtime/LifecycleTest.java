package io.jcdk.runtime;

import static io.jcdk.runtime.testing.TestCanisters.le64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.meter.InstructionLimits;
import io.jcdk.runtime.testing.TestCanisters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Controllers, stop/start/uninstall/delete, the management canister, and metering on hand-written canisters. */
class LifecycleTest {
    private static final byte[] NONE = new byte[0];
    private static final Principal ALICE = Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai");

    private static Replica installed() {
        Replica r = Replica.inMemory();
        assertTrue(r.install("c", TestCanisters.counter(), NONE, InstallMode.INSTALL).isReply());
        return r;
    }

    @Test
    void onlyControllersInstallOrUpgrade() {
        Replica r = installed();
        r.update("c", "inc", NONE);
        CallResult refused = r.install("c", TestCanisters.counter(), NONE, InstallMode.UPGRADE, ALICE);
        assertEquals(RejectCode.CANISTER_ERROR, refused.rejectCode());
        assertTrue(refused.rejectMessage().contains("Only controllers"), refused.rejectMessage());
        assertEquals(1, le64(r.query("c", "get", NONE).reply()));
        assertFalse(r.uninstall("c", ALICE).isReply());
    }

    @Test
    void stopStartUninstallDelete() {
        Replica r = installed();
        Principal me = Replica.DEFAULT_IDENTITY;
        assertTrue(r.stop("c", me).isReply());
        CallResult stopped = r.update("c", "inc", NONE);
        assertEquals(RejectCode.CANISTER_ERROR, stopped.rejectCode());
        assertTrue(stopped.rejectMessage().contains("stopped"), stopped.rejectMessage());
        assertTrue(r.start("c", me).isReply());
        assertEquals(1, le64(r.update("c", "inc", NONE).reply()));
        assertTrue(r.uninstall("c", me).isReply());
        assertTrue(r.isEmpty("c"));
        assertEquals(RejectCode.DESTINATION_INVALID, r.update("c", "inc", NONE).rejectCode());
        assertFalse(r.delete("c", me).isReply(), "a running canister cannot be deleted");
        assertTrue(r.stop("c", me).isReply());
        assertTrue(r.delete("c", me).isReply());
        assertFalse(r.exists("c"));
    }

    @Test
    void managementCanisterStatusThroughCandid() {
        Replica r = installed();
        byte[] arg = io.jcdk.candid.CandidEncoder.encodeArgs(List.of(io.jcdk.candid.IdlValue.record(
                io.jcdk.candid.IdlFieldValue.named("canister_id", io.jcdk.candid.IdlValue.principal(
                        r.canisterId("c"))))));
        CallResult s = r.callManagement("canister_status", arg, Replica.DEFAULT_IDENTITY);
        assertTrue(s.isReply(), s::describeReject);
        io.jcdk.candid.IdlValue status = CandidDecoder.decodeArgs(s.reply(),
                ManagementCanister.did().method("canister_status").get().resultTypes()).get(0);
        assertTrue(status.field("status").isVariant("running"));
        assertEquals(RejectCode.CANISTER_ERROR, r.callManagement("canister_status", arg, ALICE).rejectCode());
    }

    @Test
    void meteringIsDeterministicAndEnforced() {
        long a = installed().update("c", "inc", NONE).instructions();
        long b = installed().update("c", "inc", NONE).instructions();
        assertTrue(a > 0);
        assertEquals(a, b);
        Replica r = installed();
        r.setInstructionLimits(InstructionLimits.IC.withUpdate(50));
        CallResult over = r.update("c", "inc", NONE);
        assertTrue(over.rejectMessage().contains("instruction limit exceeded"), over.rejectMessage());
        r.setInstructionLimits(InstructionLimits.IC);
        assertEquals(0, le64(r.query("c", "get", NONE).reply()));
        r.setInstructionLimits(InstructionLimits.IC.withInstall(50));
        CallResult upgrade = r.install("c", TestCanisters.counter(), NONE, InstallMode.UPGRADE);
        assertFalse(upgrade.isReply());
        r.setInstructionLimits(InstructionLimits.IC);
        assertEquals(1, le64(r.update("c", "inc", NONE).reply()), "the old canister and its data stay");
    }
}
