package io.jcdk.maven.candid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidTestSuite;
import io.jcdk.maven.CanisterPackager;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official Candid test suite, run inside a Wasm module built by the real pipeline (TeaVM, then
 * {@link CanisterPackager}) on the bundled runtime: where the codec actually runs. Every assertion is run in the
 * canister ({@link CandidSuiteFixture}); it must hold there (unless listed in known-failures.txt), and the outcome of
 * each input (the values printed, or the error message) must be exactly what the same code gives on the JVM.
 */
class CandidSuiteInWasmTest {
    static final String[] FILES = {
        "prim.test.did", "construct.test.did", "reference.test.did", "subtypes.test.did", "overshoot.test.did",
        "spacebomb.test.did",
    };

    static Path suiteDir() {
        return Path.of(System.getProperty("user.dir")).resolveSibling("sdk-canister")
                .resolve("src/test/resources/candid-tests");
    }

    static Map<String, String> knownFailures() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(suiteDir().resolve("known-failures.txt"))) {
            line = line.trim();
            if (!line.isEmpty() && !line.startsWith("#")) {
                int bar = line.indexOf('|');
                out.put((bar < 0 ? line : line.substring(0, bar)).trim(), line);
            }
        }
        return out;
    }

    @Test
    void officialSuiteInsideWasm() throws Exception {
        byte[] module = CanisterPackager.finish(CandidWasm.compile(CandidSuiteFixture.class), "service : {}");
        Replica replica = Replica.inMemory();
        CallResult installed = replica.install("suite", module, CandidWasm.NO_ARGS, InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);
        Map<String, String> known = knownFailures();
        List<String> problems = new ArrayList<>();
        int binTotal = 0;
        int binPassed = 0;
        int total = 0;
        int passed = 0;
        for (String file : FILES) {
            String text = Files.readString(suiteDir().resolve(file));
            List<CandidTestSuite.Assertion> as = CandidTestSuite.parse(file, text).assertions();
            CallResult loaded = replica.update("suite", "load", (file + "\n" + text).getBytes(StandardCharsets.UTF_8));
            assertTrue(loaded.isReply(), loaded::describeReject);
            assertEquals(Integer.toString(as.size()), new String(loaded.reply(), StandardCharsets.UTF_8));
            int bt = 0;
            int bp = 0;
            int p = 0;
            int same = 0;
            long start = System.nanoTime();
            for (int i = 0; i < as.size(); i++) {
                CandidTestSuite.Assertion a = as.get(i);
                CallResult r = replica.update("suite", "run", new byte[] {(byte) i, (byte) (i >> 8), 0, 0});
                String[] wasm = r.isReply()
                        ? new String(r.reply(), StandardCharsets.UTF_8).split("\n", 3)
                        : new String[] {"FAIL trapped: " + r.rejectMessage(), "?", "?"};
                boolean ok = wasm[0].equals("PASS");
                p += ok ? 1 : 0;
                if (a.hasBinary()) {
                    bt++;
                    bp += ok ? 1 : 0;
                }
                boolean expectedToFail = known.containsKey(a.key());
                if (!ok && !expectedToFail) {
                    problems.add("FAIL in Wasm " + a.key() + " \"" + a.desc() + "\" (" + a.op() + "): " + wasm[0]);
                } else if (ok && expectedToFail) {
                    problems.add("NOW PASSES in Wasm " + a.key() + " \"" + a.desc() + "\"");
                }
                String jvmLeft = a.outcome(a.left());
                String jvmRight = a.right() == null ? "-" : a.outcome(a.right());
                if (jvmLeft.equals(wasm[1]) && jvmRight.equals(wasm[2])) {
                    same++;
                } else {
                    problems.add("DIFFERS from the JVM " + a.key() + " \"" + a.desc() + "\":\n  JVM:  " + jvmLeft
                            + " | " + jvmRight + "\n  Wasm: " + wasm[1] + " | " + wasm[2]);
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("candid conformance in Wasm " + file + ": " + p + "/" + as.size() + " passed ("
                    + bp + "/" + bt + " with binary input), " + same + "/" + as.size()
                    + " outcomes identical to the JVM, " + ms + " ms");
            total += as.size();
            passed += p;
            binTotal += bt;
            binPassed += bp;
        }
        System.out.println("candid conformance in Wasm total: " + passed + "/" + total + " passed (" + binPassed + "/"
                + binTotal + " with binary input)");
        problems.forEach(System.out::println);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }
}
