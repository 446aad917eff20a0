package io.jcdk.examples.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * The asset canister built by {@code mvn package} ({@code target/asset-storage.wasm}), on the bundled replica,
 * called with Candid typed by {@code target/asset-storage.did}. Every test runs twice: as it is, and with an upgrade
 * to the same module between setting state up and checking it. Users survive an upgrade; assets do not (as in the
 * IC guide's Rust canister).
 */
class AssetStorageIT {
    enum Upgrade {
        WITHOUT_UPGRADE, WITH_UPGRADE
    }

    private static final Principal OWNER = Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai");
    private static final Principal ALICE = Principal.fromText("ryjl3-tyaaa-aaaaa-aaaba-cai");
    private static final Principal STRANGER = Principal.fromText("aaaaa-aa");
    private static final String NOT_A_USER = "Store can only be set by the owner of the asset canister.";
    private static byte[] wasm;
    private static DidFile did;

    private Replica replica;

    @BeforeAll
    static void loadModule() throws Exception {
        wasm = Files.readAllBytes(Path.of("target/asset-storage.wasm"));
        did = DidFile.parse(Files.readString(Path.of("target/asset-storage.did")));
    }

    private void install() {
        replica = Replica.inMemory();
        CallResult r = replica.install("assets", wasm, encode("()", List.of()), InstallMode.INSTALL, OWNER);
        assertTrue(r.isReply(), r::describeReject);
    }

    private void maybeUpgrade(Upgrade upgrade) {
        if (upgrade == Upgrade.WITH_UPGRADE) {
            CallResult r = replica.install("assets", wasm, encode("()", List.of()), InstallMode.UPGRADE, OWNER);
            assertTrue(r.isReply(), r::describeReject);
        }
    }

    private CallResult send(String method, String args, Principal caller) {
        DidMethod m = did.method(method).orElseThrow();
        byte[] arg = encode(args, m.argTypes());
        return m.isQuery() ? replica.query("assets", method, arg, caller)
                : replica.update("assets", method, arg, caller);
    }

    private String call(String method, String args, Principal caller) {
        CallResult r = send(method, args, caller);
        assertTrue(r.isReply(), r::describeReject);
        List<IdlType> types = did.method(method).orElseThrow().resultTypes();
        return CandidText.print(CandidDecoder.decodeArgs(r.reply(), types), types);
    }

    private static byte[] encode(String text, List<IdlType> types) {
        List<IdlValue> values = CandidText.parseArgs(text, types);
        return CandidEncoder.encodeArgs(types, values);
    }

    private void assertRejectedAsNotAUser(CallResult r) {
        assertFalse(r.isReply());
        assertEquals(RejectCode.CANISTER_REJECT, r.rejectCode());
        assertEquals(NOT_A_USER, r.rejectMessage());
    }

    private void assertNotFound(String path) {
        CallResult r = send("retrieve", "(\"" + path + "\")", STRANGER);
        assertFalse(r.isReply());
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertTrue(r.rejectMessage().contains("Path " + path + " not found."), r.rejectMessage());
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void theInstallerStoresAndAnyoneRetrievesUntilAnUpgrade(Upgrade upgrade) {
        install();
        call("store", "(\"/index.html\", blob \"<h1>Hi</h1>\")", OWNER);
        maybeUpgrade(upgrade);
        if (upgrade == Upgrade.WITH_UPGRADE) {
            assertNotFound("/index.html"); // assets live on the heap, which an upgrade discards
        } else {
            assertEquals("(blob \"<h1>Hi</h1>\")", call("retrieve", "(\"/index.html\")", STRANGER));
        }
        call("store", "(\"/index.html\", blob \"<h1>Hello</h1>\")", OWNER);
        assertEquals("(blob \"<h1>Hello</h1>\")", call("retrieve", "(\"/index.html\")", STRANGER));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void aMissingPathTraps(Upgrade upgrade) {
        install();
        call("store", "(\"/a\", blob \"a\")", OWNER);
        maybeUpgrade(upgrade);
        assertNotFound("/b");
        assertNotFound("");
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void strangersCannotStoreOrAddUsers(Upgrade upgrade) {
        install();
        call("store", "(\"/a\", blob \"kept\")", OWNER);
        maybeUpgrade(upgrade);
        assertRejectedAsNotAUser(send("store", "(\"/a\", blob \"evil\")", STRANGER));
        assertRejectedAsNotAUser(send("add_user", "(principal \"" + STRANGER + "\")", STRANGER));
        assertRejectedAsNotAUser(send("store", "(\"/a\", blob \"evil\")", STRANGER)); // still not a user
        if (upgrade == Upgrade.WITHOUT_UPGRADE) {
            assertEquals("(blob \"kept\")", call("retrieve", "(\"/a\")", STRANGER));
        } else {
            assertNotFound("/a");
        }
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void addedUsersAreKeptAcrossUpgrades(Upgrade upgrade) {
        install();
        assertRejectedAsNotAUser(send("store", "(\"/alice\", blob \"x\")", ALICE));
        call("add_user", "(principal \"" + ALICE + "\")", OWNER);
        maybeUpgrade(upgrade);
        call("store", "(\"/alice\", blob \"by alice\")", ALICE);
        assertEquals("(blob \"by alice\")", call("retrieve", "(\"/alice\")", OWNER));
        // a user may add users too, and the installer stays one
        call("add_user", "(principal \"" + STRANGER + "\")", ALICE);
        call("store", "(\"/owner\", blob \"by owner\")", OWNER);
        call("store", "(\"/stranger\", blob \"\")", STRANGER);
        assertEquals("(blob \"\")", call("retrieve", "(\"/stranger\")", ALICE));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void usersSurviveTwoUpgrades(Upgrade upgrade) {
        install();
        call("add_user", "(principal \"" + ALICE + "\")", OWNER);
        maybeUpgrade(upgrade);
        maybeUpgrade(Upgrade.WITH_UPGRADE);
        call("store", "(\"/a\", blob \"a\")", ALICE);
        call("store", "(\"/o\", blob \"o\")", OWNER);
        assertRejectedAsNotAUser(send("store", "(\"/s\", blob \"s\")", STRANGER));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void aLargeAssetRoundTrips(Upgrade upgrade) {
        install();
        maybeUpgrade(upgrade);
        byte[] big = new byte[1 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >> 8));
        }
        List<IdlType> storeArgs = did.method("store").orElseThrow().argTypes();
        CallResult stored = replica.update("assets", "store",
                CandidEncoder.encodeArgs(storeArgs, List.of(IdlValue.text("/big.bin"), IdlValue.blob(big))), OWNER);
        assertTrue(stored.isReply(), stored::describeReject);
        CallResult r = send("retrieve", "(\"/big.bin\")", STRANGER);
        assertTrue(r.isReply(), r::describeReject);
        List<IdlValue> values = CandidDecoder.decodeArgs(r.reply(), did.method("retrieve").orElseThrow().resultTypes());
        assertArrayEquals(big, values.get(0).asBlob());
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void aRejectedOrTrappedCallChangesNothing(Upgrade upgrade) {
        install();
        call("store", "(\"/a\", blob \"first\")", OWNER);
        maybeUpgrade(upgrade);
        call("store", "(\"/a\", blob \"second\")", OWNER);
        assertRejectedAsNotAUser(send("store", "(\"/a\", blob \"third\")", STRANGER));
        // calling the query as an update runs the same code; the trap rolls it back
        CallResult r = replica.update("assets", "retrieve", encode("(\"/none\")", List.of(IdlType.TEXT)), OWNER);
        assertFalse(r.isReply());
        assertEquals("(blob \"second\")", call("retrieve", "(\"/a\")", STRANGER));
    }
}
