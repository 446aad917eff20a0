package io.jcdk.runtime;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.CandidException;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.exec.MessageExecution;
import io.jcdk.runtime.exec.OutgoingCall;
import io.jcdk.runtime.exec.Response;
import io.jcdk.runtime.module.MethodKind;
import io.jcdk.spec.CallContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query call to a {@code canister_composite_query} method: the spec's {@code composite_query_helper}. The call
 * graph is walked depth first: the method runs, then each call it made is evaluated to completion (the callee's own
 * calls included) before its callback runs; calls a callback makes are evaluated next; the first response (from the
 * method or a callback) answers and drops the calls not yet evaluated. Callees may be query and composite query
 * methods of canisters of this (the only) subnet, and the management canister's {@code canister_status}; anything
 * else is rejected with CANISTER_ERROR. Every canister evaluated starts from its committed state, and nothing of
 * any canister is kept: the whole query runs in one rolled-back session per canister, with savepoints for the
 * caller's state across its callbacks and for nested (also re-entrant) calls.
 */
final class CompositeQuery {
    /** MAX_CALL_DEPTH_COMPOSITE_QUERY: the IC's query call graph depth limit. */
    static final int MAX_DEPTH = 6;
    /** MAX_CYCLES_PER_QUERY as instructions: the whole call graph may use this many times the per-query limit. */
    static final int TOTAL_LIMIT_FACTOR = 10;

    private record Answer(byte[] reply, RejectCode code, String message) {
        static Answer reject(RejectCode code, String message) {
            return new Answer(null, code, message);
        }
    }

    private final Replica replica;
    private final String rootName;
    private final Map<String, Canister> sessions = new LinkedHashMap<>();
    /** Each canister's committed state, the first savepoint of its session. */
    private final Map<String, Canister.Savepoint> sessionStart = new LinkedHashMap<>();
    private final List<String> debug = new ArrayList<>();
    private final long totalLimit;
    private long instructions;
    /** Profiling only, else null. */
    private final io.jcdk.runtime.meter.Profile.Builder profile;

    private CompositeQuery(Replica replica, String rootName) {
        this.replica = replica;
        this.rootName = rootName;
        long q = replica.instructionLimits().query();
        this.totalLimit = q > Long.MAX_VALUE / TOTAL_LIMIT_FACTOR ? Long.MAX_VALUE : q * TOTAL_LIMIT_FACTOR;
        this.profile = replica.profiling() ? new io.jcdk.runtime.meter.Profile.Builder() : null;
    }

    /** Runs a composite query method of {@code c} (running, and the method known to be a composite query). */
    static CallResult run(Replica replica, Canister c, String method, byte[] arg, Principal caller, byte[] cert) {
        CompositeQuery q = new CompositeQuery(replica, c.name());
        Answer a;
        try {
            a = q.evaluate(c, caller, method, arg, 0, cert);
        } finally {
            for (Canister s : q.sessions.values()) {
                s.closeSession();
            }
        }
        CallResult r = a.reply() != null ? CallResult.replied(c.name(), method, a.reply(), q.debug)
                : CallResult.rejected(c.name(), method, a.code(), a.message(), q.debug);
        return r.withInstructions(q.instructions).withProfile(q.profile == null ? null : q.profile.build());
    }

    private Answer call(Canister from, OutgoingCall call, int depth) {
        Principal target;
        try {
            target = Principal.fromBytes(call.callee());
        } catch (IllegalArgumentException e) {
            return Answer.reject(RejectCode.DESTINATION_INVALID, "the callee is not a valid principal: "
                    + e.getMessage());
        }
        if (target.equals(Replica.MANAGEMENT_CANISTER)) {
            return management(from, call);
        }
        Optional<Canister> found = replica.findById(target);
        if (found.isEmpty()) {
            return Answer.reject(RejectCode.DESTINATION_INVALID, "Canister " + target.toText() + " not found");
        }
        Canister c = found.get();
        if (c.isEmpty()) {
            return Answer.reject(RejectCode.CANISTER_ERROR, "Canister " + target.toText()
                    + " is empty: it has no Wasm module");
        }
        if (c.metadata().status() != CanisterMetadata.STATUS_RUNNING) {
            return Answer.reject(RejectCode.CANISTER_ERROR, "Canister " + target.toText() + " is "
                    + c.metadata().statusWord());
        }
        Optional<MethodKind> kind = c.module().method(call.method());
        if (kind.isEmpty() || kind.get() == MethodKind.UPDATE) {
            return Answer.reject(RejectCode.CANISTER_ERROR, "Canister " + target.toText() + " has no query method '"
                    + call.method() + "'" + (kind.isPresent() ? " (it is an update method; a composite query may "
                    + "only call query and composite query methods)" : ""));
        }
        return evaluate(c, from.metadata().id(), call.method(), call.arg(), depth, null);
    }

