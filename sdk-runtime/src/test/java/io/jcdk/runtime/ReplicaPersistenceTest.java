package io.jcdk.runtime;

import static io.jcdk.runtime.testing.TestCanisters.le64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.runtime.state.StateException;
import io.jcdk.runtime.testing.TestCanisters;
import io.jcdk.runtime.testing.TestCanisters.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicaPersistenceTest {
    private static final byte[] NONE = new byte[0];

    @TempDir
    Path dir;

    @Test
    void stateSurvivesBetweenReplicaInstances() {
        Replica first = Replica.open(dir);
        assertTrue(first.install("c", TestCanisters.counter(), "arg".getBytes(), InstallMode.INSTALL).isReply());
        first.update("c", "inc", NONE);
        first.update("c", "inc", NONE);
        first.update("c", "inc_trap", NONE);

        Replica second = Replica.open(dir);
        assertEquals(List.of("c"), second.list());
        assertEquals(2, le64(second.query("c", "get", NONE).reply()), "heap came back");
        assertEquals(2, le64(second.query("c", "get_global", NONE).reply()), "globals came back");
        assertEquals("arg", new String(second.query("c", "get_init_arg", NONE).reply()));
        assertEquals(first.status("c").version(), second.status("c").version());
        assertEquals(first.status("c").id(), second.status("c").id());
        assertTrue(second.time() >= first.time(), "time never goes back");

        assertTrue(second.install("c", TestCanisters.counter(Options.plain().withMarker("v2")), NONE,
                InstallMode.UPGRADE).isReply());
        Replica third = Replica.open(dir);
        assertEquals("v2", new String(third.query("c", "marker", NONE).reply()));
        assertEquals(2, le64(third.query("c", "get", NONE).reply()), "restored from stable memory by post_upgrade");
        assertEquals(65536, third.status("c").stableMemoryBytes());
        assertEquals(3, le64(third.update("c", "inc", NONE).reply()));
    }

    @Test
    void queriesWriteNoCanisterStateAndTrapsKeepOnlyTheirFee() throws Exception {
        Replica r = Replica.open(dir);
        r.install("c", TestCanisters.counter(), NONE, InstallMode.INSTALL);
        Path current = dir.resolve("canisters/c/current");
        String before = Files.readString(current);
        r.query("c", "query_inc", NONE);
        assertEquals(before, Files.readString(current));
        java.math.BigInteger cycles = r.status("c").cycles();
        r.update("c", "inc_trap", NONE);
        r.update("c", "query_inc", NONE);
        Replica again = Replica.open(dir);
        assertEquals(0, le64(again.query("c", "get", NONE).reply()));
        assertTrue(again.status("c").cycles().compareTo(cycles) < 0, "a trapped message still pays for its work");
    }

    @Test
    void corruptStateIsAClearError() throws Exception {
        Replica r = Replica.open(dir);
        r.install("c", TestCanisters.counter(), NONE, InstallMode.INSTALL);
        r.update("c", "inc", NONE);
        Path pages = newestPageFile(dir.resolve("canisters/c"));
        Files.write(pages, new byte[10]);
        StateException e = assertThrows(StateException.class, () -> Replica.open(dir).query("c", "get", NONE));
        assertTrue(e.getMessage().contains(pages.getFileName().toString()) && e.getMessage().contains("truncated"),
                e.getMessage());

        Files.writeString(dir.resolve("replica.properties"), "format=1\ntime=soon\n");
        StateException p = assertThrows(StateException.class, () -> Replica.open(dir));
        assertTrue(p.getMessage().contains("replica.properties"), p.getMessage());
    }

    /** A canister with a heap of {@code pages} pages, each written once at init, whose inc writes one page. */
    static byte[] bigHeapCounter(int pages) {
        io.jcdk.runtime.testing.WasmBuilder b = new io.jcdk.runtime.testing.WasmBuilder();
        int append = b.importIc0("msg_reply_data_append");
        int reply = b.importIc0("msg_reply");
        b.memory(pages, 4096);
        b.function("canister_init", c -> {
            for (int p = 1; p < pages; p++) {
                c.i32((long) p * 65536).i64(p).i64Store(0);
            }
        });
        b.function("canister_update inc", c -> {
            c.i32(0).i32(0).i64Load(0).i64(1).i64Add().i64Store(0);
            c.i32(0).i32(8).call(append).call(reply);
        });
        b.function("canister_query sum", c -> { // mem[8] = the sum of the first words of pages 1..n-1
            c.i32(8).i64(0);
            for (int p = 1; p < pages; p++) {
                c.i32((long) p * 65536).i64Load(0).i64Add();
            }
            c.i64Store(0);
            c.i32(8).i32(8).call(append).call(reply);
        });
        return b.build();
    }

    @Test
    void anUpdateSavesOnlyThePagesItWroteAndDeltasAreCompacted() throws Exception {
        int pages = 96; // 6 MiB
        Replica r = Replica.open(dir);
        assertTrue(r.install("big", bigHeapCounter(pages), NONE, InstallMode.INSTALL).isReply());
        Path canister = dir.resolve("canisters/big");
        long base = Files.size(newestPageFile(canister));
        assertTrue(base > (pages - 1) * 65536L, "the install writes every non-zero page: " + base);
        for (int i = 1; i <= 30; i++) {
            assertEquals(i, le64(r.update("big", "inc", NONE).reply()));
            long delta = Files.size(newestPageFile(canister));
            assertTrue(delta < 2 * 65536, "update " + i + " wrote " + delta + " bytes");
            try (var files = Files.list(canister)) {
                long pageFiles = files.filter(f -> f.getFileName().toString().endsWith(".pages")).count();
                assertTrue(pageFiles <= 1 + io.jcdk.runtime.state.StateStore.MAX_DELTAS, pageFiles + " page files");
            }
        }
        // A new process (like the next CLI command) continues with deltas, on the state it loaded.
        Replica next = Replica.open(dir);
        assertEquals(31, le64(next.update("big", "inc", NONE).reply()));
        assertTrue(Files.size(newestPageFile(canister)) < 2 * 65536);
        Replica last = Replica.open(dir);
        assertEquals(32, le64(last.update("big", "inc", NONE).reply()));
        assertEquals((long) pages * (pages - 1) / 2, le64(last.query("big", "sum", NONE).reply()));
    }

    /** The page file of the committed version (page files are named after the version that wrote them). */
    static Path newestPageFile(Path canisterDir) throws java.io.IOException {
        String version = Files.readString(canisterDir.resolve("current")).trim();
        return canisterDir.resolve("s" + version.substring(1) + ".pages");
    }
}
