package io.jcdk.runtime.exec;

import io.jcdk.canister.Principal;
import io.jcdk.spec.CallContext;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What the System API sees during one entry-point execution: the argument, the caller, the time, the cycles on
 * offer, a callback's response, and what the canister has answered or called. Created per message; nothing in it
 * survives the message except through what the runtime reads back after a successful execution.
 */
public final class MessageExecution {
    /** Max response size (resource limits): 2 MiB replicated, 3 MiB for non-replicated queries. */
    static final int MAX_REPLY_REPLICATED = 2 * 1024 * 1024;
    static final int MAX_REPLY_NON_REPLICATED = 3 * 1024 * 1024;

    private final CallContext context;
    private final byte[] arg;
    private final Principal caller;
    private final String methodName;
    private final long time;
    private final boolean replicated;
    private final boolean mayRespond;
    private final ByteArrayOutputStream replyData = new ByteArrayOutputStream();
    private final List<String> debugOutput = new ArrayList<>();
    private final List<OutgoingCall> performed = new ArrayList<>();
    private boolean contextResponded;
    private Response response = Response.NONE;
    private byte[] reply;
    private String rejectMessage;
    private boolean messageAccepted;
    private long budget = Long.MAX_VALUE / 4;
    private long instructions;
    private io.jcdk.runtime.meter.Profile profile;
    private long contextInstructionsBefore;
    private int incomingRejectCode;
    private String incomingRejectMessage = "";
    private BigInteger cyclesAvailable = BigInteger.ZERO;
    private BigInteger cyclesAccepted = BigInteger.ZERO;
    private BigInteger cyclesRefunded = BigInteger.ZERO;
    private OutgoingCall pendingCall;
    private byte[] certificate;
    private long deadline;

    public MessageExecution(CallContext context, byte[] arg, Principal caller, String methodName, long time) {
        this.context = context;
        this.arg = arg == null ? new byte[0] : arg;
        this.caller = caller;
        this.methodName = methodName == null ? "" : methodName;
        this.time = time;
        this.replicated = context != CallContext.NON_REPLICATED_QUERY && context != CallContext.COMPOSITE_QUERY
                && context != CallContext.INSPECT_MESSAGE && context != CallContext.COMPOSITE_REPLY_CALLBACK
                && context != CallContext.COMPOSITE_REJECT_CALLBACK
                && context != CallContext.COMPOSITE_CLEANUP_CALLBACK;
        this.mayRespond = switch (context) {
            case UPDATE, REPLICATED_QUERY, NON_REPLICATED_QUERY, COMPOSITE_QUERY, TRANSFORM_QUERY, REPLY_CALLBACK,
                    REJECT_CALLBACK, COMPOSITE_REPLY_CALLBACK, COMPOSITE_REJECT_CALLBACK -> true;
            default -> false;
        };
    }

    // ---- set up by the runtime before the execution ----

    /** The call context was already answered by an earlier message (callbacks). */
    public MessageExecution contextResponded(boolean responded) {
        this.contextResponded = responded;
        return this;
    }

    /** Most instructions this execution may use. */
    public MessageExecution budget(long budget) {
        this.budget = budget;
        return this;
    }

    /** Instructions the call context used before this execution (for performance_counter(1)). */
    public MessageExecution contextInstructionsBefore(long n) {
        this.contextInstructionsBefore = n;
        return this;
    }

    /** The response a reply or reject callback handles: code 0 for a reply. */
    public MessageExecution incomingResponse(int rejectCode, String rejectMessage, byte[] unused) {
        this.incomingRejectCode = rejectCode;
        this.incomingRejectMessage = rejectMessage == null ? "" : rejectMessage;
        return this;
    }

    /** Cycles that come with the call (available) or back with a response (refunded). */
    public MessageExecution cycles(BigInteger available, BigInteger refunded) {
        this.cyclesAvailable = available;
        this.cyclesRefunded = refunded;
        return this;
    }

    /** The data certificate of a non-replicated query, or null. */
    public MessageExecution certificate(byte[] certificate) {
        this.certificate = certificate;
        return this;
    }

    public MessageExecution deadline(long deadline) {
        this.deadline = deadline;
        return this;
    }

    // ---- read by the System API and the runtime ----

