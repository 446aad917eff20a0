package io.jcdk.examples.showcase;

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
 * The showcase built by {@code mvn package} ({@code target/types-showcase.wasm}), on the bundled replica. Arguments
 * are textual Candid typed by the generated .did, replies are printed the same way. Every test runs twice: as it is,
 * and with an upgrade between setting state up and checking it, so the {@code @Stable} fields of every type must
 * survive.
 */
class ShowcaseIT {
    enum Upgrade {
        WITHOUT_UPGRADE, WITH_UPGRADE
    }

    private static final Principal USER = Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai");
    private static final String ADA = "record { name = \"Ada\"; age = 36; tags = vec { \"math\"; \"engines\" };"
            + " email = opt \"ada@example.org\"; role = variant { ADMIN }; avatar = blob \"\\01\\02\" }";
    private static final String BOB = "record { name = \"Bob\"; age = 7; tags = vec { \"engines\" }; email = null;"
            + " role = variant { member }; avatar = blob \"\" }";
    private static byte[] wasm;
    private static DidFile did;

    private Replica replica;

    @BeforeAll
    static void loadModule() throws Exception {
        wasm = Files.readAllBytes(Path.of("target/types-showcase.wasm"));
        did = DidFile.parse(Files.readString(Path.of("target/types-showcase.did")));
    }

    private void install() {
        replica = Replica.inMemory();
        CallResult r = replica.install("showcase", wasm, encode("()", List.of()), InstallMode.INSTALL, USER);
        assertTrue(r.isReply(), r::describeReject);
    }

    private void maybeUpgrade(Upgrade upgrade) {
        if (upgrade == Upgrade.WITH_UPGRADE) {
            CallResult r = replica.install("showcase", wasm, encode("()", List.of()), InstallMode.UPGRADE, USER);
            assertTrue(r.isReply(), r::describeReject);
        }
    }

    private CallResult send(String method, byte[] arg) {
        DidMethod m = did.method(method).orElseThrow();
        return m.isQuery() ? replica.query("showcase", method, arg, USER)
                : replica.update("showcase", method, arg, USER);
    }

    /** Calls with a textual argument list typed by the .did; returns the printed reply. */
    private String call(String method, String args) {
        DidMethod m = did.method(method).orElseThrow();
        CallResult r = send(method, encode(args, m.argTypes()));
        assertTrue(r.isReply(), r::describeReject);
        return CandidText.print(CandidDecoder.decodeArgs(r.reply(), m.resultTypes()), m.resultTypes());
    }

    private static byte[] encode(String text, List<IdlType> types) {
        List<IdlValue> values = CandidText.parseArgs(text, types, did);
        return CandidEncoder.encodeArgs(types, values);
    }

    private void seed() {
        call("putProfile", "(" + ADA + ")");
        call("putProfile", "(" + BOB + ")");
        call("addShape", "(variant { Circle = record { radius = 1.5 } })");
        call("addShape", "(variant { rectangle = record { width = 2.0; height = 3.0 } })");
        call("addShape", "(variant { Dot })");
        call("setTree", "(record { label = \"a\"; children = vec { record { label = \"b\"; children = vec {} };"
                + " record { label = \"c\"; children = vec { record { label = \"d\"; children = vec {} } } } } })");
        call("addToTotal", "(100_000_000_000_000_000_000)");
        call("configure", "(record { theme = \"dark\"; fontSize = 14; motto = opt \"Keep going\" })");
        call("note", "(opt \"remember\")");
    }

