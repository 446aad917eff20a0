package io.jcdk.runtime;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.exec.CanisterTrap;
import io.jcdk.runtime.exec.CompiledModules;
import io.jcdk.runtime.exec.LocalFees;
import io.jcdk.runtime.exec.MessageExecution;
import io.jcdk.runtime.exec.SystemApi;
import io.jcdk.runtime.exec.WasmInstance;
import io.jcdk.runtime.memory.StableMemory;
import io.jcdk.runtime.meter.Profile;
import io.jcdk.runtime.module.CanisterModule;
import io.jcdk.spec.CallContext;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One canister and the IC's transactional rules for running it: every execution either completes or leaves no
 * trace (heap, globals, stable memory and metadata are journaled and rolled back on a trap). A canister may be empty
 * (created, or uninstalled): then it has metadata but no module.
 */
final class Canister {
    /** The private custom section that marks a module built for enhanced orthogonal persistence. */
    static final String EOP_SECTION = "icp:private enhanced-orthogonal-persistence";

    private final String name;
    private final CanisterMetadata metadata;
    private final Consumer<String> debugSink;
    private StableMemory stable;
    private WasmInstance instance;

    Canister(String name, CanisterMetadata metadata, Consumer<String> debugSink) {
        this.name = name;
        this.metadata = metadata;
        this.stable = new StableMemory();
        this.debugSink = debugSink;
    }

