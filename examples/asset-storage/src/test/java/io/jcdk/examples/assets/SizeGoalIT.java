package io.jcdk.examples.assets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The code-size goal for a canister like this one (the IC guide's asset storage): at most 150 KB raw and 60 KB
 * gzip, as the built module ({@code optimize=size} in this example's pom). The size budget catches growth from the
 * recorded size; this catches the goal being lost.
 */
class SizeGoalIT {
    @Test
    void theModuleMeetsTheSizeGoal() throws Exception {
        byte[] wasm = Files.readAllBytes(Path.of("target/asset-storage.wasm"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(wasm);
        }
        assertTrue(wasm.length <= 150_000, "raw size " + wasm.length + " B is over the 150 KB goal");
        assertTrue(gz.size() <= 60_000, "gzip size " + gz.size() + " B is over the 60 KB goal");
    }
}
