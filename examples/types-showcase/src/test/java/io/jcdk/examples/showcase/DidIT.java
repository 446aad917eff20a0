package io.jcdk.examples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.jcdk.runtime.tools.IcWasm;
import org.ic4j.candid.parser.IDLParser;
import org.ic4j.candid.parser.IDLType;
import org.ic4j.candid.types.Label;
import org.ic4j.candid.types.Type;
import org.junit.jupiter.api.Test;

/**
 * Two outside judges of the generated service description: DFINITY's {@code ic-wasm check-endpoints} (every export
 * matches the .did; npm {@code @icp-sdk/ic-wasm-linux-x64}, installed by {@code .ci/run}) and ic4j's .did parser.
 */
class DidIT {
    private static final Path MODULE = Path.of("target/types-showcase.wasm");
    private static final Path DID = Path.of("target/types-showcase.did");

    @Test
    void icWasmMatchesEveryEndpointToTheDid() throws Exception {
        Optional<IcWasm> icWasm = IcWasm.locate();
        assertTrue(icWasm.isPresent() || !IcWasm.required(), IcWasm.missingMessage());
        assumeTrue(icWasm.isPresent(), IcWasm.missingMessage() + "; skipping");
        icWasm.get().checkEndpoints(MODULE, DID);
        assertEquals(Files.readString(DID).strip(), icWasm.get().candidService(MODULE).strip());
    }

    @Test
    void ic4jParsesTheDid() throws Exception {
        IDLParser parser = new IDLParser(new StringReader(Files.readString(DID)));
        parser.parse();
        Map<String, IDLType> types = parser.getTypes();
        for (String name : List.of("Profile", "Role", "Page_Profile", "Shape", "Circle", "Rect", "Tree", "Stats",
                "Settings")) {
            assertTrue(types.containsKey(name), () -> name + " in " + types.keySet());
        }
        assertEquals(Type.RECORD, types.get("Profile").getType());
        assertEquals(Type.VARIANT, types.get("Role").getType());
        assertEquals(Type.VARIANT, types.get("Shape").getType());
        assertTrue(types.get("Role").getTypeMap().containsKey(Label.createNamedLabel("member")),
                () -> types.get("Role").getTypeMap().toString());
        Map<String, IDLType> services = parser.getServices();
        assertEquals(1, services.size(), services::toString);
        IDLType service = services.values().iterator().next();
        assertEquals(20, service.getMeths().size(), () -> service.getMeths().keySet().toString());
        IDLType stats = service.getMeths().get("stats");
        assertEquals(3, stats.getRets().size());
        IDLType list = service.getMeths().get("listProfiles");
        assertEquals(2, list.getArgs().size());
    }
}
