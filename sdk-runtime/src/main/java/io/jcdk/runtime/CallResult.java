package io.jcdk.runtime;

import io.jcdk.runtime.meter.Profile;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an install, update or query: either reply bytes, or a reject code with a message. Always carries
 * the canister's debug_print output and where it came from.
 *
 * @param canister the canister name
 * @param method the method, or the lifecycle step such as {@code install}
 * @param reply the reply bytes, null when rejected
 * @param rejectCode null when replied
 * @param rejectMessage null when replied
 * @param debugOutput the lines the canister printed with ic0.debug_print, also from a trapped execution
 * @param instructions instructions executed (Wasm instructions, each counting 1, plus a fixed charge per System API
 *     call; for a call, all executions of its call context: method and callbacks)
 * @param profile where those instructions went, per function: its total equals {@code instructions}; null unless
 *     the replica profiles ({@link Replica#setProfiling})
 */
public record CallResult(String canister, String method, byte[] reply, RejectCode rejectCode, String rejectMessage,
        List<String> debugOutput, long instructions, Profile profile) {

    public CallResult(String canister, String method, byte[] reply, RejectCode rejectCode, String rejectMessage,
            List<String> debugOutput, long instructions) {
        this(canister, method, reply, rejectCode, rejectMessage, debugOutput, instructions, null);
    }

    public static CallResult replied(String canister, String method, byte[] reply, List<String> debug) {
        return new CallResult(canister, method, reply, null, null, List.copyOf(debug), 0);
    }

    public static CallResult rejected(String canister, String method, RejectCode code, String message,
            List<String> debug) {
        return new CallResult(canister, method, null, code, message, List.copyOf(debug), 0);
    }

    public CallResult withInstructions(long n) {
        return new CallResult(canister, method, reply, rejectCode, rejectMessage, debugOutput, n, profile);
    }

    public CallResult withDebugOutput(List<String> lines) {
        return new CallResult(canister, method, reply, rejectCode, rejectMessage, List.copyOf(lines), instructions,
                profile);
    }

    public CallResult withProfile(Profile p) {
        return new CallResult(canister, method, reply, rejectCode, rejectMessage, debugOutput, instructions, p);
    }

    public boolean isReply() {
        return rejectCode == null;
    }

    public Optional<byte[]> replyBytes() {
        return Optional.ofNullable(reply);
    }

    /** One line for humans: what was rejected, by whom, with which code. */
    public String describeReject() {
        if (isReply()) {
            return canister + "." + method + " replied";
        }
        return "canister " + canister + " rejected " + method + " with " + rejectCode + " (" + rejectCode.code() + "): "
                + rejectMessage;
    }
}
