package io.jcdk.runtime.motoko;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds Motoko canisters at test time with the npm package motoko (installed under tools/npm by .ci/run). Without
 * node or the package the tests are skipped, unless JCDK_REQUIRE_TOOLS=1 makes that a failure.
 */
public final class MotokoCompiler {
    private static final Map<String, byte[]> CACHE = new HashMap<>();
    /** tools/npm/node_modules of the repository, from the module directory (tests) or the root (benchmark). */
    private static final Path MODULES = (Files.isDirectory(Path.of("tools", "npm", "node_modules"))
            ? Path.of("tools", "npm", "node_modules") : Path.of("..", "tools", "npm", "node_modules"))
            .toAbsolutePath().normalize();

    private MotokoCompiler() {}

    public static void assumeAvailable() {
        String missing = null;
        if (!Files.isDirectory(MODULES.resolve("motoko"))) {
            missing = "the npm package motoko is not installed in " + MODULES + " (run: npm ci --prefix tools/npm)";
        } else if (!nodeWorks()) {
            missing = "node is not on the PATH";
        }
        if (missing != null) {
            if ("1".equals(System.getenv("JCDK_REQUIRE_TOOLS"))) {
                throw new AssertionError("JCDK_REQUIRE_TOOLS=1 but " + missing);
            }
            Assumptions.abort("Motoko tests skipped: " + missing);
        }
    }

    /** The Wasm module of a Motoko source from src/test/resources/motoko. */
    public static synchronized byte[] compile(String resource) throws IOException, InterruptedException {
        byte[] cached = CACHE.get(resource);
        if (cached != null) {
            return cached;
        }
        Path dir = Files.createTempDirectory("jcdk-motoko");
        Path script = dir.resolve("compile.js");
        Path source = dir.resolve(resource);
        Path out = dir.resolve(resource.replace(".mo", ".wasm"));
        copy("compile.js", script);
        copy(resource, source);
        Process p = new ProcessBuilder("node", script.toString(), MODULES.toString(), source.toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("compiling " + resource + " with motoko failed:\n" + output);
        }
        byte[] wasm = Files.readAllBytes(out);
        CACHE.put(resource, wasm);
        return wasm;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = MotokoCompiler.class.getResourceAsStream("/motoko/" + resource)) {
            Files.write(to, in.readAllBytes());
        }
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
