package io.jcdk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jcdk.maven.teavm.TeaVmCompiler;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Canister code may use Java 21 language features when the build JDK is 21 or newer (Java 17 stays the baseline):
 * a source with a sealed interface of records and a pattern switch with record deconstruction patterns and guards is
 * compiled with {@code javac --release 21}, built by the real TeaVM pipeline and run on the bundled replica.
 * Skipped when no JDK 21+ is found under /usr/lib/jvm (or JCDK_JAVA21_HOME), unless JCDK_REQUIRE_JDK21=1. It is not
 * tied to JCDK_REQUIRE_TOOLS (the npm tools CI installs) because no JDK 21 can be installed from Debian 12's packages.
 */
class Java21CanisterTest {
    private static final byte[] NO_ARGS = {'D', 'I', 'D', 'L', 0, 0};
    private static final String ENTRY = "io.jcdk.java21.Shapes21";

    @Test
    void patternSwitchOverSealedRecordsRunsInACanister() throws Exception {
        Path javac = findJavac21().orElse(null);
        if (javac == null) {
            String message = "no JDK 21 or newer found (set JCDK_JAVA21_HOME or install one under /usr/lib/jvm)";
            if ("1".equals(System.getenv("JCDK_REQUIRE_JDK21"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }

        Path work = Files.createTempDirectory("jcdk-java21");
        Path src = work.resolve("src/io/jcdk/java21/Shapes21.java");
        Files.createDirectories(src.getParent());
        try (InputStream in = Java21CanisterTest.class.getResourceAsStream("/java21/Shapes21.java")) {
            assertTrue(in != null, "test resource java21/Shapes21.java missing");
            Files.copy(in, src);
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        String testClassPath = System.getProperty("java.class.path");
        Process process = new ProcessBuilder(javac.toString(), "--release", "21", "-encoding", "UTF-8",
                "-cp", testClassPath, "-d", classes.toString(), src.toString())
                .redirectErrorStream(true).start();
        String javacOutput = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "javac timed out");
        assertEquals(0, process.exitValue(), () -> javac + " failed:\n" + javacOutput);
        byte[] header = Files.readAllBytes(classes.resolve("io/jcdk/java21/Shapes21.class"));
        assertEquals(65, ((header[6] & 0xff) << 8) | (header[7] & 0xff), "class file version of --release 21");

        List<File> classPath = new ArrayList<>();
        classPath.add(classes.toFile());
        for (String element : testClassPath.split(File.pathSeparator)) {
            classPath.add(new File(element));
        }
        Path wasm = TeaVmCompiler.compile(new TeaVmCompiler.Options(ENTRY, classPath, work.resolve("wasm"),
                "classes.wasm", 1 << 20, 64 << 20, false), text -> { });
        byte[] module = CanisterPackager.finish(Files.readAllBytes(wasm), "service : {}");

        Replica replica = Replica.inMemory();
        CallResult installed = replica.install("shapes", module, NO_ARGS, InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);
        CallResult r = replica.update("shapes", "area", NO_ARGS);
        assertTrue(r.isReply(), r::describeReject);
        // what the same switch gives on a Java 21 JVM
        assertEquals(List.of(
                "a point",
                "circle r=2.0 area~12.0",
                "square side=3.0 area=9.0",
                "rect 2.0x5.0 area=10.0",
                "tall triangle area=8.0",
                "triangle area=3.0",
                "circle r=1.0 with rect 1.0x4.0 area=4.0",
                "group area=9.0",
                "narrow Rect[w=2.0, h=5.0]"), r.debugOutput());
    }

    /** javac of JCDK_JAVA21_HOME, else of the newest JDK 21+ under /usr/lib/jvm (by its release file). */
    private static Optional<Path> findJavac21() throws IOException {
        String home = System.getenv("JCDK_JAVA21_HOME");
        if (home != null && !home.isBlank() && featureVersion(Path.of(home)) >= 21) {
            return Optional.of(Path.of(home, "bin", "javac"));
        }
        Path preferred = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (featureVersion(preferred) >= 21) {
            return Optional.of(preferred.resolve("bin/javac"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> featureVersion(h) >= 21)
                    .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)))
                    .map(h -> h.resolve("bin/javac"));
        }
    }

    /** The feature version in a JDK's release file, or 0 when it has no javac or no readable release file. */
    private static int featureVersion(Path jdk) {
        if (!Files.isExecutable(jdk.resolve("bin/javac"))) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String feature = v.startsWith("1.") ? v.substring(2) : v;
                    int end = 0;
                    while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
                        end++;
                    }
                    return end == 0 ? 0 : Integer.parseInt(feature.substring(0, end));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
