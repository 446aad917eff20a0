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

    /** A module with a memory and one active data segment at {@code offset}. */
    private static byte[] moduleWithData(int offset, byte[] payload) {
        WasmBinary.ByteWriter out = new WasmBinary.ByteWriter();
        out.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 5, 3, 1, 0, 4}); // memory section: min 4 pages
        WasmBinary.ByteWriter data = new WasmBinary.ByteWriter();
        data.writeU32(1);
        data.writeU32(0);
        data.writeByte(0x41);
        data.writeS32(offset);
        data.writeByte(0x0b);
        data.writeU32(payload.length);
        data.writeBytes(payload);
        byte[] section = data.toByteArray();
        out.writeByte(WasmBinary.DATA);
        out.writeU32(section.length);
        out.writeBytes(section);
        return out.toByteArray();
    }

    /** The initial memory a module's active constant-offset data segments produce (4 pages). */
    private static byte[] memoryImage(byte[] module) {
        byte[] memory = new byte[4 * 65536];
        for (WasmBinary.Section s : WasmBinary.parse(module).sections()) {
            if (s.id() != WasmBinary.DATA) {
                continue;
            }
            WasmBinary.ByteReader in = new WasmBinary.ByteReader(s.content(), 0);
            long n = in.readU32();
            for (long k = 0; k < n; k++) {
                assertEquals(0, in.readU32());
                assertEquals(0x41, in.readByte());
                int offset = in.readS32();
                assertEquals(0x0b, in.readByte());
                byte[] bytes = in.readBytes((int) in.readU32());
                System.arraycopy(bytes, 0, memory, offset, bytes.length);
            }
        }
        return memory;
    }

    @Test
    void zeroRunsLeaveTheDataSectionAndTheMemoryImageStaysTheSame() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] payload = new byte[random.nextInt(2000)];
            for (int i = 0; i < payload.length; ) {
                int run = 1 + random.nextInt(random.nextBoolean() ? 40 : 4);
                boolean zero = random.nextInt(3) > 0;
                for (int k = 0; k < run && i < payload.length; k++, i++) {
                    payload[i] = zero ? 0 : (byte) (1 + random.nextInt(255));
                }
            }
            int offset = random.nextBoolean() ? 256 : 60000 + random.nextInt(100);
            byte[] original = moduleWithData(offset, payload);
            WasmBinary module = WasmBinary.parse(original);
            int saved = module.dropZeroRunsFromData(1 + random.nextInt(16));
            byte[] split = module.toBytes();
            assertTrue(saved >= 0 && split.length <= original.length, "round " + round);
            assertArrayEquals(memoryImage(original), memoryImage(split), "round " + round);
        }
    }

    @Test
    void aMostlyZeroSegmentShrinks() {
        byte[] payload = new byte[10_000];
        payload[0] = 1;
        payload[5000] = 2;
        payload[5001] = 3;
        payload[9999] = 4;
        byte[] original = moduleWithData(256, payload);
        WasmBinary module = WasmBinary.parse(original);
        assertTrue(module.dropZeroRunsFromData(12) > 9_900);
        assertArrayEquals(memoryImage(original), memoryImage(module.toBytes()));
    }
}