    public CallContext context() {
        return context;
    }

    public byte[] arg() {
        return arg;
    }

    public Principal caller() {
        return caller;
    }

    public String methodName() {
        return methodName;
    }

    public long time() {
        return time;
    }

    public boolean replicated() {
        return replicated;
    }

    public Response response() {
        return response;
    }

    public byte[] replyData() {
        return reply;
    }

    public String rejectMessage() {
        return rejectMessage;
    }

    public boolean messageAccepted() {
        return messageAccepted;
    }

    public List<String> debugOutput() {
        return debugOutput;
    }

    public long budget() {
        return budget;
    }

    public long instructions() {
        return instructions;
    }

    public void setInstructions(long n) {
        instructions = n;
    }

    /** Where this execution's instructions went; null unless the module runs instrumented for profiling. */
    public io.jcdk.runtime.meter.Profile profile() {
        return profile;
    }

    public void setProfile(io.jcdk.runtime.meter.Profile profile) {
        this.profile = profile;
    }

    long contextInstructionsBefore() {
        return contextInstructionsBefore;
    }

    int incomingRejectCode() {
        return incomingRejectCode;
    }

    String incomingRejectMessage() {
        return incomingRejectMessage;
    }

    public BigInteger cyclesAvailable() {
        return cyclesAvailable;
    }

    public BigInteger cyclesAccepted() {
        return cyclesAccepted;
    }

    BigInteger cyclesRefunded() {
        return cyclesRefunded;
    }

    byte[] certificate() {
        return certificate;
    }

    long deadline() {
        return deadline;
    }

    /** Calls performed by this execution, in order (sent only if it does not trap). */
    public List<OutgoingCall> performedCalls() {
        return performed;
    }

    void debugPrint(String line) {
        debugOutput.add(line);
    }

    // ---- responding ----

    private void requireUnanswered(String function) {
        if (!mayRespond) {
            throw CanisterTrap.of("ic0." + function + " called, but " + context.description()
                    + " has no call to respond to");
        }
        if (contextResponded || response != Response.NONE) {
            throw CanisterTrap.of("ic0." + function + " called after the call was already "
                    + (response == Response.REJECTED ? "rejected" : "replied to"));
        }
    }

    void appendReply(byte[] data) {
        requireUnanswered("msg_reply_data_append");
        int max = replicated ? MAX_REPLY_REPLICATED : MAX_REPLY_NON_REPLICATED;
        if ((long) replyData.size() + data.length > max) {
            throw CanisterTrap.of("ic0.msg_reply_data_append: the reply would exceed the maximum response size of "
                    + max + " bytes");
        }
        replyData.writeBytes(data);
    }

    void reply() {
        requireUnanswered("msg_reply");
        response = Response.REPLIED;
        reply = replyData.toByteArray();
    }

    void reject(String message) {
        requireUnanswered("msg_reject");
        response = Response.REJECTED;
        rejectMessage = message;
        replyData.reset();
    }

    void acceptMessage() {
        if (messageAccepted) {
            throw CanisterTrap.of("ic0.accept_message called twice");
        }
        messageAccepted = true;
    }

    /** Takes up to {@code max} of the cycles still on offer; returns how many were taken. */
    BigInteger acceptCycles(BigInteger max) {
        BigInteger left = cyclesAvailable.subtract(cyclesAccepted);
        BigInteger taken = left.min(max);
        cyclesAccepted = cyclesAccepted.add(taken);
        return taken;
    }

    BigInteger cyclesStillAvailable() {
        return cyclesAvailable.subtract(cyclesAccepted);
    }

    // ---- calls ----

    void newCall(OutgoingCall call) {
        // The spec: call_new while a call is being assembled discards that call (and returns its cycles).
        pendingCall = call;
    }

    OutgoingCall pendingCall(String function) {
        if (pendingCall == null) {
            throw CanisterTrap.of("ic0." + function + " called without a call being assembled (call ic0.call_new "
                    + "first)");
        }
        return pendingCall;
    }

    OutgoingCall discardPendingCall() {
        OutgoingCall c = pendingCall;
        pendingCall = null;
        return c;
    }

    void perform(OutgoingCall call) {
        performed.add(call);
        pendingCall = null;
    }
}
