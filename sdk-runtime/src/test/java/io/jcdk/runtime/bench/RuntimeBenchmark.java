package io.jcdk.runtime.bench;

import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlValue;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import io.jcdk.runtime.motoko.MotokoCompiler;
import io.jcdk.runtime.testing.TestCanisters;
import io.jcdk.runtime.testing.WasmBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The runtime's figures for BENCHMARKS.md (a benchmark, not a test). Run from the repository root after
 * {@code mvn -B -q install -DskipTests}:
 * <pre>
 * mvn -B -q -pl sdk-runtime test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -cp sdk-runtime/target/test-classes:sdk-runtime/target/classes:$(cat sdk-runtime/target/bench.cp) \
 *     io.jcdk.runtime.bench.RuntimeBenchmark
 * </pre>
 */
public final class RuntimeBenchmark {
    private static final byte[] NONE = new byte[0];

    private RuntimeBenchmark() {}

    public static void main(String[] args) throws Exception {
        byte[] example = Files.readAllBytes(Path.of("examples/counter/target/counter.wasm"));
        byte[] exampleArg = CandidEncoder.encodeArgs(List.of(IdlValue.text("bench")));
        System.out.printf(Locale.ROOT, "module: examples/counter/target/counter.wasm, %d bytes%n", example.length);

        Replica r = Replica.inMemory();
        long t0 = System.nanoTime();
        check(r.install("cold", example, exampleArg, InstallMode.INSTALL));
        report("install, cold (validate + instrument + compile + instantiate + init)", System.nanoTime() - t0, 1);
        int installs = 30;
        t0 = System.nanoTime();
        for (int i = 0; i < installs; i++) {
            check(r.install("seen" + i, example, exampleArg, InstallMode.INSTALL));
        }
        report("install, module seen before (compiled once per module hash)", System.nanoTime() - t0, installs);

        for (int i = 0; i < 20; i++) {
            check(r.upgrade("cold", example, exampleArg, io.jcdk.runtime.UpgradeOptions.DEFAULT,
                    Replica.DEFAULT_IDENTITY));
        }
        int upgrades = 50;
        t0 = System.nanoTime();
        for (int i = 0; i < upgrades; i++) {
            check(r.upgrade("cold", example, exampleArg, io.jcdk.runtime.UpgradeOptions.DEFAULT,
                    Replica.DEFAULT_IDENTITY));
        }
        report("upgrade round trip, warm (pre_upgrade, new instance, post_upgrade)", System.nanoTime() - t0,
                upgrades);

        Replica t = Replica.inMemory();
        check(t.install("c", TestCanisters.counter(), NONE, InstallMode.INSTALL));
        double update = perCall(() -> check(t.update("c", "inc", NONE)), 200_000);
        report("trivial update, warm, in process (hand-written counter, inc)", update, 1);
        double query = perCall(() -> check(t.query("c", "get", NONE)), 500_000);
        report("trivial query, warm, in process (get)", query, 1);
        System.out.printf(Locale.ROOT, "  queries per second, one thread: %,.0f%n", 1e9 / query);

        double small = heapUpdate(80);
        double large = heapUpdate(3200);
        report("trivial update, canister with a 5 MiB heap", small, 1);
        report("trivial update, canister with a 200 MiB heap", large, 1);
        System.out.printf(Locale.ROOT, "  ratio 200 MiB / 5 MiB: %.2f%n", large / small);

        persistedUpdate(80);
        persistedUpdate(3200);

        try {
            MotokoCompiler.assumeAvailable();
            byte[] mo = MotokoCompiler.compile("Counter.mo");
            byte[] empty = CandidEncoder.encodeArgs(List.of());
            System.out.printf(Locale.ROOT, "  Motoko Counter.mo module: %d bytes%n", mo.length);
            Replica seen = Replica.inMemory();
            check(seen.install("mo0", mo, empty, InstallMode.INSTALL));
            for (int i = 0; i < 30; i++) {
                check(seen.install("warm" + i, mo, empty, InstallMode.INSTALL));
            }
            int moInstalls = 30;
            long m0 = System.nanoTime();
            for (int i = 0; i < moInstalls; i++) {
                check(seen.install("mo" + (i + 1), mo, empty, InstallMode.INSTALL));
            }
            report("install of the Motoko module, seen before", System.nanoTime() - m0, moInstalls);
            byte[] n = CandidEncoder.encodeArgs(List.of(IdlValue.nat(1000)));
            for (int run = 1; run <= 2; run++) {
                Replica m = Replica.inMemory();
                check(m.install("mo", mo, empty, InstallMode.INSTALL));
                CallResult c = check(m.update("mo", "work", n));
                System.out.printf(Locale.ROOT, "  Motoko Counter.work(1000), run %d: %d instructions%n", run,
                        c.instructions());
            }
        } catch (org.opentest4j.TestAbortedException e) {
            System.out.println("  Motoko: skipped (" + e.getMessage() + ")");
        }
    }

    /** A trivial update on a canister with a heap of {@code pages} pages, persisted to a state directory. */
    private static void persistedUpdate(int pages) throws java.io.IOException {
        Path dir = Files.createTempDirectory("jcdk-bench");
        Replica r = Replica.open(dir);
        check(r.install("h", heapCanister(pages), NONE, InstallMode.INSTALL));
        int n = 500;
        double per = perCall(() -> check(r.update("h", "inc", NONE)), n);
        String current = Files.readString(dir.resolve("canisters/h/current")).trim();
        long bytes = Files.size(dir.resolve("canisters/h/s" + current.substring(1) + ".pages"));
        report(String.format(Locale.ROOT, "trivial update persisted to a state dir, %d MiB heap (page file: %,d B)",
                pages / 16, bytes), per, 1);
    }

    /** A canister whose heap has {@code pages} pages (all written once), and a trivial update on it. */
    private static double heapUpdate(int pages) {
        Replica r = Replica.inMemory();
        check(r.install("h", heapCanister(pages), NONE, InstallMode.INSTALL));
        return perCall(() -> check(r.update("h", "inc", NONE)), 100_000);
    }

    private static byte[] heapCanister(int pages) {
        WasmBuilder b = new WasmBuilder();
        int append = b.importIc0("msg_reply_data_append");
        int reply = b.importIc0("msg_reply");
        b.memory(pages, 4096);
        b.function("canister_init", c -> {
            // touch the last byte of the heap so that it is really there
            c.i32((long) pages * 65536 - 8).i64(1).i64Store(0);
        });
        b.function("canister_update inc", c -> {
            c.i32(0).i32(0).i64Load(0).i64(1).i64Add().i64Store(0);
            c.i32(0).i32(8).call(append).call(reply);
        });
        return b.build();
    }

    private static double perCall(Runnable call, int n) {
        for (int i = 0; i < n; i++) {
            call.run();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        return (System.nanoTime() - t0) / (double) n;
    }

    private static CallResult check(CallResult r) {
        if (!r.isReply()) {
            throw new IllegalStateException(r.describeReject());
        }
        return r;
    }

    private static void report(String what, double nanos, int n) {
        double per = nanos / n;
        String unit = per >= 1e6 ? String.format(Locale.ROOT, "%.1f ms", per / 1e6)
                : String.format(Locale.ROOT, "%.2f µs", per / 1e3);
        System.out.printf(Locale.ROOT, "  %-75s %s%n", what, unit);
    }
}
