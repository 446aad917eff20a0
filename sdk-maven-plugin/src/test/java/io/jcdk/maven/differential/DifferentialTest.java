package io.jcdk.maven.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jcdk.maven.CanisterPackager;
import io.jcdk.maven.TeaVmBuild;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every snippet of {@link Snippets} on this JVM and inside a canister built by the real pipeline (TeaVM,
 * the JCDK transformers, the packager) and run on the bundled replica, and compares the outcomes. Any difference
 * that {@link KnownDivergences} does not list fails the test; so does a listed divergence that no longer occurs.
 * The full comparison is written to {@code target/differential-report.md}.
 */
class DifferentialTest {
    private static final int BATCH = 60;

    @Test
    void theCanisterComputesWhatTheJvmComputes() throws Exception {
        List<Snippets.Snippet> all = Snippets.all();
        assertEquals(all.size(), new HashSet<>(all.stream().map(Snippets.Snippet::name).toList()).size(),
                "snippet names must be unique");
        String[] canister = runInCanister(all.size());

        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder("| Snippet | JVM | Canister | |\n|---|---|---|---|\n");
        Set<String> seenKnown = new HashSet<>();
        StringBuilder tsv = new StringBuilder();
        int same = 0;
        for (int i = 0; i < all.size(); i++) {
            Snippets.Snippet s = all.get(i);
            String jvm = Snippets.describe(s.jvm());
            String wasm = canister[i];
            if (!jvm.equals(wasm)) {
                tsv.append(s.name()).append('\t').append(jvm).append('\t').append(wasm).append('\n');
            }
            KnownDivergences.Divergence known = KnownDivergences.find(s.name());
            if (known != null) {
                seenKnown.add(s.name());
                if (!known.jvm().equals(jvm) || !known.canister().equals(wasm)) {
                    problems.add(s.name() + ": listed as divergent (JVM " + known.jvm() + ", canister "
                            + known.canister() + ") but now JVM " + clip(jvm) + ", canister " + clip(wasm));
                }
                report.append(row(s.name(), jvm, wasm, "known: " + known.reason()));
            } else if (!jvm.equals(wasm)) {
                problems.add(s.name() + ":\n      JVM      " + clipAround(jvm, wasm) + "\n      canister "
                        + clipAround(wasm, jvm));
                report.append(row(s.name(), jvm, wasm, "DIFFERENT"));
            } else {
                same++;
            }
        }
        for (String name : KnownDivergences.all().keySet()) {
            if (!seenKnown.contains(name)) {
                problems.add("known divergence " + name + " names no snippet");
            }
        }
        Path out = Path.of("target", "differential-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out.resolveSibling("differential-divergences.tsv"), tsv);
        Files.writeString(out, "# Differential suite: " + all.size() + " snippets, " + same + " identical\n\n"
                + report);
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + all.size() + " snippets differ between the JVM and the canister"
                    + " (report: " + out.toAbsolutePath() + "):\n  " + String.join("\n  ", problems));
        }
    }

    private static String[] runInCanister(int count) throws Exception {
        byte[] module = CanisterPackager.finish(TeaVmBuild.compile(DifferentialFixture.class), "service : {}");
        Replica replica = Replica.inMemory();
        CallResult installed = replica.install("diff", module, arg(0, 0), InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);
        String[] outcomes = new String[count];
        int next = 0;
        while (next < count) {
            CallResult r = replica.update("diff", "run", arg(next, BATCH));
            int before = next;
            for (String line : r.debugOutput()) {
                int tab = line.indexOf('\t');
                if (tab < 0 || line.startsWith("count\t")) {
                    continue;
                }
                int index = Integer.parseInt(line.substring(0, tab));
                outcomes[index] = line.substring(tab + 1);
                next = Math.max(next, index + 1);
            }
            if (!r.isReply()) {
                // the snippet after the last one printed trapped: record the trap, go on with the next
                outcomes[next] = "trap: " + Snippets.escape(r.rejectMessage());
                next++;
            } else if (next == before) {
                fail("the canister printed no outcome from snippet " + next + ": " + r.debugOutput());
            }
        }
        return outcomes;
    }

    private static byte[] arg(int from, int n) {
        return new byte[] {'D', 'I', 'D', 'L', 0, 0, (byte) from, (byte) (from >> 8), (byte) (from >> 16),
            (byte) (from >> 24), (byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
    }

    private static String row(String name, String jvm, String wasm, String note) {
        return "| `" + name + "` | " + cell(jvm) + " | " + cell(wasm) + " | " + note + " |\n";
    }

    private static String cell(String s) {
        return clip(s).replace("|", "\\|");
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** Shows {@code s} around its first difference from {@code other}. */
    private static String clipAround(String s, String other) {
        int d = 0;
        while (d < s.length() && d < other.length() && s.charAt(d) == other.charAt(d)) {
            d++;
        }
        int from = Math.max(0, d - 80);
        int to = Math.min(s.length(), d + 120);
        return (from > 0 ? "..." : "") + s.substring(from, to) + (to < s.length() ? "..." : "");
    }
}
