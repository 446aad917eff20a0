package io.jcdk.runtime.exec;

import io.jcdk.runtime.memory.StableMemory;
import java.util.Map;

/** The stable memory functions, 64-bit and the deprecated 32-bit ones with their own 4 GiB limit. */
final class StableApi {
    private static final long[] NONE = new long[0];

    private StableApi() {}

    static void register(Map<String, SystemApi.Impl> m) {
        m.put("stable64_size", (api, a) -> SystemApi.i64(api.stable().sizePages()));
        m.put("stable64_grow", (api, a) -> SystemApi.i64(api.stable().grow(a[0], StableMemory.MAX_PAGES)));
        m.put("stable64_write", (api, a) -> write(api, "stable64_write", a[0], a[1], a[2]));
        m.put("stable64_read", (api, a) -> read(api, "stable64_read", a[0], a[1], a[2]));
        m.put("stable_size", (api, a) -> {
            check32(api, "stable_size");
            return SystemApi.i32((int) api.stable().sizePages());
        });
        m.put("stable_grow", (api, a) -> {
            check32(api, "stable_grow");
            return SystemApi.i32((int) api.stable().grow(SystemApi.u32(a[0]), StableMemory.MAX_PAGES_32));
        });
        m.put("stable_write", (api, a) -> {
            check32(api, "stable_write");
            return write(api, "stable_write", SystemApi.u32(a[0]), SystemApi.u32(a[1]), SystemApi.u32(a[2]));
        });
        m.put("stable_read", (api, a) -> {
            check32(api, "stable_read");
            return read(api, "stable_read", SystemApi.u32(a[0]), SystemApi.u32(a[1]), SystemApi.u32(a[2]));
        });
    }

    private static void check32(SystemApi api, String fn) {
        if (api.stable().sizePages() > StableMemory.MAX_PAGES_32) {
            throw CanisterTrap.of("ic0." + fn + ": stable memory is larger than 4 GiB; use the stable64 functions");
        }
    }

    private static void checkStable(SystemApi api, String fn, long offset, long size) {
        long end = offset + size;
        if (offset < 0 || size < 0 || end < offset || end > api.stable().sizeBytes()) {
            throw CanisterTrap.of("ic0." + fn + ": range " + Long.toUnsignedString(offset) + " + "
                    + Long.toUnsignedString(size) + " exceeds the stable memory of " + api.stable().sizeBytes()
                    + " bytes");
        }
    }

    private static void checkHeap64(SystemApi api, String fn, long address, long size) {
        if (address < 0 || size < 0) {
            throw CanisterTrap.of("ic0." + fn + ": range " + Long.toUnsignedString(address) + " + "
                    + Long.toUnsignedString(size) + " exceeds the Wasm memory of " + api.memorySize() + " bytes");
        }
        api.checkHeap(fn, address, size);
    }

    private static long[] write(SystemApi api, String fn, long offset, long src, long size) {
        checkHeap64(api, fn, src, size);
        checkStable(api, fn, offset, size);
        if (size > 0) {
            api.chargeStableWrite(fn, offset, size);
            byte[] bytes = api.memory().readBytes((int) src, (int) size);
            api.stable().write(offset, bytes, 0, bytes.length);
        }
        return NONE;
    }

    private static long[] read(SystemApi api, String fn, long dst, long offset, long size) {
        checkHeap64(api, fn, dst, size);
        checkStable(api, fn, offset, size);
        if (size > 0) {
            byte[] bytes = new byte[(int) size];
            api.stable().read(offset, bytes, 0, bytes.length);
            api.memory().write((int) dst, bytes, 0, bytes.length);
        }
        return NONE;
    }
}
