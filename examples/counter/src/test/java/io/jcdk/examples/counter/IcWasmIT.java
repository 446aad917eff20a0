package io.jcdk.examples.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jcdk.runtime.tools.IcWasm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DFINITY's {@code ic-wasm} as a second judge of the module: it must match every endpoint to the .did. */
class IcWasmIT {
    private static final Path MODULE = Path.of("target/counter.wasm");
    private static final Path DID = Path.of("target/counter.did");
    private static IcWasm icWasm;

    @BeforeAll
    static void locate() {
        Optional<IcWasm> found = IcWasm.locate();
        assertTrue(found.isPresent() || !IcWasm.required(), IcWasm.missingMessage());
        assumeTrue(found.isPresent(), IcWasm.missingMessage() + "; skipping");
        icWasm = found.get();
    }

    @Test
    void everyEndpointMatchesTheServiceDescription() throws Exception {
        icWasm.checkEndpoints(MODULE, DID);
    }

    @Test
    void icWasmSeesTheCandidServiceAndTheMethods() throws Exception {
        String info = icWasm.run(MODULE.toString(), "info");
        assertTrue(info.contains("canister_update inc"), info);
        assertTrue(info.contains("canister_query get"), info);
        assertEquals(Files.readString(DID).strip(), icWasm.candidService(MODULE).strip());
    }
}
