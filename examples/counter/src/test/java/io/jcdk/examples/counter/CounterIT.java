package io.jcdk.examples.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.CandidText;
import io.jcdk.candid.DidFile;
import io.jcdk.candid.DidMethod;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.RejectCode;
import io.jcdk.runtime.Replica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The counter built by {@code mvn package} ({@code target/counter.wasm}), on the bundled replica. Every test runs
 * twice, as the IC's guidance asks: once as it is, and once with an upgrade to the same module between setting
 * state up and checking it.
 */
class CounterIT {
    enum Upgrade {
        WITHOUT_UPGRADE, WITH_UPGRADE
    }

    private static final Principal OWNER = Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai");
    private static final Principal STRANGER = Principal.fromText("aaaaa-aa");
    private static byte[] wasm;
    private static DidFile did;

    private Replica replica;

    @BeforeAll
    static void loadModule() throws Exception {
        wasm = Files.readAllBytes(Path.of("target/counter.wasm"));
        did = DidFile.parse(Files.readString(Path.of("target/counter.did")));
    }

    private void install(String greeting) {
        replica = Replica.inMemory();
        CallResult r = replica.install("counter", wasm, encode("(\"" + greeting + "\")", did.initArgs()),
                InstallMode.INSTALL, OWNER);
        assertTrue(r.isReply(), r::describeReject);
    }

    private void maybeUpgrade(Upgrade upgrade) {
        if (upgrade == Upgrade.WITH_UPGRADE) {
            CallResult r = replica.install("counter", wasm, encode("()", List.of()), InstallMode.UPGRADE, OWNER);
            assertTrue(r.isReply(), r::describeReject);
        }
    }

    private String call(String method, String args, Principal caller) {
        DidMethod m = did.method(method).orElseThrow();
        byte[] arg = encode(args, m.argTypes());
        CallResult r = m.isQuery() ? replica.query("counter", method, arg, caller)
                : replica.update("counter", method, arg, caller);
        assertTrue(r.isReply(), r::describeReject);
        return CandidText.print(CandidDecoder.decodeArgs(r.reply(), m.resultTypes()), m.resultTypes());
    }

    private String call(String method, String args) {
        return call(method, args, OWNER);
    }

    private static byte[] encode(String text, List<IdlType> types) {
        List<IdlValue> values = CandidText.parseArgs(text, types);
        return CandidEncoder.encodeArgs(types, values);
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void theCountIsKept(Upgrade upgrade) {
        install("Hello");
        assertEquals("(1 : nat64)", call("inc", "()"));
        assertEquals("(41 : nat64)", call("add", "(40)"));
        maybeUpgrade(upgrade);
        assertEquals("(41 : nat64)", call("get", "()"));
        assertEquals("(42 : nat64)", call("inc", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void theOwnerAndGreetingAreKept(Upgrade upgrade) {
        install("Bonjour");
        call("set_greeting", "(\"Salut\")");
        maybeUpgrade(upgrade);
        assertEquals("(principal \"" + OWNER + "\")", call("owner", "()"));
        assertEquals("(\"Salut, Ada! The count is 0.\")", call("greet", "(\"Ada\")"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void thePlainFieldStartsAgainAfterAnUpgrade(Upgrade upgrade) {
        install("Hello");
        call("inc", "()");
        call("inc", "()");
        maybeUpgrade(upgrade);
        assertEquals(upgrade == Upgrade.WITH_UPGRADE ? "(0 : nat64)" : "(2 : nat64)",
                call("calls_since_upgrade", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void theGuardRejectsStrangersAndChangesNothing(Upgrade upgrade) {
        install("Hello");
        call("inc", "()");
        maybeUpgrade(upgrade);
        CallResult r = replica.update("counter", "inc", encode("()", List.of()), STRANGER);
        assertFalse(r.isReply());
        assertEquals(RejectCode.CANISTER_REJECT, r.rejectCode());
        assertTrue(r.rejectMessage().contains("only the owner"), r.rejectMessage());
        assertEquals("(1 : nat64)", call("get", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void aMistypedArgumentTrapsWithAnIdlErrorAndChangesNothing(Upgrade upgrade) {
        install("Hello");
        call("inc", "()");
        maybeUpgrade(upgrade);
        byte[] text = CandidEncoder.encodeArgs(List.of(IdlType.TEXT), List.of(IdlValue.text("forty")));
        CallResult r = replica.update("counter", "add", text, OWNER);
        assertFalse(r.isReply());
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertTrue(r.rejectMessage().contains("IDL error"), r.rejectMessage());
        assertTrue(r.rejectMessage().contains("canister_update add"), r.rejectMessage());
        assertEquals("(1 : nat64)", call("get", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void aFailedUpgradeLeavesTheOldCanisterAndItsHeapInPlace(Upgrade upgrade) {
        install("Hello");
        call("inc", "()");
        maybeUpgrade(upgrade);
        call("inc", "()");
        // Not Candid: the new code's post_upgrade traps while decoding it, so the whole upgrade is rolled back.
        CallResult r = replica.install("counter", wasm, new byte[] {'n', 'o', 'p', 'e'}, InstallMode.UPGRADE, OWNER);
        assertFalse(r.isReply());
        assertTrue(r.rejectMessage().contains("canister_post_upgrade"), r.rejectMessage());
        assertEquals("(2 : nat64)", call("get", "()"));
        // The heap is the old one: an upgrade that had happened would have reset this plain field.
        assertEquals(upgrade == Upgrade.WITH_UPGRADE ? "(1 : nat64)" : "(2 : nat64)",
                call("calls_since_upgrade", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void queriesDiscardTheirChanges(Upgrade upgrade) {
        install("Hello");
        call("inc", "()");
        maybeUpgrade(upgrade);
        CallResult asUpdate = replica.update("counter", "get", encode("()", List.of()), OWNER);
        assertTrue(asUpdate.isReply(), asUpdate::describeReject);
        assertEquals("(1 : nat64)", call("get", "()"));
    }
}
