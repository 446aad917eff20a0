package io.jcdk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.maven.fixtures.LargeLiveHeapFixture;
import io.jcdk.maven.teavm.TeaVmCompiler;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java heap of a module built by the real pipeline grows from the default 1 MiB minimum to its maximum while
 * holding live data made of millions of small objects, keeps that data intact, and traps with the out-of-memory
 * message beyond the maximum ({@code HeapGrowthTransformer}: TeaVM 0.13.1's mark queue overflowed, and its last
 * static reference field was not a root).
 */
class LargeLiveHeapTest {
    private static final byte[] NO_ARGS = {'D', 'I', 'D', 'L', 0, 0};
    private static final int MIN_HEAP = 1 << 20;
    private static final int MAX_HEAP = 128 << 20;
    private static byte[] module;

    /**
     * Built as {@code mvn package} builds a canister: the plugin's own classes are not on TeaVM's class path, so the
     * collector code that {@code HeapGrowthTransformer} adds comes from the plugin, as in a real build.
     */
    @BeforeAll
    static void build() throws Exception {
        File plugin = new File(TeaVmCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<File> classPath = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!new File(element).getAbsoluteFile().equals(plugin.getAbsoluteFile())) {
                classPath.add(new File(element));
            }
        }
        Path out = Files.createTempDirectory("jcdk-large-heap");
        Path wasm = TeaVmCompiler.compile(new TeaVmCompiler.Options(LargeLiveHeapFixture.class.getName(), classPath,
                out, "classes.wasm", MIN_HEAP, MAX_HEAP, false), text -> { });
        module = CanisterPackager.finish(Files.readAllBytes(wasm), "service : {}");
    }

    private static Replica install() {
        Replica replica = Replica.inMemory();
        CallResult installed = replica.install("fixture", module, NO_ARGS, InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);
        return replica;
    }

    private static String call(Replica replica, String method) {
        CallResult r = replica.update("fixture", method, NO_ARGS);
        assertTrue(r.isReply(), r::describeReject);
        assertEquals(1, r.debugOutput().size(), r.debugOutput()::toString);
        return r.debugOutput().get(0);
    }

    private static String holding(long count) {
        return "count " + count + " sum " + count * (count - 1) / 2 + " heap ";
    }

    private static int heapOf(String line) {
        return Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
    }

    /** 56 MB of boxed integers, added over seven messages and checked after each, on a heap that starts at 1 MiB. */
    @Test
    void liveDataOfManySmallObjectsGrowsTheHeapAndStaysIntact() {
        Replica replica = install();
        String first = call(replica, "check");
        assertEquals(holding(0) + MIN_HEAP, first);
        int heap = MIN_HEAP;
        long count = 0;
        for (int message = 1; message <= 7; message++) {
            count += LargeLiveHeapFixture.PER_MESSAGE;
            String line = call(replica, "add");
            assertTrue(line.startsWith(holding(count)), line);
            assertTrue(heapOf(line) >= heap, line);
            heap = heapOf(line);
            assertEquals(line, call(replica, "check"));
        }
        assertTrue(heap >= 56_000_000, "heap " + heap);
    }

    /** The heap grows to exactly the maximum; the message that needs more traps and its changes are rolled back. */
    @Test
    void beyondTheMaximumHeapAMessageTrapsWithOutOfMemory() {
        Replica replica = install();
        long count = 0;
        String last = null;
        CallResult r;
        while ((r = replica.update("fixture", "add", NO_ARGS)).isReply()) {
            count += LargeLiveHeapFixture.PER_MESSAGE;
            last = r.debugOutput().get(0);
            assertTrue(last.startsWith(holding(count)), last);
            assertTrue(count < 20_000_000, "never ran out of memory");
        }
        assertTrue(r.rejectMessage().contains("out of memory"), r::describeReject);
        assertTrue(count * 20 > MAX_HEAP / 2, "ran out of memory holding only " + count + " values");
        assertEquals(MAX_HEAP, heapOf(last), last);
        String after = call(replica, "check");
        assertEquals(last, after);
    }

    /** A fresh canister (1 MiB heap) allocates one 20 MiB array in its first message. */
    @Test
    void aTwentyMebibyteArrayAtOnce() {
        Replica replica = install();
        String line = call(replica, "big");
        long n = 5 << 20;
        assertTrue(line.startsWith("big " + n + " sum " + n * (n - 1) / 2 + " heap "), line);
        assertFalse(heapOf(line) < 20 << 20, line);
    }
}
