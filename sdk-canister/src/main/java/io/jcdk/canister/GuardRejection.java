package io.jcdk.canister;

/**
 * Thrown by a guard method ({@code @Update(guard = "...")}) to refuse a call: the caller gets a reject with this
 * message and the guarded method does not run. Any other exception from a guard traps.
 */
public class GuardRejection extends RuntimeException {
    public GuardRejection(String message) {
        super(message);
    }
}
