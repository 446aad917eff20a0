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
        super(prefixed(message));
        this.fatal = fatal;
    }

    /*
     * The codec creates its exceptions through these factories rather than with `new`: TeaVM inlines small
     * constructors (and the Throwable constructors below them) into every call site, but never a synchronized
     * method, so the construction code then exists once in the Wasm module. A canister is single-threaded, and
     * these run only on failure.
     */
    static synchronized CandidException of(String message) {
        return new CandidException(message, false);
    }

    static synchronized CandidException of(String message, boolean fatal) {
        return new CandidException(message, fatal);
    }

    private static String prefixed(String message) {
        return message.startsWith(PREFIX) ? message : PREFIX + message;
    }

    boolean isFatal() {
        return fatal;
    }
}
