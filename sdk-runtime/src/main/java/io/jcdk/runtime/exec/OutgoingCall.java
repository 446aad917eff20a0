package io.jcdk.runtime.exec;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * A call being assembled by call_new .. call_perform, then performed: callee, method, argument, attached cycles
 * and the callbacks (indices into the module's function table, each with its env value).
 */
public final class OutgoingCall {
    public static final int NO_CALLBACK = -1;

    private final byte[] callee;
    private final String method;
    private final int replyFun;
    private final int replyEnv;
    private final int rejectFun;
    private final int rejectEnv;
    private int cleanupFun = NO_CALLBACK;
    private int cleanupEnv;
    private final ByteArrayOutputStream arg = new ByteArrayOutputStream();
    private BigInteger cycles = BigInteger.ZERO;
    /** NO_TIMEOUT for a guaranteed-response call. */
    public static final long NO_TIMEOUT = -1;
    private long timeoutSeconds = NO_TIMEOUT;

    OutgoingCall(byte[] callee, String method, int replyFun, int replyEnv, int rejectFun, int rejectEnv) {
        this.callee = callee;
        this.method = method;
        this.replyFun = replyFun;
        this.replyEnv = replyEnv;
        this.rejectFun = rejectFun;
        this.rejectEnv = rejectEnv;
    }

    public byte[] callee() {
        return callee.clone();
    }

    public String method() {
        return method;
    }

    public int replyFun() {
        return replyFun;
    }

    public int replyEnv() {
        return replyEnv;
    }

    public int rejectFun() {
        return rejectFun;
    }

    public int rejectEnv() {
        return rejectEnv;
    }

    public int cleanupFun() {
        return cleanupFun;
    }

    public int cleanupEnv() {
        return cleanupEnv;
    }

    public byte[] arg() {
        return arg.toByteArray();
    }

    public BigInteger cycles() {
        return cycles;
    }

    /** {@link #NO_TIMEOUT} for a guaranteed-response call, else the bounded-wait timeout in seconds (may be 0). */
    public long timeoutSeconds() {
        return timeoutSeconds;
    }

    /** Made with call_with_best_effort_response. */
    public boolean boundedWait() {
        return timeoutSeconds != NO_TIMEOUT;
    }

    void setCleanup(int fun, int env) {
        cleanupFun = fun;
        cleanupEnv = env;
    }

    void append(byte[] data) {
        arg.writeBytes(data);
    }

    int argSize() {
        return arg.size();
    }

    void addCycles(BigInteger amount) {
        cycles = cycles.add(amount);
    }

    void setTimeoutSeconds(long seconds) {
        timeoutSeconds = seconds;
    }
}
