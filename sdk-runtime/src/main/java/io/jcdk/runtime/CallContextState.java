package io.jcdk.runtime;

import io.jcdk.runtime.exec.OutgoingCall;
import java.util.ArrayList;
import java.util.List;

/**
 * A call context of the abstract spec: one incoming call (or system task) on a canister, open until it is responded
 * to and has no outstanding calls.
 */
final class CallContextState {
    /** Where the response of a call context goes. */
    sealed interface Origin permits Ingress, FromCanister, SystemTask {}

    /** An ingress message: the response is the result of the user's call. */
    static final class Ingress implements Origin {
        final String target;
        CallResult result;

        Ingress(String target) {
            this.target = target;
        }

        final List<String> debug = new ArrayList<>();
        long instructions;
        /** Profiling only, else null: the profiles of the executions, added up. */
        io.jcdk.runtime.meter.Profile.Builder profile;

        io.jcdk.runtime.meter.Profile profile() {
            return profile == null ? null : profile.build();
        }
    }

    /** A call from another canister's call context, answered through a response message. */
    record FromCanister(String callerName, CallContextState callerContext, OutgoingCall call) implements Origin {}

    /** A heartbeat or global timer: nobody waits for a response. */
    record SystemTask(Ingress collector) implements Origin {}

    final String canister;
    final String method;
    final io.jcdk.canister.Principal caller;
    java.math.BigInteger cyclesLeft = java.math.BigInteger.ZERO;
    final Origin origin;
    /** The ingress message this context (transitively) serves, to collect debug output and instructions. */
    final Ingress ingress;
    boolean responded;
    int outstanding;
    /**
     * msg_deadline in this context's update method and callbacks: the time the bounded-wait call that created it was
     * made plus its timeout; 0 for ingress, guaranteed-response calls, queries and system tasks.
     */
    long deadline;
    long instructions;

    CallContextState(String canister, String method, io.jcdk.canister.Principal caller, Origin origin,
            Ingress ingress) {
        this.canister = canister;
        this.caller = caller;
        this.method = method;
        this.origin = origin;
        this.ingress = ingress;
    }
}
