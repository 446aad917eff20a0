package io.jcdk.runtime;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.exec.CanisterTrap;
import io.jcdk.runtime.exec.CompiledModules;
import io.jcdk.runtime.exec.MessageExecution;
import io.jcdk.runtime.exec.Response;
import io.jcdk.runtime.exec.SystemApi;
import io.jcdk.runtime.exec.WasmInstance;
import io.jcdk.runtime.memory.StableMemory;
import io.jcdk.runtime.module.CanisterModule;
import io.jcdk.runtime.module.MethodKind;
import io.jcdk.spec.CallContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One installed canister and the IC's transactional rules for running it: every entry point either completes or
 * leaves no trace (heap, globals, stable memory and metadata are journaled and rolled back on a trap).
 */
final class Canister {
    private final String name;
    private final CanisterMetadata metadata;
    private final Consumer<String> debugSink;
    private StableMemory stable;
    private WasmInstance instance;

    private Canister(String name, CanisterMetadata metadata, StableMemory stable, WasmInstance instance,
            Consumer<String> debugSink) {
        this.name = name;
        this.metadata = metadata;
        this.stable = stable;
        this.instance = instance;
        this.debugSink = debugSink;
    }

    /** Outcome of install: the new canister, or why it failed (then nothing exists). */
    record Installed(Canister canister, CallResult result) {}

    static Installed install(String name, CanisterMetadata metadata, CompiledModules.Compiled compiled, byte[] arg,
            Principal caller, long time, Consumer<String> debugSink) {
        List<String> debug = new ArrayList<>();
        StableMemory stable = new StableMemory();
        try {
            WasmInstance inst = fresh(compiled, metadata, stable, arg, caller, time, debugSink, debug);
            return new Installed(new Canister(name, metadata, stable, inst, debugSink),
                    CallResult.replied(name, "install", new byte[0], debug));
        } catch (CanisterTrap t) {
            return new Installed(null, CallResult.rejected(name, "install", RejectCode.CANISTER_ERROR,
                    t.getMessage(), debug));
        }
    }

    /** Rebuilds a canister from persisted state: instantiates, then overwrites heap and globals. */
    static Canister restore(String name, CanisterMetadata metadata, CompiledModules.Compiled compiled,
            StableMemory stable, byte[] heap, long[] globals, long time, Consumer<String> debugSink) {
        SystemApi api = new SystemApi(metadata, stable, line -> { });
        // The start function ran at install; running it again only rebuilds what the restored heap overwrites.
        stable.begin();
        WasmInstance inst = WasmInstance.instantiate(compiled, api,
                new MessageExecution(CallContext.START, null, Principal.anonymous(), null, time));
        stable.rollback();
        if (inst.memory() != null) {
            inst.memory().restore(heap);
        } else if (heap.length > 0) {
            throw new ReplicaException("state of canister " + name + " has a heap but its module declares no memory");
        }
        inst.restoreGlobals(globals);
        return new Canister(name, metadata, stable, inst, debugSink);
    }

    /** Instantiates (start) and runs canister_init; throws CanisterTrap when either traps. */
    private static WasmInstance fresh(CompiledModules.Compiled compiled, CanisterMetadata metadata,
            StableMemory stable, byte[] arg, Principal caller, long time, Consumer<String> debugSink,
            List<String> debug) {
        SystemApi api = new SystemApi(metadata, stable, debugSink);
        MessageExecution start = new MessageExecution(CallContext.START, null, caller, null, time);
        try {
            WasmInstance inst = WasmInstance.instantiate(compiled, api, start);
            if (compiled.module().exports("canister_init")) {
                MessageExecution init = new MessageExecution(CallContext.INIT, arg, caller, null, time);
                try {
                    inst.invoke("canister_init", init);
                } finally {
                    debug.addAll(init.debugOutput());
                }
            }
            return inst;
        } finally {
            debug.addAll(0, start.debugOutput());
        }
    }

    String name() {
        return name;
    }

    CanisterMetadata metadata() {
        return metadata;
    }

    StableMemory stable() {
        return stable;
    }

    WasmInstance instance() {
        return instance;
    }

    CanisterModule module() {
        return instance.module();
    }

    /** Reinstall: new code, empty heap and stable memory; the old state stays if start or init trap. */
    CallResult reinstall(CompiledModules.Compiled compiled, byte[] arg, Principal caller, long time) {
        List<String> debug = new ArrayList<>();
        CanisterMetadata before = metadata.copy();
        StableMemory newStable = new StableMemory();
        metadata.setVersion(metadata.version() + 1);
        metadata.setGlobalTimer(0);
        metadata.setCertifiedData(new byte[0]);
        try {
            instance = fresh(compiled, metadata, newStable, arg, caller, time, debugSink, debug);
            stable = newStable;
            return CallResult.replied(name, "reinstall", new byte[0], debug);
        } catch (CanisterTrap t) {
            metadata.restoreFrom(before);
            return CallResult.rejected(name, "reinstall", RejectCode.CANISTER_ERROR, t.getMessage(), debug);
        } catch (RuntimeException | Error e) {
            metadata.restoreFrom(before);
            throw e;
        }
    }

