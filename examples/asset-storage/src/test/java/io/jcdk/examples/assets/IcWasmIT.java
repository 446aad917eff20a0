package io.jcdk.examples.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DFINITY tool {@code ic-wasm} (npm {@code @icp-sdk/ic-wasm-linux-x64}, installed by {@code .ci/run}) as a
 * second judge of the module: it must read it, find the Candid service, and match every endpoint to the .did.
 */
class IcWasmIT {
    private static final Path MODULE = Path.of("target/asset-storage.wasm");
    private static final Path DID = Path.of("target/asset-storage.did");

    private static Path icWasm() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("tools/npm/node_modules/@icp-sdk/ic-wasm-linux-x64/bin/ic-wasm");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        boolean required = "1".equals(System.getenv("JCDK_REQUIRE_TOOLS"));
        if (required) {
            throw new AssertionError("ic-wasm is not installed: run `npm ci --prefix tools/npm` at the project root");
        }
        assumeTrue(false, "ic-wasm is not installed (npm ci --prefix tools/npm); skipping");
        return null;
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(icWasm().toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), () -> String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    @Test
    void everyEndpointMatchesTheServiceDescription() throws Exception {
        run(MODULE.toString(), "check-endpoints", "--candid", DID.toString(), "--hidden", hiddenEndpoints());
    }

    @Test
    void icWasmSeesTheCandidServiceAndTheMethods() throws Exception {
        String info = run(MODULE.toString(), "info");
        assertTrue(info.contains("canister_update store"), info);
        assertTrue(info.contains("canister_query retrieve"), info);
        assertEquals(Files.readString(DID).strip(), run(MODULE.toString(), "metadata", "candid:service").strip());
    }

    /** Lifecycle exports are not Candid methods; check-endpoints wants them listed. */
    private static String hiddenEndpoints() throws IOException {
        Path file = Files.createTempFile("hidden", ".txt");
        Files.writeString(file, "canister_init\ncanister_pre_upgrade\ncanister_post_upgrade\n");
        return file.toString();
    }
}
