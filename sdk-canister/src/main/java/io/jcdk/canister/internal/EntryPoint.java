package io.jcdk.canister.internal;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.CandidException;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Ic;
import java.util.List;

/**
 * What every generated entry point does around the user's method: decode the argument, encode the reply, and
 * turn an uncaught exception into a trap that says what happened. Called only by code the processor generates.
 */
public final class EntryPoint {
    private EntryPoint() {
    }

    /**
     * Decodes the current message's argument as {@code types}; a malformed argument throws CandidException. An
     * empty argument (no bytes at all, not even the Candid header) is taken as {@code ()} where no argument is
     * expected, as the Rust CDK does for {@code canister_init} and {@code canister_post_upgrade}.
     */
    public static List<IdlValue> args(List<IdlType> types) {
        byte[] data = Ic.argData();
        if (data.length == 0 && types.isEmpty()) {
            return List.of();
        }
        return CandidDecoder.decodeArgs(data, types);
    }

    /** Replies with {@code values} encoded as {@code types}. */
    public static void reply(List<IdlType> types, List<IdlValue> values) {
        byte[] encoded = CandidEncoder.encodeArgs(types, values);
        TeaVmHost.flushConsole();
        Ic.reply(encoded);
    }

    /** Ends an entry point that does not reply (init and the upgrade hooks): prints pending console output. */
    public static void finish() {
        TeaVmHost.flushConsole();
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
