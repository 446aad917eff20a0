package io.jcdk.runtime;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.CallContextState.FromCanister;
import io.jcdk.runtime.CallContextState.Ingress;
import io.jcdk.runtime.CallContextState.Origin;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.exec.MessageExecution;
import io.jcdk.runtime.exec.OutgoingCall;
import io.jcdk.runtime.exec.Response;
import io.jcdk.runtime.module.MethodKind;
import io.jcdk.spec.CallContext;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers messages between canisters in one FIFO queue, one execution at a time, with the spec's commit points:
 * each execution (method, callback, cleanup, system task) commits on its own when it does not trap; calls it
 * performed are sent only then; responses go back to the caller's call context and run its reply or reject
 * callback.
 */
final class Scheduler {
    private record Request(Principal from, Origin origin, Ingress ingress, Principal target, String method,
            byte[] arg, BigInteger cycles, long deadline) {}

    private record Reply(String callerName, CallContextState context, OutgoingCall call, byte[] reply,
            RejectCode code, String message, BigInteger refund) {}

    /** A stop_canister call waiting for its canister to have no open call contexts. */
    private record PendingStop(Origin origin, BigInteger cycles) {}

    private final Replica replica;
    private final Deque<Object> queue = new ArrayDeque<>();
    /** Call contexts not yet closed (not responded, or with calls outstanding). */
    private final Set<CallContextState> open = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Stopping canisters (by name) and the stop_canister calls waiting for each. */
    private final Map<String, List<PendingStop>> stopping = new LinkedHashMap<>();

    Scheduler(Replica replica) {
        this.replica = replica;
    }

    /** Sends an ingress message and runs until nothing is left to do; returns its response. */
    CallResult ingress(Principal caller, Principal target, String targetName, String method, byte[] arg) {
        Ingress ingress = collector(targetName);
        queue.add(new Request(caller, ingress, ingress, target, method, arg, BigInteger.ZERO, 0));
        runAll();
        CallResult r = ingress.result;
        if (r == null) {
            r = CallResult.rejected(targetName, method, RejectCode.CANISTER_ERROR, "the call was not answered", java.util.List.of());
        }
        return r.withDebugOutput(ingress.debug).withInstructions(ingress.instructions).withProfile(ingress.profile());
    }

    private Ingress collector(String target) {
        Ingress ingress = new Ingress(target);
        if (replica.profiling()) {
            ingress.profile = new io.jcdk.runtime.meter.Profile.Builder();
        }
        return ingress;
    }

    /** Runs a heartbeat or global timer on a canister, then everything it caused. */
    Ingress systemTask(Canister c, String export) {
        Ingress collector = collector(c.name());
        CallContextState ctx = new CallContextState(c.name(), "", Replica.MANAGEMENT_CANISTER,
                new CallContextState.SystemTask(collector), collector);
        MessageExecution exec = new MessageExecution(CallContext.SYSTEM_TASK, null, Replica.MANAGEMENT_CANISTER, "",
                replica.time()).budget(replica.instructionLimits().update());
        open.add(ctx);
        Canister.Executed e = c.execute(export, exec, true);
        account(c, ctx, exec);
        if (!e.trapped()) {
            afterSuccess(c, ctx, exec);
        }
        runAll();
        return collector;
    }

    /**
     * Runs messages until none is left. A stopping canister is stopped (and its stop_canister calls answered) as
     * soon as it has no open call context. When no message is left but stop_canister calls still wait, the call
     * contexts they wait for can only be waiting for those stop calls themselves (a canister stopping itself, or
     * a caller it waits for): the spec lets the system reject pending stop calls at any time, and this replica does
     * so then, with SYS_TRANSIENT, which lets those contexts finish (the canister stays stopping until they do).
     */
    private void runAll() {
        while (true) {
            while (!queue.isEmpty()) {
                Object m = queue.poll();
                if (m instanceof Request r) {
                    deliver(r);
                } else {
                    deliverReply((Reply) m);
                }
                settleStopping();
            }
            if (!giveUpPendingStops()) {
                prune();
                return;
            }
        }
    }

