package io.jcdk.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.maven.fixtures.BadSignatureFixture;
import io.jcdk.maven.fixtures.ForeignImportFixture;
import io.jcdk.maven.fixtures.HostFunctionsFixture;
import io.jcdk.maven.wasm.WasmBinary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CanisterPackagerTest {
    private static final String DID = "service : { roots : () -> (); sin : () -> () query }";
    private static byte[] hostFunctionsModule;

    @BeforeAll
    static void build() throws Exception {
        hostFunctionsModule = CanisterPackager.finish(TeaVmBuild.compile(HostFunctionsFixture.class), DID);
    }

    @Test
    void teavmHostImportsAreReplacedSoOnlyIc0Remains() {
        List<WasmBinary.Import> imports = WasmBinary.parse(hostFunctionsModule).imports();
        assertTrue(imports.size() > 0);
        for (WasmBinary.Import i : imports) {
            assertEquals("ic0", i.module(), () -> "unexpected import " + i.module() + "." + i.name());
        }
    }

    @Test
    void onlyTheSpecsCanisterExportsRemain() {
        List<String> names = WasmBinary.parse(hostFunctionsModule).exports().stream()
                .map(WasmBinary.Export::name).sorted().toList();
        assertEquals(List.of("canister_query sin", "canister_update roots"), names);
    }

    @Test
    void serviceDescriptionIsInThePublicCandidSection() {
        assertArrayEquals(DID.getBytes(StandardCharsets.UTF_8),
                WasmBinary.parse(hostFunctionsModule).customSection("icp:public candid:service"));
    }

    @Test
    void anImportOutsideIc0FailsTheBuildNamingIt() throws Exception {
        byte[] raw = TeaVmBuild.compile(ForeignImportFixture.class);
        CanisterPackager.InvalidModule e = assertThrows(CanisterPackager.InvalidModule.class,
                () -> CanisterPackager.finish(raw, "service : {}"));
        assertTrue(e.getMessage().contains("env") && e.getMessage().contains("host_random"), e.getMessage());
    }

    @Test
    void anIc0ImportWithTheWrongSignatureFailsTheBuildNamingIt() throws Exception {
        byte[] raw = TeaVmBuild.compile(BadSignatureFixture.class);
        CanisterPackager.InvalidModule e = assertThrows(CanisterPackager.InvalidModule.class,
                () -> CanisterPackager.finish(raw, "service : {}"));
        assertTrue(e.getMessage().contains("msg_reply"), e.getMessage());
    }

    @Test
    void gzipOutputStartsWithTheGzipMagicThatTheIcAccepts() throws Exception {
        byte[] z = CanisterPackager.gzip(hostFunctionsModule);
        assertEquals((byte) 0x1f, z[0]);
        assertEquals((byte) 0x8b, z[1]);
        assertEquals((byte) 0x08, z[2]);
    }
}
