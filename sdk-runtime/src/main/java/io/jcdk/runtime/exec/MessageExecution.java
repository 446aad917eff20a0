package io.jcdk.runtime.exec;

import io.jcdk.canister.Principal;
import io.jcdk.spec.CallContext;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What the System API sees during one entry-point execution: the argument, the caller, the time, and what the
 * canister has answered. Created per message; nothing in it survives the message except through the result.
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
    private final boolean needsResponse;
    private final ByteArrayOutputStream replyData = new ByteArrayOutputStream();
    private final List<String> debugOutput = new ArrayList<>();
    private Response response = Response.NONE;
    private byte[] reply;
    private String rejectMessage;
    private boolean messageAccepted;

    public MessageExecution(CallContext context, byte[] arg, Principal caller, String methodName, long time) {
        this.context = context;
        this.arg = arg == null ? new byte[0] : arg;
        this.caller = caller;
        this.methodName = methodName == null ? "" : methodName;
        this.time = time;
        this.replicated = context != CallContext.NON_REPLICATED_QUERY && context != CallContext.COMPOSITE_QUERY
                && context != CallContext.INSPECT_MESSAGE;
        this.needsResponse = switch (context) {
            case UPDATE, REPLICATED_QUERY, NON_REPLICATED_QUERY, COMPOSITE_QUERY -> true;
            default -> false;
        };
    }

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

    void debugPrint(String line) {
        debugOutput.add(line);
    }

    private void requireUnanswered(String function) {
        if (!needsResponse) {
            throw CanisterTrap.of("ic0." + function + " called, but " + context.description()
                    + " has no call to respond to");
        }
        if (response != Response.NONE) {
            throw CanisterTrap.of("ic0." + function + " called after the call was already "
                    + (response == Response.REPLIED ? "replied to" : "rejected"));
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
}
