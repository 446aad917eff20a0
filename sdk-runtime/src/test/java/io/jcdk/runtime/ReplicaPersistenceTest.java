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
        Path heap = dir.resolve("canisters/c").resolve(Files.readString(dir.resolve("canisters/c/current")).trim())
                .resolve("heap.bin");
        Files.write(heap, new byte[10]);
        StateException e = assertThrows(StateException.class, () -> Replica.open(dir).query("c", "get", NONE));
        assertTrue(e.getMessage().contains("heap.bin"), e.getMessage());

        Files.writeString(dir.resolve("replica.properties"), "format=1\ntime=soon\n");
        StateException p = assertThrows(StateException.class, () -> Replica.open(dir));
        assertTrue(p.getMessage().contains("replica.properties"), p.getMessage());
    }
}
