package io.jcdk.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
    @TempDir
    Path dir;

    private static void assertConsistent(CanisterSnapshot s) {
        long v = s.metadata().version();
        for (byte b : s.heap()) {
            if (b != (byte) v) {
                throw new AssertionError("heap of version " + v + " contains byte " + b);
            }
        }
        assertEquals(v, s.globals()[0]);
        byte[] one = new byte[1];
        s.stable().read(70000, one, 0, 1);
        assertEquals((byte) v, one[0]);
    }

    @Test
    void roundTrip() {
        StateStore store = StateStore.open(dir);
        store.save(StateWriterMain.snapshot(1, 65536));
        store.save(StateWriterMain.snapshot(2, 2 * 65536));
        CanisterSnapshot s = store.load("big");
        assertEquals(2, s.metadata().version());
        assertEquals(2 * 65536, s.heap().length);
        assertConsistent(s);
        assertEquals(java.util.List.of("big"), store.canisterNames());
    }

    @Test
    void corruptAndTruncatedFilesGiveClearErrors() throws Exception {
        StateStore store = StateStore.open(dir);
        store.save(StateWriterMain.snapshot(1, 65536));
        Path heap = dir.resolve("canisters/big/s1.pages");
        byte[] original = Files.readAllBytes(heap);
        Files.write(heap, java.util.Arrays.copyOf(original, 100));
        StateException truncated = assertThrows(StateException.class, () -> store.load("big"));
        assertTrue(truncated.getMessage().contains("s1.pages") && truncated.getMessage().contains("truncated"),
                truncated.getMessage());

        byte[] flipped = original.clone();
        flipped[20] ^= 1;
        Files.write(heap, flipped);
        StateException corrupt = assertThrows(StateException.class, () -> store.load("big"));
        assertTrue(corrupt.getMessage().contains("CRC32"), corrupt.getMessage());
        Files.write(heap, original);
        assertConsistent(store.load("big"));

        Files.writeString(dir.resolve("canisters/big/v1.meta"), "format=2\nversion=x\n");
        StateException meta = assertThrows(StateException.class, () -> store.load("big"));
        assertTrue(meta.getMessage().contains("v1.meta"), meta.getMessage());

        Files.writeString(dir.resolve("canisters/big/v1.meta"), "format=1\n");
        StateException format = assertThrows(StateException.class, () -> store.load("big"));
        assertTrue(format.getMessage().contains("format 1"), format.getMessage());

        Files.writeString(dir.resolve("canisters/big/current"), "garbage");
        StateException pointer = assertThrows(StateException.class, () -> store.load("big"));
        assertTrue(pointer.getMessage().contains("current"), pointer.getMessage());
    }

    /** Kills a JVM that is busy saving large states and checks that the last committed state is intact. */
    @Test
    void killedWriterLeavesPreviousStateReadable() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StateWriterMain.class.getName(), dir.toString(), Integer.toString(24 * 1024 * 1024));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process child = pb.start();
        long lastSaved = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastSaved = Long.parseLong(line.substring("saved ".length()));
                if (lastSaved >= 3) {
                    // The child is now writing version 4; SIGKILL it in the middle of that.
                    new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(lastSaved >= 3, "the child saved at least three versions before it was killed");
        CanisterSnapshot s = StateStore.open(dir).load("big");
        assertTrue(s.metadata().version() >= lastSaved, "version " + s.metadata().version());
        assertConsistent(s);
        // A later save still works and cleans up what the killed writer left.
        StateStore.open(dir).save(StateWriterMain.snapshot(s.metadata().version() + 1, 65536));
        File[] versions = dir.resolve("canisters/big").toFile().listFiles((d, n) -> n.matches("v[0-9]+\\.meta"));
        assertEquals(1, versions.length);
        File[] pages = dir.resolve("canisters/big").toFile().listFiles((d, n) -> n.endsWith(".pages"));
        assertEquals(1, pages.length, "a whole-memory save is a new base: older page files are gone");
    }
}
