package io.jcdk.runtime.exec;

import java.math.BigInteger;
import java.util.Map;

/**
 * The cycles functions over the canister's local balance: what a call offers, accepting it, attaching cycles to a
 * call (taken from the balance at once, refunded if the call is not made), refunds, burning.
 */
final class CyclesApi {
    private static final long[] NONE = new long[0];
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private CyclesApi() {}

    static void register(Map<String, SystemApi.Impl> m) {
        m.put("canister_cycle_balance128",
                (api, a) -> api.writeU128("canister_cycle_balance128", a[0], api.metadata().cycles()));
        m.put("canister_liquid_cycle_balance128",
                (api, a) -> api.writeU128("canister_liquid_cycle_balance128", a[0], api.metadata().cycles()));
        m.put("canister_cycle_balance", (api, a) -> {
            BigInteger b = api.metadata().cycles();
            if (b.compareTo(U64_MAX) > 0) {
                throw CanisterTrap.of("ic0.canister_cycle_balance: the balance does not fit in 64 bits; use "
                        + "ic0.canister_cycle_balance128");
            }
            return SystemApi.i64(b.longValue());
        });
        m.put("msg_cycles_available128", (api, a) -> api.writeU128("msg_cycles_available128", a[0],
                api.execution().cyclesStillAvailable()));
        m.put("msg_cycles_available", (api, a) -> SystemApi.i64(
                api.execution().cyclesStillAvailable().min(U64_MAX).longValue()));
        m.put("msg_cycles_refunded128", (api, a) -> api.writeU128("msg_cycles_refunded128", a[0],
                api.execution().cyclesRefunded()));
        m.put("msg_cycles_refunded", (api, a) -> SystemApi.i64(
                api.execution().cyclesRefunded().min(U64_MAX).longValue()));
        m.put("msg_cycles_accept128", (api, a) -> {
            api.checkHeap("msg_cycles_accept128", SystemApi.u32(a[2]), 16);
            BigInteger taken = accept(api, u128(a[0], a[1]));
            return api.writeU128("msg_cycles_accept128", a[2], taken);
        });
        m.put("msg_cycles_accept", (api, a) -> SystemApi.i64(accept(api, unsigned(a[0])).longValue()));
        m.put("call_cycles_add128", (api, a) -> add(api, "call_cycles_add128", u128(a[0], a[1])));
        m.put("call_cycles_add", (api, a) -> add(api, "call_cycles_add", unsigned(a[0])));
        m.put("cycles_burn128", (api, a) -> {
            api.checkHeap("cycles_burn128", SystemApi.u32(a[2]), 16);
            BigInteger burnt = api.metadata().cycles().min(u128(a[0], a[1]));
            api.metadata().setCycles(api.metadata().cycles().subtract(burnt));
            return api.writeU128("cycles_burn128", a[2], burnt);
        });
    }

    private static BigInteger accept(SystemApi api, BigInteger max) {
        BigInteger taken = api.execution().acceptCycles(max);
        api.metadata().setCycles(api.metadata().cycles().add(taken));
        return taken;
    }

    private static long[] add(SystemApi api, String fn, BigInteger amount) {
        OutgoingCall c = api.execution().pendingCall(fn);
        BigInteger balance = api.metadata().cycles();
        if (balance.compareTo(amount) < 0) {
            throw CanisterTrap.of("ic0." + fn + ": cannot attach " + amount + " cycles, the balance is " + balance);
        }
        api.metadata().setCycles(balance.subtract(amount));
        c.addCycles(amount);
        return NONE;
    }

    static void refund(SystemApi api, BigInteger amount) {
        api.metadata().setCycles(api.metadata().cycles().add(amount));
    }

    static BigInteger u128(long high, long low) {
        return unsigned(high).shiftLeft(64).or(unsigned(low));
    }

    static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }
}
