package io.jcdk.runtime.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jcdk.runtime.module.CanisterModule;
import io.jcdk.runtime.testing.TestCanisters;
import org.junit.jupiter.api.Test;

/**
 * The metering instrumentation, byte for byte: the SHA-256 of the instrumented hand-written counter canister as
 * recorded before the profiling mode shared the walker. A change here changes every module's compiled code (and
 * the compile cache keys), so it must be deliberate.
 */
class MeteringGoldenTest {
    @Test
    void meteredOutputIsUnchanged() {
        byte[] out = MeteringInstrumenter.instrument(TestCanisters.counter()).wasm();
        assertEquals("714102aed6a91c7a94b261ab07c8de8c2a44824d0ae37d4ae5431b1634d0a9d1", CanisterModule.sha256Hex(out));
    }
}
