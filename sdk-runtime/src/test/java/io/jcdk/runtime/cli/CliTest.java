package io.jcdk.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.runtime.testing.TestCanisters;
import io.jcdk.runtime.testing.TestCanisters.Options;
import io.jcdk.runtime.testing.WasmBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final String DID = "service : (text) -> { echo : (nat64) -> (nat64); get_init_arg : () -> (text) query;"
            + " get : () -> (blob) query; inc : () -> (blob); inc_trap : () -> (); inc_reject : () -> () }";

    @TempDir
    Path work;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true,
                StandardCharsets.UTF_8), work).run(args);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @BeforeEach
    void installCounter() throws IOException {
        Files.write(work.resolve("counter.wasm"), TestCanisters.counter(Options.plain().withCandid(DID)));
        assertEquals(0, run("install", "counter.wasm", "--name", "c", "--argument", "(\"hi\")"), err);
        assertTrue(out.startsWith("Installed c (canister id "), out);
        assertTrue(err.contains("[canister c] hello"), err);
    }

    @Test
    void callsAreTypedByTheCandidService() {
        assertEquals(0, run("call", "c", "echo", "(42)"), err);
        assertEquals("(42 : nat64)", out.strip());
        assertEquals(0, run("query", "c", "get_init_arg"), err);
        assertEquals("(\"hi\")", out.strip());
    }

    @Test
    void stateSurvivesBetweenInvocationsAndRawOutput() {
        assertEquals(0, run("call", "c", "inc", "--output", "raw"), err);
        assertEquals("0100000000000000", out.strip());
        assertEquals(0, run("call", "c", "inc", "--output", "raw"), err);
        assertEquals(0, run("query", "c", "get", "--output", "raw"), err);
        assertEquals("0200000000000000", out.strip());
        assertEquals(0, run("call", "c", "echo", "4449444c00017c2a", "--type", "raw", "--output", "raw"), err);
        assertEquals("4449444c00017c2a", out.strip());
    }

    @Test
    void listAndStatus() {
        assertEquals(0, run("list"), err);
        assertTrue(out.startsWith("c  "), out);
        assertEquals(0, run("status", "c"), err);
        assertTrue(out.contains("method: inc (update)") && out.contains("version: 1"), out);
    }

    @Test
    void rejectsAreErrors() {
        assertEquals(1, run("call", "c", "inc_trap"));
        assertOneLine(err.lines().filter(l -> l.startsWith("error:")).findFirst().orElseThrow(),
                "CANISTER_ERROR (5)", "Canister called `ic0.trap` with message: 'boom'");
        assertEquals(1, run("call", "c", "inc_reject"));
        assertTrue(err.contains("CANISTER_REJECT (4): nope"), err);
    }

    @Test
    void badInputGivesOneErrorLineAndChangesNothing() throws IOException {
        Files.write(work.resolve("text.wasm"), "not wasm".getBytes(StandardCharsets.UTF_8));
        WasmBuilder env = new WasmBuilder();
        env.importFunction("env", "print", new int[] {WasmBuilder.I32}, new int[0]);
        Files.write(work.resolve("env.wasm"), env.build());
        Map<String, String> before = snapshot();

        expectFailure(1, new String[] {"install", "text.wasm", "--name", "d"}, "not a WebAssembly module");
        expectFailure(1, new String[] {"install", "env.wasm", "--name", "d"}, "env.print");
        expectFailure(1, new String[] {"install", "missing.wasm", "--name", "d"}, "does not exist");
        expectFailure(1, new String[] {"install", "counter.wasm", "--name", "c"}, "already has a module");
        expectFailure(1, new String[] {"call", "nobody", "inc"}, "no canister named nobody");
        expectFailure(1, new String[] {"call", "c", "frob"}, "has no method frob");
        expectFailure(1, new String[] {"call", "c", "echo", "(42"}, "invalid Candid argument");
        expectFailure(1, new String[] {"call", "c", "echo", "(\"text\")"}, "invalid Candid argument");
        expectFailure(1, new String[] {"query", "c", "inc"}, "inc is an update method");
        expectFailure(1, new String[] {"call", "c", "inc", "--caller", "not-a-principal"}, "invalid --caller");
        expectFailure(1, new String[] {"call", "c", "echo", "zz", "--type", "raw"}, "not valid hex");
        expectFailure(1, new String[] {"install", "counter.wasm", "--name", "c", "--mode", "upgrade",
                "--argument", "(1, 2"}, "invalid Candid argument");
        expectFailure(2, new String[] {"frobnicate"}, "unknown command");
        expectFailure(2, new String[] {"install", "counter.wasm"}, "--name");
        expectFailure(2, new String[] {"call", "c"}, "canister name, a method");
        expectFailure(2, new String[] {"install", "counter.wasm", "--name", "x", "--mode", "sideways"},
                "install mode");
        expectFailure(2, new String[] {"list", "--bogus", "1"}, "unknown option --bogus");
        assertEquals(before, snapshot(), "no state changed");
    }

    @Test
    void upgradeAndStateDirectoryOption() {
        assertEquals(0, run("call", "c", "inc", "--output", "raw"), err);
        assertEquals(0, run("install", "counter.wasm", "--name", "c", "--mode", "upgrade", "--argument", "(\"x\")"),
                err);
        assertTrue(out.startsWith("Upgraded c"), out);
        assertEquals(0, run("query", "c", "get", "--output", "raw"), err);
        assertEquals("0100000000000000", out.strip());
        assertEquals(0, run("--state", "other", "list"), err);
        assertEquals("", out);
        assertEquals(1, run("--state", "other", "status", "c"));
    }

    @Test
    void stopStartUninstallDeleteAndTick() {
        assertEquals(0, run("stop", "c"), err);
        assertEquals("Stopped c", out.strip());
        assertEquals(1, run("call", "c", "inc", "--output", "raw"));
        assertOneLine(err.lines().filter(l -> l.startsWith("error:")).findFirst().orElseThrow(),
                "CANISTER_ERROR (5)", "is stopped");
        assertEquals(1, run("query", "c", "get", "--output", "raw"), "a stopped canister answers no queries either");
        assertTrue(err.contains("is stopped"), err);
        assertEquals(0, run("start", "c"), err);
        assertEquals(0, run("call", "c", "inc", "--output", "raw"), err);
        assertEquals(1, run("delete", "c"));
        assertTrue(err.contains("must be stopped"), err);
        assertEquals(0, run("tick"), err);
        assertEquals(0, run("uninstall", "c"), err);
        assertEquals("Uninstalled c", out.strip());
        assertEquals(1, run("call", "c", "inc"));
        assertTrue(err.contains("is empty"), err);
        assertEquals(0, run("stop", "c"), err);
        assertEquals(0, run("delete", "c"), err);
        assertEquals("Deleted c", out.strip());
        assertEquals(0, run("list"), err);
        assertEquals("", out);
        assertEquals(1, run("call", "c", "inc"));
        assertTrue(err.contains("no canister named c"), err);
    }

    @Test
    void managementCanisterStatusFromTheCommandLine() {
        assertEquals(0, run("status", "c"), err);
        String id = out.lines().filter(l -> l.startsWith("canister id: ")).findFirst()
                .map(l -> l.substring("canister id: ".length()).strip())
                .orElseThrow(() -> new AssertionError(out));
        assertEquals(0, run("call", "aaaaa-aa", "canister_status", "(record { canister_id = principal \"" + id
                + "\" })"), err);
        assertTrue(out.contains("status = variant { running }") && out.contains("module_hash = opt blob"), out);
        assertEquals(1, run("call", "aaaaa-aa", "canister_status", "(record { canister_id = principal \"" + id
                + "\" })", "--caller", "anonymous"));
        assertTrue(err.contains("CANISTER_ERROR") || err.contains("controller"), err);
    }

    @Test
    void skipPreUpgrade() {
        assertEquals(0, run("call", "c", "inc", "--output", "raw"), err);
        // pre_upgrade saves the counter to stable memory, post_upgrade reads it back: without pre_upgrade the
        // stable memory is empty and post_upgrade's read traps, so the upgrade fails and nothing changes.
        assertEquals(1, run("install", "counter.wasm", "--name", "c", "--mode", "upgrade", "--argument", "(\"x\")",
                "--skip-pre-upgrade"));
        assertTrue(err.contains("the canister is unchanged") && err.contains("stable64_read"), err);
        assertEquals(0, run("install", "counter.wasm", "--name", "c", "--mode", "upgrade", "--argument", "(\"x\")"),
                err);
        assertEquals(0, run("call", "c", "inc", "--output", "raw"), err);
        assertEquals("0200000000000000", out.strip());
        // Now stable memory holds 1 (from the last pre_upgrade): skipping pre_upgrade brings back 1, not 2.
        assertEquals(0, run("install", "counter.wasm", "--name", "c", "--mode", "upgrade", "--argument", "(\"x\")",
                "--skip-pre-upgrade"), err);
        assertEquals(0, run("query", "c", "get", "--output", "raw"), err);
        assertEquals("0100000000000000", out.strip());
        assertEquals(2, run("install", "counter.wasm", "--name", "z", "--skip-pre-upgrade"));
        assertTrue(err.contains("--mode upgrade only"), err);
    }

    /** A module marked for enhanced orthogonal persistence: inc adds one to heap[0], get returns it. */
    private static byte[] eopCounter() {
        WasmBuilder b = new WasmBuilder();
        int append = b.importIc0("msg_reply_data_append");
        int reply = b.importIc0("msg_reply");
        b.memory(1, 16);
        b.function("canister_update inc", c -> c.i32(0).i32(0).i64Load(0).i64(1).i64Add().i64Store(0)
                .i32(0).i32(8).call(append).call(reply));
        b.function("canister_query get", c -> c.i32(0).i32(8).call(append).call(reply));
        b.custom("icp:private enhanced-orthogonal-persistence", new byte[0]);
        return b.build();
    }

    @Test
    void wasmMemoryPersistence() throws IOException {
        Files.write(work.resolve("eop.wasm"), eopCounter());
        assertEquals(0, run("install", "eop.wasm", "--name", "e"), err);
        assertEquals(0, run("call", "e", "inc", "--output", "raw"), err);
        assertEquals(0, run("call", "e", "inc", "--output", "raw"), err);
        assertEquals(1, run("install", "eop.wasm", "--name", "e", "--mode", "upgrade"));
        assertTrue(err.contains("wasm_memory_persistence"), err);
        assertEquals(0, run("install", "eop.wasm", "--name", "e", "--mode", "upgrade", "--wasm-memory-persistence",
                "keep"), err);
        assertEquals(0, run("query", "e", "get", "--output", "raw"), err);
        assertEquals("0200000000000000", out.strip(), "the heap was kept");
        assertEquals(0, run("install", "eop.wasm", "--name", "e", "--mode", "upgrade", "--wasm-memory-persistence",
                "replace"), err);
        assertEquals(0, run("query", "e", "get", "--output", "raw"), err);
        assertEquals("0000000000000000", out.strip(), "the heap was replaced");
        assertEquals(1, run("install", "counter.wasm", "--name", "c", "--mode", "upgrade",
                "--wasm-memory-persistence", "keep"));
        assertTrue(err.contains("enhanced-orthogonal-persistence"), err);
        assertEquals(2, run("install", "eop.wasm", "--name", "e", "--mode", "upgrade", "--wasm-memory-persistence",
                "sometimes"));
    }

    @Test
    void profileFlagPrintsTheTopFunctions() {
        assertEquals(0, run("call", "c", "inc", "--output", "raw"), err);
        String instructions = err.lines().filter(l -> l.startsWith("[instructions: ")).findFirst().orElseThrow();
        long count = Long.parseLong(instructions.replaceAll("[^0-9]", ""));
        assertEquals(0, run("call", "c", "inc", "--output", "raw", "--profile"), err);
        assertEquals("0200000000000000", out.strip(), "the reply alone on stdout");
        assertTrue(err.contains("[instructions: " + count + "]"), "profiling changes no count: " + err);
        assertTrue(err.contains("[profile: " + count + " instructions in "), err);
        java.util.List<String> rows = err.lines().filter(l -> l.matches(" *\\d+ +\\d+\\.\\d\\d%  .+")).toList();
        assertTrue(rows.size() >= 3, err);
        assertEquals(count, rows.stream().mapToLong(l -> Long.parseLong(l.strip().split(" +")[0])).sum(), err);
        assertTrue(rows.stream().anyMatch(l -> l.endsWith("%  ic0.msg_reply")), err);
        assertTrue(rows.stream().anyMatch(l -> l.matches(".*%  func\\[\\d+\\]")), "no name section: " + err);
        assertEquals(0, run("query", "c", "get", "--output", "raw", "--profile=true"), err);
        assertTrue(err.contains("[profile: "), err);
        assertEquals(0, run("call", "c", "inc", "--output", "raw", "--profile=false"), err);
        assertTrue(!err.contains("[profile: "), err);
        assertEquals(0, run("install", "counter.wasm", "--name", "c", "--mode", "upgrade", "--profile"), err);
        assertTrue(err.contains("[profile: "), err);
        expectFailure(2, new String[] {"call", "c", "inc", "--profile=yes"}, "--profile takes true or false");
        expectFailure(2, new String[] {"status", "c", "--profile"}, "option --profile does not apply to status");
    }

    private void expectFailure(int code, String[] args, String fragment) {
        assertEquals(code, run(args), () -> String.join(" ", args) + " -> " + out + err);
        assertOneLine(err.strip(), fragment);
        assertEquals("", out, String.join(" ", args));
    }

    private static void assertOneLine(String line, String... fragments) {
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("error: "), line);
        for (String f : fragments) {
            assertTrue(line.contains(f), line + " should contain " + f);
        }
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(work.resolve(".jcdk"))) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(work.relativize(p).toString(), Integer.toHexString(java.util.Arrays.hashCode(
                            Files.readAllBytes(p))));
                }
            }
        }
        return files;
    }
}
