package io.jcdk.runtime.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jcdk.runtime.module.CanisterModule;
import io.jcdk.runtime.testing.TestCanisters;
import org.junit.jupiter.api.Test;

/**
 * The metering instrumentation, byte for byte: the SHA-256 of the instrumented hand-written counter canister, as
 * recorded when the charges became the IC's cost table (before: 714102ae..., every instruction 1). A change here
 * changes every module's compiled code (and the compile cache keys), so it must be deliberate.
 */
class MeteringGoldenTest {
    @Test
    void meteredOutputIsUnchanged() {
        byte[] out = MeteringInstrumenter.instrument(TestCanisters.counter()).wasm();
        assertEquals("94504d48f67c1e9dc5d91fa615d107224f1ac201ac74a201cf41c1d2c8b79d84", CanisterModule.sha256Hex(out));
    }
}
