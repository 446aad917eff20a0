package io.jcdk.candid;

/**
 * Any failure of the Candid codec, text parser or .did parser. The message always starts with {@code "IDL error: "}
 * and says what is wrong and where, e.g. {@code IDL error: argument 1, record field "path": expected text, got nat}.
 */
public class CandidException extends RuntimeException {
    private static final String PREFIX = "IDL error: ";

    /**
     * Set for errors that must not be recovered by the special {@code opt} rule: malformed input (which skipping the
     * value would hit again), exhausted quotas and vacuous recursion.
     */
    private final boolean fatal;

    public CandidException(String message) {
        this(message, false);
    }

    CandidException(String message, boolean fatal) {
        super(message.startsWith(PREFIX) ? message : PREFIX + message);
        this.fatal = fatal;
    }

    boolean isFatal() {
        return fatal;
    }
}
