package io.jcdk.candid;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;

/** Where the codec runs: TeaVM replaces {@link #isWasm()} by {@code true} in a canister. */
final class Platform {
    private Platform() {
    }

    @PlatformMarker(Platforms.WEBASSEMBLY)
    static boolean isWasm() {
        return false;
    }
}
