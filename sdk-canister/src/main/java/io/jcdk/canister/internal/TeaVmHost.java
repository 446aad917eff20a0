package io.jcdk.canister.internal;

import io.jcdk.canister.Ic;
import io.jcdk.canister.ic0.Ic0;
import org.teavm.interop.Address;

/**
 * Java bodies for the host functions that TeaVM's Wasm output imports from its JavaScript host ({@code teavm.*},
 * {@code teavmMath.*}). The IC accepts only {@code ic0.*} imports, so the build plugin's class transformer
 * replaces each such native method with a call to the method here of the same signature (the table is
 * {@code io.jcdk.maven.teavm.HostImportTable}). Each one is exact or traps with a message saying why: a
 * canister never gets a silently different result.
 */
public final class TeaVmHost {
    private static boolean outOfMemoryReported;

    private TeaVmHost() {
    }

    /** {@code teavm.putwcharsOut}: UTF-8 bytes of System.out; each write becomes one debug_print line. */
    public static void putCharsStdout(Address address, int count) {
        print(address, count);
    }

    /** {@code teavm.putwcharsErr}: as for System.out. */
    public static void putCharsStderr(Address address, int count) {
        print(address, count);
    }

    private static void print(Address address, int count) {
        if (count > 0 && address.add(count - 1).getByte() == '\n') {
            count--; // debug_print is line-based already
        }
        Ic0.debug_print(address.toInt(), count);
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

    /** A Math function with no exact implementation in JCDK yet: trap rather than give a different result. */
    public static double unsupportedUnary(double x) {
        throw unsupported("this java.lang.Math function (sin, cos, tan, asin, acos, atan, exp, log and their"
                + " derivatives)", "JCDK has no implementation of it that matches the JVM bit for bit yet");
    }

    /** As {@link #unsupportedUnary} for the two-argument functions ({@code pow}, {@code atan2}). */
    public static double unsupportedBinary(double x, double y) {
        throw unsupported("Math.pow / Math.atan2", "JCDK has no implementation that matches the JVM bit for bit yet");
    }

    private static RuntimeException unsupported(String what, String why) {
        return Ic.trap(what + " is not available in a canister: " + why
                + " (see README, \"Java inside a canister\")");
    }
}
