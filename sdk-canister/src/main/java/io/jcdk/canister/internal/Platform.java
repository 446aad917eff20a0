package io.jcdk.canister.internal;

import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;

/** Where the code runs: TeaVM replaces {@link #isWasm()} by {@code true} in a canister. */
public final class Platform {
    private Platform() {
    }

    @PlatformMarker(Platforms.WEBASSEMBLY)
    public static boolean isWasm() {
        return false;
    }

    /**
     * False in a canister built with {@code optimize=size}: the build replaces every call by that constant, and
     * TeaVM drops the code only a call that answers true reaches (inner loops unrolled or specialised for speed).
     */
    public static boolean optimizesForSpeed() {
        return true;
    }
}
