package io.jcdk.runtime.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DFINITY's {@code ic-wasm} (npm {@code @icp-sdk/ic-wasm-linux-x64}, installed under {@code tools/npm} by
 * {@code .ci/run}): a second judge, next to JCDK's own validator, of the modules the build produces.
 */
public final class IcWasm {
    /** Where {@code npm ci --prefix tools/npm} puts the binary, relative to the project root. */
    public static final String RELATIVE_PATH = "tools/npm/node_modules/@icp-sdk/ic-wasm-linux-x64/bin/ic-wasm";
    /** Set to 1 (as CI does) to make a missing tool a failure instead of a reason to skip. */
    public static final String REQUIRE_TOOLS_VARIABLE = "JCDK_REQUIRE_TOOLS";
    /**
     * Lifecycle exports are not Candid methods; {@code check-endpoints} wants those the module has listed as hidden
     * (and refuses a hidden one the module lacks).
     */
    private static final List<String> LIFECYCLE_EXPORTS = List.of("canister_init", "canister_pre_upgrade",
            "canister_post_upgrade", "canister_inspect_message", "canister_heartbeat", "canister_global_timer",
            "canister_on_low_wasm_memory");

    private final Path binary;

    private IcWasm(Path binary) {
        this.binary = binary;
    }

    /** The binary of the nearest enclosing checkout, looking upwards from the working directory. */
    public static Optional<IcWasm> locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(RELATIVE_PATH);
            if (Files.isExecutable(candidate)) {
                return Optional.of(new IcWasm(candidate));
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** Whether the environment asks for missing tools to fail the tests. */
    public static boolean required() {
        return "1".equals(System.getenv(REQUIRE_TOOLS_VARIABLE));
    }

    /** What to tell a user who lacks the tool. */
    public static String missingMessage() {
        return "ic-wasm is not installed: run `npm ci --prefix tools/npm` at the project root";
    }

    /** Runs {@code ic-wasm args...} and returns its output; a non-zero exit throws with the command and output. */
    public String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + out);
        }
        return out;
    }

    /** {@code check-endpoints}: every exported method of {@code module} matches the service in {@code did}. */
    public void checkEndpoints(Path module, Path did) throws IOException, InterruptedException {
        String info = run(module.toString(), "info");
        StringBuilder lifecycle = new StringBuilder();
        for (String name : LIFECYCLE_EXPORTS) {
            if (info.contains("\"" + name + " (")) {
                lifecycle.append(name).append('\n');
            }
        }
        Path hidden = Files.createTempFile("jcdk-hidden-endpoints", ".txt");
        try {
            Files.writeString(hidden, lifecycle);
            run(module.toString(), "check-endpoints", "--candid", did.toString(), "--hidden", hidden.toString());
        } finally {
            Files.deleteIfExists(hidden);
        }
    }

    /** The content of the module's {@code candid:service} metadata, as ic-wasm reads it. */
    public String candidService(Path module) throws IOException, InterruptedException {
        return run(module.toString(), "metadata", "candid:service");
    }
}