    boolean hasOpenCallContexts(Canister c) {
        prune();
        for (CallContextState ctx : open) {
            if (ctx.canister.equals(c.name())) {
                return true;
            }
        }
        return false;
    }

    /** stop_canister found the canister with open call contexts: it is stopping; answer when it has none. */
    private void stopRequested(Canister c, Origin origin, BigInteger cycles) {
        stopping.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(new PendingStop(origin, cycles));
    }

    /** start_canister on a stopping canister: its pending stop_canister calls are rejected. */
    void started(Canister c) {
        List<PendingStop> pending = stopping.remove(c.name());
        if (pending == null) {
            return;
        }
        for (PendingStop p : pending) {
            respond(p.origin(), Replica.MANAGEMENT_CANISTER.toText(), "stop_canister", null,
                    RejectCode.CANISTER_ERROR, "Canister " + c.metadata().id().toText()
                            + " was started again before it stopped", p.cycles());
        }
    }

    private void settleStopping() {
        if (stopping.isEmpty()) {
            return;
        }
        for (String name : new ArrayList<>(stopping.keySet())) {
            Optional<Canister> found = replica.findByName(name);
            if (found.isEmpty() || found.get().metadata().status() != CanisterMetadata.STATUS_STOPPING) {
                stopping.remove(name);
                continue;
            }
            Canister c = found.get();
            if (hasOpenCallContexts(c)) {
                continue;
            }
            c.metadata().setStatus(CanisterMetadata.STATUS_STOPPED);
            replica.markDirty(name);
            for (PendingStop p : stopping.remove(name)) {
                respond(p.origin(), Replica.MANAGEMENT_CANISTER.toText(), "stop_canister", EMPTY_REPLY, null, null,
                        p.cycles());
            }
        }
    }

    private boolean giveUpPendingStops() {
        boolean any = false;
        for (Map.Entry<String, List<PendingStop>> e : stopping.entrySet()) {
            for (PendingStop p : e.getValue()) {
                any = true;
                if (p.origin() instanceof FromCanister f && f.call().boundedWait()) {
                    // A bounded-wait call expires (the spec allows it before its deadline): SYS_UNKNOWN, no refund.
                    respond(p.origin(), Replica.MANAGEMENT_CANISTER.toText(), "stop_canister", null,
                            RejectCode.SYS_UNKNOWN, "stop_canister: the bounded-wait call expired: canister "
                                    + e.getKey() + " cannot stop while its open call contexts wait (directly or not) "
                                    + "for this call; it stays stopping until they finish", BigInteger.ZERO);
                    continue;
                }
                respond(p.origin(), Replica.MANAGEMENT_CANISTER.toText(), "stop_canister", null,
                        RejectCode.SYS_TRANSIENT, "stop_canister: canister " + e.getKey() + " cannot stop yet: "
                                + "its open call contexts wait (directly or not) for this stop_canister call; it "
                                + "stays stopping until they finish", p.cycles());
            }
            e.setValue(new ArrayList<>());
        }
        return any;
    }

    /** Forgets call contexts that are closed, or whose canister was deleted or uninstalled meanwhile. */
    private void prune() {
        open.removeIf(ctx -> (ctx.responded && ctx.outstanding == 0)
                || replica.findByName(ctx.canister).map(Canister::isEmpty).orElse(true));
    }

    private static final byte[] EMPTY_REPLY = io.jcdk.candid.CandidEncoder.encodeArgs(java.util.List.of());