    /** The spec's composite_query_helper for one canister: its method, then its calls and their callbacks. */
    private Answer evaluate(Canister c, Principal caller, String method, byte[] arg, int depth, byte[] cert) {
        MethodKind kind = c.module().method(method).orElseThrow();
        Canister.Savepoint committed;
        Canister.Savepoint outer;
        if (c.inSession()) {
            outer = c.savepoint();
            committed = sessionStart.get(c.name());
            c.rollbackTo(committed);
        } else {
            committed = c.openSession();
            sessionStart.put(c.name(), committed);
            sessions.put(c.name(), c);
            outer = committed;
        }
        try {
            String id = c.metadata().id().toText();
            CallContext context = kind == MethodKind.COMPOSITE_QUERY ? CallContext.COMPOSITE_QUERY
                    : CallContext.NON_REPLICATED_QUERY;
            MessageExecution exec = new MessageExecution(context, arg, caller, method, replica.time())
                    .budget(budget()).certificate(cert);
            Canister.Executed e = c.executeInSession(kind.exportName(method), exec);
            account(c, exec);
            if (e.trapped()) {
                return Answer.reject(RejectCode.CANISTER_ERROR, e.trapMessage());
            }
            if (instructions > totalLimit) {
                return overLimit();
            }
            if (exec.response() != Response.NONE) {
                return answer(exec);
            }
            Deque<OutgoingCall> calls = new ArrayDeque<>(exec.performedCalls());
            String lastTrap = null;
            while (!calls.isEmpty()) {
                if (depth == MAX_DEPTH) {
                    return Answer.reject(RejectCode.CANISTER_ERROR, "Canister " + id + ": the composite query call "
                            + "graph is deeper than " + MAX_DEPTH + " calls");
                }
                OutgoingCall call = calls.pollFirst();
                Answer response = call(c, call, depth + 1);
                if (instructions > totalLimit) {
                    return overLimit();
                }
                boolean replied = response.reply() != null;
                Canister.Savepoint beforeCallback = c.savepoint();
                MessageExecution cb = new MessageExecution(replied ? CallContext.COMPOSITE_REPLY_CALLBACK
                        : CallContext.COMPOSITE_REJECT_CALLBACK, response.reply(), caller, method, replica.time())
                        .budget(budget()).incomingResponse(replied ? 0 : response.code().code(), response.message(),
                                null);
                Canister.Executed ce = c.executeCallbackInSession(replied ? call.replyFun() : call.rejectFun(),
                        replied ? call.replyEnv() : call.rejectEnv(), cb);
                account(c, cb);
                if (ce.trapped()) {
                    c.rollbackTo(beforeCallback);
                    if (call.cleanupFun() == OutgoingCall.NO_CALLBACK) {
                        return Answer.reject(RejectCode.CANISTER_ERROR, ce.trapMessage());
                    }
                    MessageExecution cleanup = new MessageExecution(CallContext.COMPOSITE_CLEANUP_CALLBACK, null,
                            caller, method, replica.time()).budget(budget());
                    Canister.Executed cl = c.executeCallbackInSession(call.cleanupFun(), call.cleanupEnv(), cleanup);
                    account(c, cleanup);
                    if (cl.trapped()) {
                        c.rollbackTo(beforeCallback);
                        return Answer.reject(RejectCode.CANISTER_ERROR, ce.trapMessage() + "; then the cleanup "
                                + "callback trapped: " + cl.trapMessage());
                    }
                    lastTrap = ce.trapMessage();
                    continue;
                }
                if (instructions > totalLimit) {
                    return overLimit();
                }
                if (cb.response() != Response.NONE) {
                    return answer(cb);
                }
                List<OutgoingCall> more = cb.performedCalls();
                for (int i = more.size() - 1; i >= 0; i--) {
                    calls.addFirst(more.get(i));
                }
            }
            return Answer.reject(RejectCode.CANISTER_ERROR, "Canister " + id + " did not reply to the call"
                    + (lastTrap == null ? "" : " (a callback trapped: " + lastTrap + ")"));
        } finally {
            c.rollbackTo(outer);
        }
    }

    private long budget() {
        return Math.max(0, Math.min(replica.instructionLimits().query(), totalLimit - instructions));
    }

    private Answer overLimit() {
        return Answer.reject(RejectCode.CANISTER_ERROR, "the composite query used more than " + totalLimit
                + " instructions in total (its calls included)");
    }

    private static Answer answer(MessageExecution exec) {
        return exec.response() == Response.REPLIED ? new Answer(exec.replyData(), null, null)
                : Answer.reject(RejectCode.CANISTER_REJECT, exec.rejectMessage());
    }

    private void account(Canister c, MessageExecution exec) {
        instructions += exec.instructions();
        if (profile != null && exec.profile() != null) {
            profile.add(c.name().equals(rootName) ? "" : "[" + c.name() + "] ", exec.profile());
        }
        for (String line : exec.debugOutput()) {
            debug.add(c.name().equals(rootName) ? line : "[" + c.name() + "] " + line);
        }
    }

    /**
     * Calls to aaaaa-aa from a composite query: only {@code canister_status} (of this subnet's canisters, by a
     * controller or the canister itself) is answered; every other method is rejected.
     */
    private Answer management(Canister from, OutgoingCall call) {
        if (!call.method().equals("canister_status")) {
            return Answer.reject(RejectCode.CANISTER_ERROR, "the management canister's " + call.method()
                    + " cannot be called from a composite query (only canister_status, canister_metrics, "
                    + "fetch_canister_logs and list_canisters can)");
        }
        try {
            var m = ManagementCanister.did().method("canister_status").orElseThrow();
            List<IdlValue> args = CandidDecoder.decodeArgs(call.arg(), m.argTypes());
            Principal target = args.get(0).field("canister_id").asPrincipal();
            IdlValue status = target.equals(from.metadata().id()) ? replica.management().statusOf(from)
                    : replica.management().status(from.metadata().id(), target);
            return new Answer(CandidEncoder.encodeArgs(m.resultTypes(), List.of(status)), null, null);
        } catch (ManagementCanister.Refused r) {
            return Answer.reject(r.code, r.getMessage());
        } catch (CandidException e) {
            return Answer.reject(RejectCode.CANISTER_ERROR, "management canister: invalid argument for "
                    + "canister_status: " + e.getMessage());
        }
    }
}
