package io.jcdk.canister.internal;

import io.jcdk.candid.CandidException;
import io.jcdk.candid.CandidReader;
import io.jcdk.candid.CandidWriter;
import io.jcdk.candid.FieldNames;
import io.jcdk.canister.Ic;

/**
 * What every generated entry point does around the user's method: decode the argument, encode the reply, and
 * turn an uncaught exception into a trap that says what happened. Called only by code the processor generates.
 */
public final class EntryPoint {
    /** {@code ()}: the header of a message with no values. */
    private static final byte[] EMPTY = {'D', 'I', 'D', 'L', 0, 0};

    private EntryPoint() {
    }

    /**
     * The current message's argument, ready to be read; a malformed header throws CandidException. A header equal
     * to {@code expected}'s is not parsed again.
     */
    public static CandidReader reader(FieldNames names, CandidReader.Expected expected) {
        return CandidReader.open(Ic.argData(), names, expected);
    }

    /**
     * Checks that the current message's argument is a Candid message (its values, if any, are skipped) where no
     * argument is expected. An empty argument (no bytes at all, not even the Candid header) is taken as {@code ()}, as
     * the Rust CDK does for {@code canister_init} and {@code canister_post_upgrade}.
     */
    public static void noArgs(FieldNames names) {
        byte[] data = Ic.argData();
        if (data.length != 0 && !(data.length == EMPTY.length && Mem.regionEquals(data, 0, EMPTY, 0, EMPTY.length))) {
            CandidReader.open(data, names).end();
        }
    }

    /** Replies with the message {@code w} wrote. */
    public static void reply(CandidWriter w) {
        TeaVmHost.flushConsole();
        // one run (the usual case): one append with the reply, about 150 instructions less than the loop
        if (!Platform.optimizesForSpeed() || w.runs() == 1) {
            Ic.reply(w.runArray(0), w.size());
            return;
        }
        // the writer's buffer and the large arrays it refers to, each appended where it is
        for (int k = 0; k < w.runs(); k++) {
            int n = w.runLength(k);
            if (n != 0) {
                Ic.replyAppend(w.runArray(k), w.runOffset(k), n);
            }
        }
        Ic.replySend();
    }

    /** Replies {@code ()}. */
    public static void replyEmpty() {
        TeaVmHost.flushConsole();
        Ic.reply(EMPTY);
    }

    /**
     * Traps with the exception's class and message (and its causes), never a bare {@code unreachable}, so that
     * the caller's reject says what went wrong. A Candid error already reads as a sentence and traps as it is.
     */
    public static void trap(String where, Throwable error) {
        StringBuilder message = new StringBuilder();
        if (error instanceof CandidException) {
            message.append(error.getMessage());
        } else {
            describe(error, message);
            Throwable cause = error.getCause();
            for (int depth = 0; cause != null && cause != error && depth < 8; depth++) {
                message.append("; caused by ");
                describe(cause, message);
                cause = cause.getCause();
            }
        }
        message.append(" (in ").append(where).append(')');
        TeaVmHost.flushConsole();
        throw Ic.trap(message.toString());
    }

    private static void describe(Throwable error, StringBuilder out) {
        out.append(error.getClass().getName());
        String text = error.getMessage();
        if (text != null) {
            out.append(": ").append(text);
        }
    }
}
