package io.jcdk.runtime.cli;

import static io.jcdk.runtime.testing.TestCanisters.le64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.runtime.Replica;
import io.jcdk.runtime.testing.WasmBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs the real CLI ({@link Main} in a child JVM) while it installs or runs updates that rewrite a 64 MiB heap,
 * at several moments of the save (before it, at the start of the page file, halfway through it, once the version's
 * metadata exists, after the commit), and checks each time that the state loads, is consistent (every page holds the
 * counter), has the values of the last committed command, and that the next command works.
 */
class CliKillTest {
    private static final int PAGES = 1024; // 64 MiB
    private static final byte[] NONE = new byte[0];

    @TempDir
    Path work;

    /**
     * A canister whose {@code fill} adds one to the counter at address 0 and copies it to the first word of every
     * page (so every save of an update rewrites the whole 64 MiB heap), whose init does the same, whose {@code get}
     * returns the counter and whose {@code sum} returns the sum of the first words of all pages.
     */
    static byte[] fillCanister() {
        WasmBuilder b = new WasmBuilder();
        int append = b.importIc0("msg_reply_data_append");
        int reply = b.importIc0("msg_reply");
        b.memory(PAGES, 4096);
        int fill = b.function(null, c -> {
            c.i32(0).i32(0).i64Load(0).i64(1).i64Add().i64Store(0);
            for (int p = 1; p < PAGES; p++) {
                c.i32((long) p * 65536).i32(0).i64Load(0).i64Store(0);
            }
        });
        b.function("canister_init", c -> c.call(fill));
        b.function("canister_update fill", c -> c.call(fill).i32(0).i32(8).call(append).call(reply));
        b.function("canister_query get", c -> c.i32(0).i32(8).call(append).call(reply));
        b.function("canister_query sum", c -> {
            c.i32(8).i64(0);
            for (int p = 0; p < PAGES; p++) {
                c.i32((long) p * 65536).i64Load(0).i64Add();
            }
            c.i64Store(0).i32(8).i32(8).call(append).call(reply);
        });
        return b.build();
    }

    private Process cli(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("cli.log").toFile()).start();
    }

    private String log() throws IOException {
        return Files.readString(work.resolve("cli.log"), StandardCharsets.UTF_8);
    }

    private Path canister() {
        return work.resolve(".jcdk/canisters/big");
    }

    private long committedVersion() throws IOException {
        Path current = canister().resolve("current");
        return Files.exists(current) ? Long.parseLong(Files.readString(current).trim().substring(1)) : 0;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Waits until the condition holds (then SIGKILLs the child) or the child ends; true if it was killed. */
    private static boolean killWhen(Process child, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
                child.waitFor(30, TimeUnit.SECONDS);
                return true;
            }
            Thread.sleep(0, 200_000);
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish");
        return false;
    }

    /** Loads the state in this JVM and checks it is consistent; returns the counter. */
    private long consistentCounter() {
        Replica r = Replica.open(work.resolve(".jcdk"));
        long v = le64(r.query("big", "get", NONE).reply());
        assertEquals(v * PAGES, le64(r.query("big", "sum", NONE).reply()), "every page holds the counter " + v);
        return v;
    }

    @Test
    void killedAtAnyMomentTheLastCommittedStateLoadsAndTheCanisterWorks() throws Exception {
        Files.write(work.resolve("big.wasm"), fillCanister());

        // An install killed halfway through writing its 64 MiB base leaves no canister; installing again works.
        Process install = cli("install", "big.wasm", "--name", "big");
        Path base = canister().resolve("s1.pages");
        boolean killed = killWhen(install, () -> size(base) > 16L * 1024 * 1024);
        System.out.println("CliKillTest: install " + (killed ? "killed halfway through its base" : "completed first"));
        if (killed) {
            assertFalse(Replica.open(work.resolve(".jcdk")).exists("big"), "a killed install commits nothing");
        }
        install = cli("install", "big.wasm", "--name", "big");
        assertEquals(0, install.waitFor(), () -> "install: " + uncheckedLog());
        assertEquals(1, consistentCounter());

        record Moment(String name, boolean committed, java.util.function.LongFunction<BooleanSupplier> when) {}
        List<Moment> moments = List.of(
                new Moment("while the JVM starts", false, next -> {
                    long start = System.nanoTime();
                    return () -> System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(150);
                }),
                new Moment("as the page file is created", false,
                        next -> () -> Files.exists(canister().resolve("s" + next + ".pages"))),
                new Moment("halfway through the page file", false,
                        next -> () -> size(canister().resolve("s" + next + ".pages")) > PAGES * 65536L / 2),
                new Moment("once the version's metadata exists", false,
                        next -> () -> Files.exists(canister().resolve("v" + next + ".meta"))),
                new Moment("right after the commit", true, next -> () -> {
                    try {
                        return committedVersion() == next;
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                }));
        long counter = 1;
        int killedMidWrite = 0;
        for (Moment m : moments) {
            long next = committedVersion() + 1;
            Process call = cli("call", "big", "fill", "--output", "raw");
            boolean wasKilled = killWhen(call, m.when().apply(next));
            long after = consistentCounter();
            System.out.println("CliKillTest: " + m.name() + ": " + (wasKilled ? "killed" : "completed first")
                    + ", counter " + counter + " -> " + after);
            if (!wasKilled) {
                assertEquals(counter + 1, after, m.name() + ": the command completed");
            } else if (m.committed()) {
                assertEquals(counter + 1, after, m.name() + ": the command had committed");
            } else {
                assertTrue(after == counter || after == counter + 1, m.name() + ": counter " + after);
                if (!m.name().startsWith("once")) {
                    assertEquals(counter, after, m.name() + ": nothing was committed");
                }
                if (m.name().contains("page file")) {
                    killedMidWrite++;
                }
            }
            counter = after;
            // The canister is usable: a complete command succeeds on what the killed one left.
            Process again = cli("call", "big", "fill", "--output", "raw");
            assertEquals(0, again.waitFor(), () -> m.name() + ": " + uncheckedLog());
            counter++;
            assertEquals(counter, consistentCounter(), m.name());
        }
        assertTrue(killedMidWrite > 0, "at least one CLI was killed while writing its page file");
    }

    private String uncheckedLog() {
        try {
            return log();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
