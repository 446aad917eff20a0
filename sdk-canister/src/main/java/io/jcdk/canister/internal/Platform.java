package io.jcdk.canister.internal;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;

/** Where the codec runs: TeaVM replaces {@link #isWasm()} by {@code true} in a canister. */
public final class Platform {
    private Platform() {
    }

    @PlatformMarker(Platforms.WEBASSEMBLY)
    public static boolean isWasm() {
        return false;
    }
}
