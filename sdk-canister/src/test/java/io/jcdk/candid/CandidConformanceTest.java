package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the official Candid test suite ({@code src/test/resources/candid-tests/*.test.did}, from dfinity/candid) against
 * our decoder and text parser. Every assertion is run; the ones listed in {@code known-failures.txt} are expected to
 * fail (with a reason there), and the test fails on any other failure or when a listed assertion starts to pass.
 */
class CandidConformanceTest {
    static final String[] FILES = {
        "prim.test.did", "construct.test.did", "reference.test.did", "subtypes.test.did", "overshoot.test.did",
        "spacebomb.test.did",
    };

    static String resource(String name) throws IOException {
        try (InputStream in = CandidConformanceTest.class.getResourceAsStream("/candid-tests/" + name)) {
            if (in == null) {
                throw new IOException("missing resource candid-tests/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : resource("known-failures.txt").split("\n")) {
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            out.put((bar < 0 ? line : line.substring(0, bar)).trim(), line);
        }
        return out;
    }

    @Test
    void conformanceSuite() throws IOException {
        Map<String, String> known = knownFailures();
        List<String> problems = new ArrayList<>();
        int total = 0;
        int passed = 0;
        int binTotal = 0;
        int binPassed = 0;
        for (String file : FILES) {
            List<CandidTestSuite.Assertion> as = CandidTestSuite.parse(file, resource(file)).assertions();
            int p = 0;
            int bt = 0;
            int bp = 0;
            long start = System.nanoTime();
            for (CandidTestSuite.Assertion a : as) {
                String failure = a.run();
                boolean ok = failure == null;
                if (a.hasBinary()) {
                    bt++;
                    bp += ok ? 1 : 0;
                }
                p += ok ? 1 : 0;
                boolean expectedToFail = known.containsKey(a.key());
                if (!ok && !expectedToFail) {
                    problems.add("FAIL " + a.key() + " \"" + a.desc() + "\" (" + a.op() + "): " + failure);
                } else if (ok && expectedToFail) {
                    problems.add("NOW PASSES (remove from known-failures.txt) " + a.key() + " \"" + a.desc() + "\"");
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("candid conformance " + file + ": " + p + "/" + as.size() + " passed ("
                    + bp + "/" + bt + " with binary input), " + ms + " ms");
            total += as.size();
            passed += p;
            binTotal += bt;
            binPassed += bp;
        }
        System.out.println("candid conformance total: " + passed + "/" + total + " passed (" + binPassed + "/"
                + binTotal + " with binary input)");
        for (String s : problems) {
            System.out.println(s);
        }
        assertTrue(problems.isEmpty(), problems.size() + " conformance problems:\n" + String.join("\n", problems));
    }
}
