package io.jcdk.canister.internal.jdk;

/** {@code Throwable.getSuppressed} and {@code addSuppressed} over TeaVM's field, which may be null. */
public final class Throwables {
    private static final Throwable[] NONE = new Throwable[0];

    private Throwables() {
    }

    public static Throwable[] copy(Throwable[] suppressed) {
        if (suppressed == null || suppressed.length == 0) {
            return NONE;
        }
        Throwable[] copy = new Throwable[suppressed.length];
        System.arraycopy(suppressed, 0, copy, 0, copy.length);
        return copy;
    }

    public static Throwable[] add(Throwable self, Throwable[] suppressed, Throwable exception, boolean enabled) {
        if (exception == self) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (!enabled) {
            return suppressed;
        }
        int n = suppressed == null ? 0 : suppressed.length;
        Throwable[] grown = new Throwable[n + 1];
        if (n > 0) {
            System.arraycopy(suppressed, 0, grown, 0, n);
        }
        grown[n] = exception;
        return grown;
    }

    /** The message that {@code new Throwable(cause)} gets in the JDK: {@code cause.toString()}, or null. */
    public static String causeMessage(Throwable cause) {
        return cause == null ? null : cause.toString();
    }
}