    private void deliver(Request r) {
        if (r.target().equals(Replica.MANAGEMENT_CANISTER)) {
            ManagementCanister.Answer a = replica.management().handle(r.from(), r.method(), r.arg(), r.cycles());
            if (a.deferred()) {
                stopRequested(a.stopping(), r.origin(), r.cycles());
                return;
            }
            respond(r.origin(), r.target().toText(), r.method(), a.reply(), a.code(), a.message(), a.refund());
            return;
        }
        Optional<Canister> found = replica.findById(r.target());
        if (found.isEmpty()) {
            reject(r, RejectCode.DESTINATION_INVALID, "Canister " + r.target().toText() + " not found");
            return;
        }
        Canister c = found.get();
        String id = c.metadata().id().toText();
        if (c.isEmpty()) {
            reject(r, RejectCode.DESTINATION_INVALID, "Canister " + id + " is empty: it has no Wasm module");
            return;
        }
        if (!c.metadata().statusWord().equals("running")) {
            reject(r, RejectCode.CANISTER_ERROR, "Canister " + id + " is " + c.metadata().statusWord());
            return;
        }
        Optional<MethodKind> kind = c.module().method(r.method());
        if (kind.isEmpty()) {
            reject(r, RejectCode.DESTINATION_INVALID, "Canister " + id + " has no update method '" + r.method() + "'");
            return;
        }
        if (kind.get() == MethodKind.COMPOSITE_QUERY) {
            reject(r, RejectCode.CANISTER_ERROR, "Canister " + id + ": composite query '" + r.method()
                    + "' cannot be called in replicated mode");
            return;
        }
        CallContext context = kind.get() == MethodKind.UPDATE ? CallContext.UPDATE : CallContext.REPLICATED_QUERY;
        CallContextState ctx = new CallContextState(c.name(), r.method(), r.from(), r.origin(), r.ingress());
        ctx.cyclesLeft = r.cycles();
        // The spec: calls to query methods (also in replicated mode) see a deadline of 0.
        ctx.deadline = context == CallContext.UPDATE ? r.deadline() : 0;
        open.add(ctx);
        long limit = context == CallContext.UPDATE ? replica.instructionLimits().update()
                : replica.instructionLimits().query();
        MessageExecution exec = new MessageExecution(context, r.arg(), r.from(), r.method(), replica.time())
                .budget(limit).cycles(r.cycles(), BigInteger.ZERO).deadline(ctx.deadline);
        Canister.Executed e = c.execute(kind.get().exportName(r.method()), exec, context == CallContext.UPDATE);
        account(c, ctx, exec);
        if (e.trapped()) {
            respond(ctx, null, RejectCode.CANISTER_ERROR, e.trapMessage(), r.cycles());
            return;
        }
        afterSuccess(c, ctx, exec);
        closeIfDone(ctx, "Canister " + id + " did not reply to the call");
    }

    private void deliverReply(Reply m) {
        Optional<Canister> found = replica.findByName(m.callerName());
        CallContextState ctx = m.context();
        ctx.outstanding--;
        if (found.isEmpty() || found.get().isEmpty()) {
            return; // deleted or uninstalled meanwhile: the call context is gone
        }
        Canister c = found.get();
        c.metadata().setCycles(c.metadata().cycles().add(m.refund()));
        replica.markDirty(c.name());
        boolean replied = m.reply() != null;
        OutgoingCall call = m.call();
        MessageExecution exec = new MessageExecution(replied ? CallContext.REPLY_CALLBACK : CallContext.REJECT_CALLBACK,
                m.reply(), ctx.caller, ctx.method, replica.time())
                .contextResponded(ctx.responded).budget(replica.instructionLimits().update())
                .contextInstructionsBefore(ctx.instructions).cycles(ctx.cyclesLeft, m.refund()).deadline(ctx.deadline)
                .incomingResponse(replied ? 0 : m.code().code(), m.message(), null);
        Canister.Executed e = c.executeCallback(replied ? call.replyFun() : call.rejectFun(),
                replied ? call.replyEnv() : call.rejectEnv(), exec);
        account(c, ctx, exec);
        if (e.trapped()) {
            if (call.cleanupFun() != OutgoingCall.NO_CALLBACK) {
                MessageExecution cleanup = new MessageExecution(CallContext.CLEANUP_CALLBACK, null, ctx.caller,
                        ctx.method, replica.time()).budget(replica.instructionLimits().update())
                        .contextInstructionsBefore(ctx.instructions);
                c.executeCallback(call.cleanupFun(), call.cleanupEnv(), cleanup);
                account(c, ctx, cleanup);
            }
            closeIfDone(ctx, e.trapMessage());
            return;
        }
        afterSuccess(c, ctx, exec);
        closeIfDone(ctx, "Canister " + c.metadata().id().toText() + " did not reply to the call");
    }

