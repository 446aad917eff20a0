package io.jcdk.examples.counter;

import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Wall-clock figures for BENCHMARKS.md: the counter's install, update, query and upgrade on the in-process
 * replica, cold (first in this JVM) and warm (after warm-up). Not a test: run it with
 * {@code mvn -B -q -pl examples/counter exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.jcdk.examples.counter.CounterBench} after {@code mvn -B -q install -DskipTests}.
 */
public final class CounterBench {
    private static final Principal OWNER = Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai");
    private static final byte[] NO_ARGS = CandidEncoder.encodeArgs(List.of(), List.of());

    private CounterBench() {
    }

    public static void main(String[] args) throws Exception {
        byte[] wasm = Files.readAllBytes(Path.of("target/counter.wasm"));
        byte[] init = CandidEncoder.encodeArgs(List.of(IdlType.TEXT), List.of(IdlValue.text("Hello")));

        long t0 = System.nanoTime();
        Replica replica = Replica.inMemory();
        check(replica.install("counter", wasm, init, InstallMode.INSTALL, OWNER));
        report("install, cold (first in this JVM: parse, validate, compile to JVM bytecode, start, init)", t0, 1);

        t0 = System.nanoTime();
        check(replica.update("counter", "inc", NO_ARGS, OWNER));
        report("update inc, cold (first call)", t0, 1);
        t0 = System.nanoTime();
        check(replica.query("counter", "get", NO_ARGS, OWNER));
        report("query get, cold (first call)", t0, 1);

        int warmInstalls = 20;
        for (int i = 0; i < warmInstalls; i++) {
            Replica r = Replica.inMemory();
            check(r.install("counter", wasm, init, InstallMode.INSTALL, OWNER));
        }
        t0 = System.nanoTime();
        for (int i = 0; i < warmInstalls; i++) {
            Replica r = Replica.inMemory();
            check(r.install("counter", wasm, init, InstallMode.INSTALL, OWNER));
        }
        report("install, warm (module compiled before)", t0, warmInstalls);

        int calls = 20_000;
        for (int i = 0; i < calls; i++) {
            check(replica.update("counter", "inc", NO_ARGS, OWNER));
        }
        t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            check(replica.update("counter", "inc", NO_ARGS, OWNER));
        }
        report("update inc, warm", t0, calls);
        for (int i = 0; i < calls; i++) {
            check(replica.query("counter", "get", NO_ARGS, OWNER));
        }
        t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            check(replica.query("counter", "get", NO_ARGS, OWNER));
        }
        report("query get, warm", t0, calls);

        int upgrades = 20;
        for (int i = 0; i < upgrades; i++) {
            check(replica.install("counter", wasm, NO_ARGS, InstallMode.UPGRADE, OWNER));
        }
        t0 = System.nanoTime();
        for (int i = 0; i < upgrades; i++) {
            check(replica.install("counter", wasm, NO_ARGS, InstallMode.UPGRADE, OWNER));
        }
        report("upgrade round trip (pre_upgrade, new instance, post_upgrade), warm", t0, upgrades);
    }

    private static void check(CallResult r) {
        if (!r.isReply()) {
            throw new IllegalStateException(r.describeReject());
        }
    }

    private static void report(String what, long startNanos, int n) {
        double micros = (System.nanoTime() - startNanos) / 1000.0 / n;
        String value = micros >= 1000 ? String.format("%.1f ms", micros / 1000) : String.format("%.1f µs", micros);
        System.out.println(what + ": " + value + (n > 1 ? " (mean of " + n + ")" : ""));
    }
}
