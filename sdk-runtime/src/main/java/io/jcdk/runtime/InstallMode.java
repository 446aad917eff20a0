package io.jcdk.runtime;

import java.util.Locale;

/** The install_code modes of the management canister. */
public enum InstallMode {
    /** First installation on an empty canister. */
    INSTALL,
    /** Replaces the code and wipes all state, heap and stable memory. */
    REINSTALL,
    /** Replaces the code, keeps stable memory: pre_upgrade on the old code, post_upgrade on the new. */
    UPGRADE;

    public static InstallMode parse(String text) {
        for (InstallMode m : values()) {
            if (m.name().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown install mode '" + text + "' (expected install, reinstall or upgrade)");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