    /**
     * Upgrade: pre_upgrade on the old instance, fresh instance of the new module (start), post_upgrade with arg.
     * Stable memory is kept; a trap anywhere restores the old instance, heap, stable memory and metadata.
     */
    CallResult upgrade(CompiledModules.Compiled compiled, byte[] arg, Principal caller, long time) {
        List<String> debug = new ArrayList<>();
        CanisterMetadata before = metadata.copy();
        WasmInstance old = instance;
        old.begin();
        stable.begin();
        try {
            if (old.module().exports("canister_pre_upgrade")) {
                MessageExecution pre = new MessageExecution(CallContext.PRE_UPGRADE, null, caller, null, time);
                try {
                    old.invoke("canister_pre_upgrade", pre);
                } finally {
                    debug.addAll(pre.debugOutput());
                }
            }
            // post_upgrade sees the new version (interface spec, "Canister version").
            metadata.setVersion(metadata.version() + 1);
            metadata.setGlobalTimer(0);
            SystemApi api = new SystemApi(metadata, stable, debugSink);
            MessageExecution start = new MessageExecution(CallContext.START, null, caller, null, time);
            WasmInstance next;
            try {
                next = WasmInstance.instantiate(compiled, api, start);
            } finally {
                debug.addAll(start.debugOutput());
            }
            if (compiled.module().exports("canister_post_upgrade")) {
                MessageExecution post = new MessageExecution(CallContext.INIT, arg, caller, null, time);
                try {
                    next.invoke("canister_post_upgrade", post);
                } finally {
                    debug.addAll(post.debugOutput());
                }
            }
            stable.commit();
            instance = next;
            return CallResult.replied(name, "upgrade", new byte[0], debug);
        } catch (CanisterTrap t) {
            old.rollback();
            stable.rollback();
            metadata.restoreFrom(before);
            return CallResult.rejected(name, "upgrade", RejectCode.CANISTER_ERROR, t.getMessage(), debug);
        } catch (RuntimeException | Error e) {
            old.rollback();
            stable.rollback();
            metadata.restoreFrom(before);
            throw e;
        }
    }

    /**
     * Runs a public method. Updates commit unless they trap; queries (also a query called as an update, which runs
     * in replicated mode) never keep changes.
     */
    /** A call's result and whether its changes were kept (and so need saving). */
    record Outcome(CallResult result, boolean committed) {}

    Outcome call(String method, MethodKind kind, boolean asUpdate, byte[] arg, Principal caller, long time) {
        CallContext context;
        if (kind == MethodKind.UPDATE) {
            context = CallContext.UPDATE;
        } else if (kind == MethodKind.COMPOSITE_QUERY) {
            context = CallContext.COMPOSITE_QUERY;
        } else {
            context = asUpdate ? CallContext.REPLICATED_QUERY : CallContext.NON_REPLICATED_QUERY;
        }
        CanisterMetadata before = metadata.copy();
        MessageExecution exec = new MessageExecution(context, arg, caller, method, time);
        instance.begin();
        stable.begin();
        boolean keep = false;
        try {
            instance.invoke(kind.exportName(method), exec);
            keep = context == CallContext.UPDATE;
        } catch (CanisterTrap t) {
            return new Outcome(CallResult.rejected(name, method, RejectCode.CANISTER_ERROR, t.getMessage(),
                    exec.debugOutput()), false);
        } finally {
            if (keep) {
                instance.commit();
                stable.commit();
                metadata.setVersion(metadata.version() + 1);
            } else {
                instance.rollback();
                stable.rollback();
                metadata.restoreFrom(before);
            }
        }
        CallResult result;
        if (exec.response() == Response.REPLIED) {
            result = CallResult.replied(name, method, exec.replyData(), exec.debugOutput());
        } else if (exec.response() == Response.REJECTED) {
            result = CallResult.rejected(name, method, RejectCode.CANISTER_REJECT, exec.rejectMessage(),
                    exec.debugOutput());
        } else {
            // The spec: a call context that can no longer respond is rejected with CANISTER_ERROR.
            result = CallResult.rejected(name, method, RejectCode.CANISTER_ERROR,
                    "Canister did not reply to the call", exec.debugOutput());
        }
        return new Outcome(result, context == CallContext.UPDATE);
    }
}
