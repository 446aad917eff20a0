package io.jcdk.canister.internal;

import io.jcdk.canister.Ic;
import io.jcdk.canister.ic0.Ic0;
import org.teavm.interop.Address;

/**
 * Java bodies for the host functions that TeaVM's Wasm output imports from its JavaScript host ({@code teavm.*},
 * {@code teavmMath.*}; the Math functions are in {@code ExactMath} and {@code math.FdLibm}). The IC accepts only {@code ic0.*} imports, so the build plugin's class transformer
 * replaces each such native method with a call to the method here of the same signature (the table is
 * {@code io.jcdk.maven.teavm.HostImportTable}). Each one is exact or traps with a message saying why: a
 * canister never gets a silently different result.
 */
public final class TeaVmHost {
    private static boolean outOfMemoryReported;
    private static byte[] lineBuffer = new byte[0];
    private static int lineLength;

    private TeaVmHost() {
    }

    /** {@code teavm.putwcharsOut}: UTF-8 bytes of System.out, printed a line at a time with debug_print. */
    public static void putCharsStdout(Address address, int count) {
        console(address, count);
    }

    /** {@code teavm.putwcharsErr}: as for System.out (the IC has a single debug log). */
    public static void putCharsStderr(Address address, int count) {
        console(address, count);
    }

    private static void console(Address address, int count) {
        for (int i = 0; i < count; i++) {
            byte b = address.add(i).getByte();
            if (b == '\n') {
                flushConsole();
            } else {
                if (lineLength == lineBuffer.length) {
                    lineBuffer = java.util.Arrays.copyOf(lineBuffer, Math.max(64, lineLength * 2));
                }
                lineBuffer[lineLength++] = b;
            }
        }
    }

    /**
     * Prints what System.out or System.err wrote since the last line break. Generated entry points call it when
     * the user's method returns, so that output without a final newline is not held over to a later message.
     */
    public static void flushConsole() {
        if (lineLength > 0) {
            Ic0.debug_print(Address.ofData(lineBuffer).toInt(), lineLength);
            lineLength = 0;
        }
    }

    /** {@code teavm.currentTimeMillis}: the IC's time, which is constant within a message. */
    public static double currentTimeMillis() {
        return Ic0.time() / 1_000_000L;
    }

    /** {@code teavm.nanoTime}, in milliseconds as TeaVM expects (System.nanoTime multiplies by 10^6). */
    public static double nanoTimeMillis() {
        long nanos = Ic0.time();
        return nanos / 1_000_000L + (nanos % 1_000_000L) / 1e6;
    }

    /** Replaces {@code System.nanoTime()}: the IC's time, in full nanosecond precision. */
    public static long nanoTime() {
        return Ic0.time();
    }

    /** {@code teavm.logString}: TeaVM's runtime diagnostics (for example an uncaught exception's trace). */
    public static void logString(String text) {
        Ic.print(text);
    }

    /** {@code teavm.logInt}. */
    public static void logInt(int value) {
        Ic.print(Integer.toString(value));
    }

    /**
     * {@code teavm.logOutOfMemory}: the Java heap is exhausted. Building the message may itself need memory, so a
     * second report in the same message traps with an empty message instead of recursing.
     */
    public static void logOutOfMemory() {
        if (!outOfMemoryReported) {
            outOfMemoryReported = true;
            Ic.trap("out of memory: the Java heap reached the module's maximum heap size (jcdk maxHeapSize)");
        }
        Ic0.trap(0, 0);
    }

    /** {@code teavmHeapTrace.init}: a heap-tracing hook of TeaVM's debug builds; there is nothing to trace into. */
    public static void initHeapTrace(int maxHeap) {
    }

    /** {@code teavm.getNativeOffset}: the IC has no time zone; canister code runs in UTC. */
    public static int timeZoneOffset(double instant) {
        return 0;
    }

    /** {@code teavmMath.random}: replicated execution has no entropy source. */
    public static double random() {
        throw unsupported("Math.random()", "replicated execution has no local entropy; get random bytes from the"
                + " management canister's raw_rand");
    }

    private static RuntimeException unsupported(String what, String why) {
        return Ic.trap(what + " is not available in a canister: " + why
                + " (see README, \"Java inside a canister\")");
    }
}
