package io.jcdk.runtime.exec;

/** The canister trapped; the message is what the caller sees as the reject message. */
public final class CanisterTrap extends RuntimeException {
    private CanisterTrap(String message, Throwable cause) {
        super(message, cause);
    }

    /** A trap detected by the system, such as a bounds violation in a System API call. */
    public static CanisterTrap of(String reason) {
        return new CanisterTrap("Canister trapped: " + reason, null);
    }

    /** A trap raised by the Wasm code itself (unreachable, division by zero, out-of-bounds access, ...). */
    public static CanisterTrap fromWasm(Throwable cause) {
        String reason = cause instanceof StackOverflowError ? "call stack exhausted" : cause.getMessage();
        return new CanisterTrap("Canister trapped: " + (reason == null ? cause.getClass().getSimpleName() : reason),
                cause);
    }

    /** The message used up its instruction budget. */
    public static CanisterTrap limitExceeded(long limit) {
        return new CanisterTrap("Canister trapped: instruction limit exceeded: the canister exceeded the limit of "
                + limit + " instructions for a single message execution", null);
    }

    /** {@code ic0.trap}, worded like the IC's replica. */
    public static CanisterTrap explicit(String message) {
        return new CanisterTrap("Canister called `ic0.trap` with message: '" + message + "'", null);
    }
}
