package io.jcdk.runtime;

/**
 * The options of an upgrade (management canister {@code canister_install_mode}).
 *
 * @param skipPreUpgrade do not run the old module's canister_pre_upgrade
 * @param wasmMemoryPersistence null (not given), KEEP or REPLACE
 */
public record UpgradeOptions(boolean skipPreUpgrade, WasmMemoryPersistence wasmMemoryPersistence) {
    public static final UpgradeOptions DEFAULT = new UpgradeOptions(false, null);

    /** What happens to the Wasm heap on upgrade. */
    public enum WasmMemoryPersistence {
        KEEP, REPLACE
    }

    public UpgradeOptions skippingPreUpgrade() {
        return new UpgradeOptions(true, wasmMemoryPersistence);
    }

    public UpgradeOptions with(WasmMemoryPersistence p) {
        return new UpgradeOptions(skipPreUpgrade, p);
    }
}
