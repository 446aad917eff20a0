package io.jcdk.runtime.state;

import io.jcdk.runtime.ReplicaException;

/** Persisted state that cannot be read: missing, truncated or corrupt files. The message names the file. */
public class StateException extends ReplicaException {
    public StateException(String message) {
        super(message);
    }

    public StateException(String message, Throwable cause) {
        super(message, cause);
    }
}