    /** After an execution that committed: its accepted cycles, its response, and the calls it performed. */
    private void afterSuccess(Canister c, CallContextState ctx, MessageExecution exec) {
        ctx.cyclesLeft = ctx.cyclesLeft.subtract(exec.cyclesAccepted());
        if (exec.response() == Response.REPLIED) {
            respond(ctx, exec.replyData(), null, null, ctx.cyclesLeft);
        } else if (exec.response() == Response.REJECTED) {
            respond(ctx, null, RejectCode.CANISTER_REJECT, exec.rejectMessage(), ctx.cyclesLeft);
        }
        for (OutgoingCall call : exec.performedCalls()) {
            ctx.outstanding++;
            Principal target;
            try {
                target = Principal.fromBytes(call.callee());
            } catch (IllegalArgumentException ex) {
                queue.add(new Reply(c.name(), ctx, call, null, RejectCode.DESTINATION_INVALID,
                        "the callee is not a valid principal: " + ex.getMessage(), call.cycles()));
                continue;
            }
            long deadline = call.boundedWait() ? exec.time() + call.timeoutSeconds() * 1_000_000_000L : 0;
            queue.add(new Request(c.metadata().id(), new FromCanister(c.name(), ctx, call), ctx.ingress, target,
                    call.method(), call.arg(), call.cycles(), deadline));
        }
    }

    private void closeIfDone(CallContextState ctx, String message) {
        if (!ctx.responded && ctx.outstanding == 0) {
            respond(ctx, null, RejectCode.CANISTER_ERROR, message, ctx.cyclesLeft);
        }
    }

    private void account(Canister c, CallContextState ctx, MessageExecution exec) {
        ctx.instructions += exec.instructions();
        if (ctx.ingress != null) {
            ctx.ingress.instructions += exec.instructions();
            if (ctx.ingress.profile != null && exec.profile() != null) {
                ctx.ingress.profile.add(c.name().equals(ctx.ingress.target) ? "" : "[" + c.name() + "] ",
                        exec.profile());
            }
            for (String line : exec.debugOutput()) {
                ctx.ingress.debug.add(c.name().equals(ctx.ingress.target) ? line : "[" + c.name() + "] " + line);
            }
        }
        replica.markDirty(c.name());
    }

    private void reject(Request r, RejectCode code, String message) {
        respond(r.origin(), r.target().toText(), r.method(), null, code, message, r.cycles());
    }

    private void respond(CallContextState ctx, byte[] reply, RejectCode code, String message, BigInteger refund) {
        if (ctx.responded) {
            return;
        }
        ctx.responded = true;
        ctx.cyclesLeft = BigInteger.ZERO;
        respond(ctx.origin, ctx.canister, ctx.method, reply, code, message, refund);
    }

    private void respond(Origin origin, String canister, String method, byte[] reply, RejectCode code, String message,
            BigInteger refund) {
        if (origin instanceof Ingress ing) {
            ing.result = reply != null ? CallResult.replied(canister, method, reply, java.util.List.of())
                    : CallResult.rejected(canister, method, code, message, java.util.List.of());
        } else if (origin instanceof FromCanister f) {
            queue.add(new Reply(f.callerName(), f.callerContext(), f.call(), reply, code, message, refund));
        }
    }
}
