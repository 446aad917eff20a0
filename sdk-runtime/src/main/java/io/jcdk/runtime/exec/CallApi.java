package io.jcdk.runtime.exec;

import java.util.Map;

/** Inter-canister calls: call_new, call_on_cleanup, call_data_append, call_with_best_effort_response, call_perform. */
final class CallApi {
    private static final long[] NONE = new long[0];
    /** Resource limits: the argument of an inter-canister call is at most 2 MiB. */
    static final int MAX_CALL_ARG = 2 * 1024 * 1024;
    /** The IC caps best-effort timeouts at 300 seconds. */
    static final long MAX_TIMEOUT_SECONDS = 300;
    static final int MAX_METHOD_NAME = 20_000;

    private CallApi() {}

    static void register(Map<String, SystemApi.Impl> m) {
        m.put("call_new", (api, a) -> {
            byte[] callee = api.readIn("call_new", a[0], a[1]);
            if (SystemApi.u32(a[3]) > MAX_METHOD_NAME) {
                throw CanisterTrap.of("ic0.call_new: method name of " + SystemApi.u32(a[3]) + " bytes is longer than "
                        + MAX_METHOD_NAME);
            }
            String method = SystemApi.strictUtf8("call_new", api.readIn("call_new", a[2], a[3]));
            OutgoingCall previous = api.execution().discardPendingCall();
            if (previous != null) {
                CyclesApi.refund(api, previous.cycles());
            }
            api.execution().newCall(new OutgoingCall(callee, method, (int) a[4], (int) a[5], (int) a[6], (int) a[7]));
            return NONE;
        });
        m.put("call_on_cleanup", (api, a) -> {
            OutgoingCall c = api.execution().pendingCall("call_on_cleanup");
            if (c.cleanupFun() != OutgoingCall.NO_CALLBACK) {
                throw CanisterTrap.of("ic0.call_on_cleanup called twice for the same call");
            }
            c.setCleanup((int) a[0], (int) a[1]);
            return NONE;
        });
        m.put("call_data_append", (api, a) -> {
            OutgoingCall c = api.execution().pendingCall("call_data_append");
            byte[] data = api.readIn("call_data_append", a[0], a[1]);
            if ((long) c.argSize() + data.length > MAX_CALL_ARG) {
                throw CanisterTrap.of("ic0.call_data_append: the call argument would exceed " + MAX_CALL_ARG
                        + " bytes");
            }
            c.append(data);
            return NONE;
        });
        m.put("call_with_best_effort_response", (api, a) -> {
            OutgoingCall c = api.execution().pendingCall("call_with_best_effort_response");
            if (c.boundedWait()) {
                throw CanisterTrap.of("ic0.call_with_best_effort_response called twice for the same call");
            }
            // The spec: min(timeout_seconds, MAX_CALL_TIMEOUT); 0 is allowed (a deadline of the call's time).
            c.setTimeoutSeconds(Math.min(SystemApi.u32(a[0]), MAX_TIMEOUT_SECONDS));
            return NONE;
        });
        m.put("call_perform", (api, a) -> {
            OutgoingCall c = api.execution().pendingCall("call_perform");
            api.execution().perform(c);
            return SystemApi.i32(0);
        });
    }
}