    /** Rebuilds a canister from persisted state: instantiates, then overwrites heap and globals. */
    static Canister restore(String name, CanisterMetadata metadata, CompiledModules.Compiled compiled,
            StableMemory stable, byte[] heap, long[] globals, long time, Consumer<String> debugSink) {
        Canister c = new Canister(name, metadata, debugSink);
        c.stable = stable;
        if (compiled == null) {
            return c;
        }
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
        c.instance = inst;
        return c;
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

    /** The instance, or null when the canister is empty. */
    WasmInstance instance() {
        return instance;
    }

    boolean isEmpty() {
        return instance == null;
    }

    /** The installed module, or null when the canister is empty. */
    CanisterModule module() {
        return instance == null ? null : instance.module();
    }

    // ---- code installation ----

    /**
     * Install on an empty canister, or reinstall: new code, empty heap and stable memory. If start or init trap,
     * everything stays as it was.
     */
    CallResult install(CompiledModules.Compiled next, byte[] arg, Principal caller, long time, long budget,
            String step) {
        List<String> debug = new ArrayList<>();
        CanisterMetadata before = metadata.copy();
        StableMemory newStable = new StableMemory();
        metadata.setVersion(metadata.version() + 1);
        metadata.setGlobalTimer(0);
        metadata.setCertifiedData(new byte[0]);
        Usage used = new Usage();
        try {
            instance = fresh(next, newStable, "canister_init", arg, caller, time, budget, debug, used, null);
            stable = newStable;
            return CallResult.replied(name, step, new byte[0], debug).withInstructions(used.instructions).withProfile(used.profile());
        } catch (CanisterTrap t) {
            metadata.restoreFrom(before);
            return CallResult.rejected(name, step, RejectCode.CANISTER_ERROR, t.getMessage(), debug)
                    .withInstructions(used.instructions).withProfile(used.profile());
        } catch (RuntimeException | Error e) {
            metadata.restoreFrom(before);
            throw e;
        }
    }

    /**
     * Upgrade: pre_upgrade on the old instance (unless skipped), a fresh instance of the new module (start), then
     * post_upgrade with arg. Stable memory is kept, and the heap too with {@code wasm_memory_persistence = keep}. A
     * trap anywhere, or going over the budget in total, restores the old instance, heap, stable memory and metadata.
     */
    CallResult upgrade(CompiledModules.Compiled next, byte[] arg, Principal caller, long time, long budget,
            UpgradeOptions options) {
        List<String> debug = new ArrayList<>();
        CanisterModule oldModule = instance.module();
        if (oldModule.hasCustomSection(EOP_SECTION) && options.wasmMemoryPersistence() == null) {
            return CallResult.rejected(name, "upgrade", RejectCode.CANISTER_ERROR, "the installed module uses "
                    + "enhanced orthogonal persistence (it has a private custom section "
                    + "\"enhanced-orthogonal-persistence\"): an upgrade must set wasm_memory_persistence to keep or "
                    + "replace", debug);
        }
        if (options.wasmMemoryPersistence() == UpgradeOptions.WasmMemoryPersistence.KEEP
                && !next.module().hasCustomSection(EOP_SECTION)) {
            return CallResult.rejected(name, "upgrade", RejectCode.CANISTER_ERROR, "wasm_memory_persistence = keep "
                    + "needs a new module with a private custom section \"enhanced-orthogonal-persistence\"; this "
                    + "one has none", debug);
        }
        CanisterMetadata before = metadata.copy();
        WasmInstance old = instance;
        old.begin();
        stable.begin();
        Usage used = new Usage();
        try {
            if (!options.skipPreUpgrade() && oldModule.exports("canister_pre_upgrade")) {
                MessageExecution pre = new MessageExecution(CallContext.PRE_UPGRADE, null, caller, null, time)
                        .budget(budget);
                try {
                    old.invoke("canister_pre_upgrade", pre);
                } finally {
                    used.add(pre);
                    debug.addAll(pre.debugOutput());
                }
            }
            byte[] keptHeap = options.wasmMemoryPersistence() == UpgradeOptions.WasmMemoryPersistence.KEEP
                    && old.memory() != null ? old.memory().snapshot() : null;
            // post_upgrade sees the new version (interface spec, "Canister version").
            metadata.setVersion(metadata.version() + 1);
            metadata.setGlobalTimer(0);
            instance = fresh(next, stable, "canister_post_upgrade", arg, caller, time, budget, debug, used,
                    keptHeap);
            stable.commit();
            return CallResult.replied(name, "upgrade", new byte[0], debug).withInstructions(used.instructions).withProfile(used.profile());
        } catch (CanisterTrap t) {
            instance = old;
            old.rollback();
            stable.rollback();
            metadata.restoreFrom(before);
            return CallResult.rejected(name, "upgrade", RejectCode.CANISTER_ERROR, t.getMessage(), debug)
                    .withInstructions(used.instructions).withProfile(used.profile());
        } catch (RuntimeException | Error e) {
            instance = old;
            old.rollback();
            stable.rollback();
            metadata.restoreFrom(before);
            throw e;
        }
    }

    /** Instantiates (start), then runs {@code entry} if exported; throws CanisterTrap when either traps. */
    private WasmInstance fresh(CompiledModules.Compiled next, StableMemory stableMemory, String entry, byte[] arg,
            Principal caller, long time, long budget, List<String> debug, Usage used, byte[] keptHeap) {
        SystemApi api = new SystemApi(metadata, stableMemory, debugSink);
        MessageExecution start = new MessageExecution(CallContext.START, null, caller, null, time)
                .budget(budget - used.instructions);
        WasmInstance inst;
        try {
            inst = WasmInstance.instantiate(next, api, start);
        } finally {
            used.add(start);
            debug.addAll(start.debugOutput());
        }
        if (keptHeap != null && inst.memory() != null) {
            inst.memory().restore(keptHeap);
        }
        if (next.module().exports(entry)) {
            MessageExecution init = new MessageExecution(CallContext.INIT, arg, caller, null, time)
                    .budget(budget - used.instructions);
            try {
                inst.invoke(entry, init);
            } finally {
                used.add(init);
                debug.addAll(init.debugOutput());
            }
        }
        return inst;
    }

    /** The instructions (and, profiling, the profile) of the executions of one install or upgrade. */
    private static final class Usage {
        long instructions;
        private Profile.Builder profile;

        void add(MessageExecution e) {
            instructions += e.instructions();
            if (e.profile() != null) {
                profile = profile == null ? new Profile.Builder() : profile;
                profile.add("", e.profile());
            }
        }

        Profile profile() {
            return profile == null ? null : profile.build();
        }
    }

    /** uninstall_code: the module, heap, stable memory, timer and certified data go; the canister stays. */
    void uninstall() {
        instance = null;
        stable = new StableMemory();
        metadata.setVersion(metadata.version() + 1);
        metadata.setGlobalTimer(0);
        metadata.setCertifiedData(new byte[0]);
    }

    // ---- messages ----

    /** How an execution ended: trapMessage is null when it completed. */
    record Executed(String trapMessage) {
        boolean trapped() {
            return trapMessage != null;
        }
    }

    /** Runs an exported entry point; see {@link #run}. */
    Executed execute(String export, MessageExecution exec, boolean keep) {
        return run(() -> instance.invoke(export, exec), exec, keep);
    }

    /** Runs a callback from the function table; see {@link #run}. */
    Executed executeCallback(int function, int env, MessageExecution exec) {
        return run(() -> instance.invokeCallback(function, env, exec), exec, true);
    }

    // ---- query sessions (composite queries) ----

    /**
     * A state of the canister inside an open query session: heap, globals, stable memory and metadata. The
     * session's first savepoint is the committed state.
     */
    record Savepoint(io.jcdk.runtime.memory.JournaledMemory.Savepoint heap, long[] globals,
            StableMemory.Savepoint stable, CanisterMetadata metadata) {}

    private CanisterMetadata sessionStart;

    /** Opens one transaction over the whole canister that {@link #closeSession()} rolls back: nothing is kept. */
    Savepoint openSession() {
        sessionStart = metadata.copy();
        instance.begin();
        stable.begin();
        return savepoint();
    }

    boolean inSession() {
        return sessionStart != null;
    }

    Savepoint savepoint() {
        return new Savepoint(instance.memory() == null ? null : instance.memory().savepoint(),
                instance.globalValues(), stable.savepoint(), metadata.copy());
    }

    void rollbackTo(Savepoint s) {
        if (s.heap() != null) {
            instance.memory().rollbackTo(s.heap());
        }
        instance.restoreGlobals(s.globals());
        stable.rollbackTo(s.stable());
        metadata.restoreFrom(s.metadata());
    }

    void closeSession() {
        instance.rollback();
        stable.rollback();
        metadata.restoreFrom(sessionStart);
        sessionStart = null;
    }

    /** Runs an entry point inside the open session: nothing is committed or rolled back here. */
    Executed executeInSession(String export, MessageExecution exec) {
        return runInSession(() -> instance.invoke(export, exec));
    }

    Executed executeCallbackInSession(int function, int env, MessageExecution exec) {
        return runInSession(() -> instance.invokeCallback(function, env, exec));
    }

    private static Executed runInSession(Runnable body) {
        try {
            body.run();
            return new Executed(null);
        } catch (CanisterTrap t) {
            return new Executed(t.getMessage());
        }
    }

    /**
     * One message execution: keeps its changes when {@code keep} and it did not trap, otherwise rolls everything
     * back. Replicated executions pay the local execution fee from the cycles balance, trapped or not.
     */
    private Executed run(Runnable body, MessageExecution exec, boolean keep) {
        CanisterMetadata before = metadata.copy();
        instance.begin();
        stable.begin();
        String trap = null;
        try {
            body.run();
        } catch (CanisterTrap t) {
            trap = t.getMessage();
        } finally {
            if (trap == null && keep) {
                instance.commit();
                stable.commit();
            } else {
                instance.rollback();
                stable.rollback();
                metadata.restoreFrom(before);
            }
        }
        if (paysFee(exec.context())) {
            BigInteger fee = LocalFees.execution(exec.instructions()).min(metadata.cycles());
            metadata.setCycles(metadata.cycles().subtract(fee));
        }
        return new Executed(trap);
    }

    private static boolean paysFee(CallContext c) {
        return switch (c) {
            case UPDATE, REPLICATED_QUERY, REPLY_CALLBACK, REJECT_CALLBACK, CLEANUP_CALLBACK, SYSTEM_TASK -> true;
            default -> false;
        };
    }
}
