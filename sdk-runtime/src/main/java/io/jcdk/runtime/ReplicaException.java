package io.jcdk.runtime;

/**
 * An operation the replica refused before or around running canister code: unknown canister, invalid module,
 * unreadable state. Canister traps and rejects are not exceptions; they come back as {@link CallResult}.
 */
public class ReplicaException extends RuntimeException {
    public ReplicaException(String message) {
        super(message);
    }

    public ReplicaException(String message, Throwable cause) {
        super(message, cause);
    }
}
