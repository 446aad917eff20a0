package io.jcdk.maven.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WasmBinaryTest {
    /** (module (func) (func) (export "a" (func 0)) (export "canister_init" (func 1))), written by hand. */
    private static final byte[] MODULE = {
        0, 'a', 's', 'm', 1, 0, 0, 0,
        1, 4, 1, 0x60, 0, 0, // type section: () -> ()
        3, 3, 2, 0, 0, // function section: two functions of type 0
        7, 21, 2, 1, 'a', 0, 0, 13, 'c', 'a', 'n', 'i', 's', 't', 'e', 'r', '_', 'i', 'n', 'i', 't', 0, 1,
        10, 7, 2, 2, 0, 0x0b, 2, 0, 0x0b // code section: two empty bodies
    };

    @Test
    void readsAndRewritesExportsLeavingEverythingElseAlone() {
        WasmBinary module = WasmBinary.parse(MODULE);
        assertEquals(List.of(new WasmBinary.Export("a", 0, 0), new WasmBinary.Export("canister_init", 0, 1)),
                module.exports());
        module.setExports(List.of(new WasmBinary.Export("canister_init", 0, 1)));
        WasmBinary again = WasmBinary.parse(module.toBytes());
        assertEquals(List.of(new WasmBinary.Export("canister_init", 0, 1)), again.exports());
        assertEquals(4, again.sections().size());
    }

    @Test
    void roundTripsUnchangedModulesByteForByte() {
        assertArrayEquals(MODULE, WasmBinary.parse(MODULE).toBytes());
    }

    @Test
    void addsAndReplacesCustomSections() {
        WasmBinary module = WasmBinary.parse(MODULE);
        assertNull(module.customSection("icp:public candid:service"));
        module.putCustomSection("icp:public candid:service", new byte[] {1, 2});
        module.putCustomSection("icp:public candid:service", new byte[] {3});
        WasmBinary again = WasmBinary.parse(module.toBytes());
        assertArrayEquals(new byte[] {3}, again.customSection("icp:public candid:service"));
        assertEquals(5, again.sections().size());
    }

    @Test
    void refusesWhatIsNotWasm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WasmBinary.parse("hello, world".getBytes()));
        assertTrue(e.getMessage().contains("not a Wasm"), e.getMessage());
    }

    @Test
    void refusesTruncatedModules() {
        byte[] truncated = java.util.Arrays.copyOf(MODULE, MODULE.length - 3);
        assertThrows(IllegalArgumentException.class, () -> WasmBinary.parse(truncated));
    }
}