    private static final String ADA_OUT = "record { age = 36 : nat8; name = \"Ada\"; role = variant { ADMIN };"
            + " tags = vec { \"math\"; \"engines\" }; email = opt \"ada@example.org\"; avatar = blob \"\\01\\02\" }";
    private static final String BOB_OUT = "record { age = 7 : nat8; name = \"Bob\"; role = variant { member };"
            + " tags = vec { \"engines\" }; email = null; avatar = blob \"\" }";

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void recordsOptionalsEnumsAndMaps(Upgrade upgrade) {
        install();
        assertEquals("(null)", call("putProfile", "(" + ADA + ")"));
        call("putProfile", "(" + BOB + ")");
        maybeUpgrade(upgrade);
        assertEquals("(opt " + ADA_OUT + ")", call("getProfile", "(\"Ada\")"));
        assertEquals("(null)", call("getProfile", "(\"Nobody\")"));
        assertEquals("(opt " + BOB_OUT + ")", call("putProfile", "(" + BOB + ")"));
        assertEquals("(vec { record { \"engines\"; 2 : nat64 }; record { \"math\"; 1 : nat64 } })",
                call("tagCounts", "()"));
        assertEquals("(vec { variant { ADMIN }; variant { member }; variant { GUEST } })", call("roles", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void severalArgumentsAndAGenericRecord(Upgrade upgrade) {
        install();
        call("putProfile", "(" + ADA + ")");
        call("putProfile", "(" + BOB + ")");
        maybeUpgrade(upgrade);
        assertEquals("(record { total = 2 : nat64; items = vec { " + BOB_OUT + " } })", call("listProfiles", "(1, 10)"));
        assertEquals("(record { total = 2 : nat64; items = vec { " + ADA_OUT + " } })", call("listProfiles", "(0, 1)"));
        assertEquals("(record { age = 255 : nat8; name = \"Cy\"; role = variant { GUEST }; tags = vec { \"x\" };"
                + " email = null; avatar = blob \"\" })",
                call("makeProfile", "(\"Cy\", 255, vec { \"x\" }, null, variant { GUEST })"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void sealedVariants(Upgrade upgrade) {
        install();
        assertEquals("(null)", call("largest", "()"));
        seed();
        maybeUpgrade(upgrade);
        assertEquals("(vec { variant { Circle = record { radius = 1.5 } };"
                + " variant { rectangle = record { height = 3.0; width = 2.0 } }; variant { Dot } })",
                call("shapes", "()"));
        assertEquals("(7.0)", call("area", "(variant { rectangle = record { width = 2.0; height = 3.5 } })"));
        assertEquals("(0.0)", call("area", "(variant { Dot })"));
        assertEquals("(opt variant { Circle = record { radius = 1.5 } })", call("largest", "()"));
        assertEquals("(4 : nat64)", call("addShape", "(variant { Dot })"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void recursiveTypes(Upgrade upgrade) {
        install();
        assertEquals("(record { label = \"root\"; children = vec {} })", call("tree", "()"));
        seed();
        maybeUpgrade(upgrade);
        assertEquals("(record { label = \"a\"; children = vec { record { label = \"b\"; children = vec {} };"
                + " record { label = \"c\"; children = vec { record { label = \"d\"; children = vec {} } } } } })",
                call("tree", "()"));
        assertEquals("(vec { \"a\"; \"b\"; \"c\"; \"d\" })", call("labels", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void blobsBigIntegersTuplesClassesAndNullables(Upgrade upgrade) {
        install();
        assertEquals("(0 : nat64, 0 : nat64, 0 : int)", call("stats", "()"));
        assertEquals("(record { motto = null; theme = \"light\"; fontSize = 12 : nat32 })", call("settings", "()"));
        assertEquals("(null)", call("lastNote", "()"));
        seed();
        maybeUpgrade(upgrade);
        assertEquals("(blob \"cba\\03\\02\\01\")", call("reverse", "(blob \"\\01\\02\\03abc\")"));
        assertEquals("(100000000000000000001 : int)", call("addToTotal", "(1)"));
        assertEquals("(2 : nat64, 3 : nat64, 100000000000000000001 : int)", call("stats", "()"));
        assertEquals("(record { motto = opt \"Keep going\"; theme = \"dark\"; fontSize = 14 : nat32 })",
                call("settings", "()"));
        assertEquals("(opt \"remember\")", call("lastNote", "()"));
        call("note", "(null)");
        assertEquals("(null)", call("lastNote", "()"));
    }

    @ParameterizedTest
    @EnumSource(Upgrade.class)
    void aMistypedFieldIsAnIdlErrorThatNamesItAndChangesNothing(Upgrade upgrade) {
        install();
        call("putProfile", "(" + ADA + ")");
        maybeUpgrade(upgrade);
        // Typed by the values alone: the name is a nat here (and the rest as the .did has it).
        byte[] wrong = CandidEncoder.encodeArgs(CandidText.parseArgs("(record { name = 42; age = 36 : nat8;"
                + " tags = vec { \"x\" }; email = null; role = variant { GUEST }; avatar = blob \"\" })"));
        CallResult r = send("putProfile", wrong);
        assertFalse(r.isReply());
        assertEquals(RejectCode.CANISTER_ERROR, r.rejectCode());
        assertTrue(r.rejectMessage().contains("IDL error: argument 1, record field \"name\": expected text, got nat"),
                r.rejectMessage());
        assertTrue(r.rejectMessage().contains("canister_update putProfile"), r.rejectMessage());
        // A wrong case of a variant, deep inside a vector.
        byte[] badCase = CandidEncoder.encodeArgs(CandidText.parseArgs(
                "(record { label = \"x\"; children = vec { record { label = \"y\"; children = true } } })"));
        r = send("setTree", badCase);
        assertFalse(r.isReply());
        assertTrue(r.rejectMessage().contains("IDL error"), r.rejectMessage());
        assertTrue(r.rejectMessage().contains("record field \"children\""), r.rejectMessage());
        // Bytes that are not Candid at all.
        r = send("addShape", new byte[] {'D', 'I', 'D', 'L', 9, 9});
        assertFalse(r.isReply());
        assertTrue(r.rejectMessage().contains("IDL error"), r.rejectMessage());
        // Nothing changed, and the canister keeps answering.
        assertEquals("(opt " + ADA_OUT + ")", call("getProfile", "(\"Ada\")"));
        assertEquals("(record { label = \"root\"; children = vec {} })", call("tree", "()"));
        assertEquals("(vec {})", call("shapes", "()"));
    }
}
