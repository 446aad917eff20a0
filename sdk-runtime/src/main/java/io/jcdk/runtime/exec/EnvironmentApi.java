package io.jcdk.runtime.exec;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Environment variables and the cost_* functions (local fee formulas, see {@link LocalFees}). */
final class EnvironmentApi {
    private static final long[] NONE = new long[0];
    /** Resource limits: an environment variable name is at most 128 bytes. */
    static final int MAX_NAME = 128;

    private EnvironmentApi() {}

    static void register(Map<String, SystemApi.Impl> m) {
        m.put("env_var_count", (api, a) -> SystemApi.i32(api.metadata().envVars().size()));
        m.put("env_var_name_size", (api, a) -> SystemApi.i32(name(api, "env_var_name_size", a[0]).length));
        m.put("env_var_name_copy", (api, a) -> api.copyOut("env_var_name_copy", new long[] {a[1], a[2], a[3]},
                name(api, "env_var_name_copy", a[0])));
        m.put("env_var_name_exists", (api, a) -> SystemApi.i32(
                api.metadata().envVars().containsKey(readName(api, "env_var_name_exists", a[0], a[1])) ? 1 : 0));
        m.put("env_var_value_size", (api, a) -> SystemApi.i32(value(api, "env_var_value_size", a[0], a[1]).length));
        m.put("env_var_value_copy", (api, a) -> api.copyOut("env_var_value_copy", new long[] {a[2], a[3], a[4]},
                value(api, "env_var_value_copy", a[0], a[1])));
        m.put("cost_call", (api, a) -> api.writeU128("cost_call", a[2],
                LocalFees.call(CyclesApi.unsigned(a[0]), CyclesApi.unsigned(a[1]))));
        m.put("cost_create_canister", (api, a) -> api.writeU128("cost_create_canister", a[0],
                LocalFees.CREATE_CANISTER));
        m.put("cost_http_request", (api, a) -> api.writeU128("cost_http_request", a[2],
                LocalFees.httpRequest(CyclesApi.unsigned(a[0]), CyclesApi.unsigned(a[1]))));
        m.put("cost_sign_with_ecdsa", (api, a) -> threshold(api, "cost_sign_with_ecdsa", a, 0));
        m.put("cost_sign_with_schnorr", (api, a) -> threshold(api, "cost_sign_with_schnorr", a, 1));
        m.put("cost_vetkd_derive_key", (api, a) -> threshold(api, "cost_vetkd_derive_key", a, 0));
    }

    private static long[] threshold(SystemApi api, String fn, long[] a, int maxCurve) {
        byte[] keyName = api.readIn(fn, a[0], a[1]);
        api.checkHeap(fn, SystemApi.u32(a[3]), 16);
        int curve = (int) a[2];
        if (curve < 0 || curve > maxCurve) {
            return SystemApi.i32(1);
        }
        BigInteger fee = LocalFees.thresholdKey(new String(keyName, StandardCharsets.UTF_8));
        if (fee == null) {
            return SystemApi.i32(2);
        }
        api.writeU128(fn, a[3], fee);
        return SystemApi.i32(0);
    }

    private static byte[] name(SystemApi api, String fn, long index32) {
        long index = SystemApi.u32(index32);
        List<String> names = new ArrayList<>(api.metadata().envVars().keySet());
        if (index >= names.size()) {
            throw CanisterTrap.of("ic0." + fn + ": index " + index + " is out of bounds, there are " + names.size()
                    + " environment variables");
        }
        return names.get((int) index).getBytes(StandardCharsets.UTF_8);
    }

    private static String readName(SystemApi api, String fn, long src, long size) {
        if (SystemApi.u32(size) > MAX_NAME) {
            throw CanisterTrap.of("ic0." + fn + ": a name of " + SystemApi.u32(size) + " bytes is longer than the "
                    + "maximum of " + MAX_NAME);
        }
        return SystemApi.strictUtf8(fn, api.readIn(fn, src, size));
    }

    private static byte[] value(SystemApi api, String fn, long src, long size) {
        String name = readName(api, fn, src, size);
        String v = api.metadata().envVars().get(name);
        if (v == null) {
            throw CanisterTrap.of("ic0." + fn + ": there is no environment variable named '" + name + "'");
        }
        return v.getBytes(StandardCharsets.UTF_8);
    }
}
