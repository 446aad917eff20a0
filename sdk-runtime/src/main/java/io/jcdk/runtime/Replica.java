package io.jcdk.runtime;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.exec.CompiledModules;
import io.jcdk.runtime.exec.WasmInstance;
import io.jcdk.runtime.module.CanisterModule;
import io.jcdk.runtime.module.InvalidModuleException;
import io.jcdk.runtime.module.MethodKind;
import io.jcdk.runtime.state.CanisterSnapshot;
import io.jcdk.runtime.state.StateStore;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A local, single-subnet IC replica for canisters compiled by JCDK: install, update and query calls with the IC's
 * transactional semantics, either in memory or persisted to a state directory after every change.
 */
public final class Replica {
    /** 2026-01-01T00:00:00Z: the clock starts here so that runs are reproducible. */
    public static final long DEFAULT_START_TIME = 1_767_225_600_000_000_000L;
    /** Each update and install advances the clock by this much before it runs. */
    public static final long TICK_NANOS = 1_000_000L;
    /** The balance a new canister gets locally (no cycle accounting yet). */
    public static final BigInteger DEFAULT_CYCLES = new BigInteger("100000000000000");

    private final StateStore store;
    private final CompiledModules compiled;
    private final Map<String, Canister> loaded = new TreeMap<>();
    private long time = DEFAULT_START_TIME;
    private long nextCanisterIndex = 1;
    private Consumer<String> debugSink = line -> { };

    private Replica(StateStore store) {
        this.store = store;
        this.compiled = store == null ? new CompiledModules()
                : new CompiledModules(new io.jcdk.runtime.state.CompiledCodeCache(store.root()));
        if (store != null) {
            store.loadReplica().ifPresent(s -> {
                time = s.time();
                nextCanisterIndex = s.nextCanisterIndex();
            });
        }
    }

    /** A replica whose state lives only in this object. */
    public static Replica inMemory() {
        return new Replica(null);
    }

    /** A replica whose state lives in (and is read from) the given directory, such as {@code .jcdk}. */
    public static Replica open(Path stateDirectory) {
        return new Replica(StateStore.open(stateDirectory));
    }

    /** Receives every debug_print line as it is printed (results carry them too). */
    public void setDebugSink(Consumer<String> sink) {
        this.debugSink = sink == null ? line -> { } : sink;
    }

    // ---- time ----

    public long time() {
        return time;
    }

    /** Sets the clock (ns since 1970); the IC's time never goes backwards, so neither may this. */
    public void setTime(long nanos) {
        if (nanos < time) {
            throw new IllegalArgumentException("time can only move forward: " + nanos + " < " + time);
        }
        time = nanos;
        saveReplica();
    }

    public void advanceTime(Duration d) {
        setTime(Math.addExact(time, d.toNanos()));
    }

    // ---- lifecycle ----

    public CallResult install(String name, byte[] wasm, byte[] arg, InstallMode mode) {
        return install(name, wasm, arg, mode, Principal.anonymous());
    }

    /**
     * Installs, reinstalls or upgrades. A trap in start, init, pre_upgrade or post_upgrade comes back as a rejected
     * result and leaves the canister exactly as it was.
     *
     * @throws ReplicaException for an invalid module, an install on an existing canister, or a reinstall/upgrade of
     *     an unknown one
     */
    public CallResult install(String name, byte[] wasm, byte[] arg, InstallMode mode, Principal caller) {
        StateStore.checkName(name);
        CompiledModules.Compiled module;
        try {
            module = compiled.get(wasm);
        } catch (InvalidModuleException e) {
            throw new ReplicaException("cannot install " + name + ": invalid module: " + e.getMessage(), e);
        }
        boolean exists = exists(name);
        if (mode == InstallMode.INSTALL && exists) {
            throw new ReplicaException("canister " + name + " already has a module installed; use mode reinstall or "
                    + "upgrade");
        }
        if (mode != InstallMode.INSTALL && !exists) {
            throw new ReplicaException("cannot " + mode.word() + " " + name + ": no canister named " + name);
        }
        tick();
        CallResult result;
        if (mode == InstallMode.INSTALL) {
            CanisterMetadata meta = new CanisterMetadata(canisterId(nextCanisterIndex));
            meta.setControllers(List.of(caller));
            meta.setCycles(DEFAULT_CYCLES);
            meta.setVersion(1); // created at 0, incremented by install_code
            Canister.Installed installed = Canister.install(name, meta, module, arg, caller, time, debugSink);
            result = installed.result();
            if (installed.canister() != null) {
                nextCanisterIndex++;
                loaded.put(name, installed.canister());
            }
        } else {
            Canister c = canister(name);
            result = mode == InstallMode.REINSTALL ? c.reinstall(module, arg, caller, time)
                    : c.upgrade(module, arg, caller, time);
        }
        saveReplica();
        if (result.isReply()) {
            persist(name, wasm);
        }
        return result;
    }

    // ---- calls ----

    public CallResult update(String name, String method, byte[] arg) {
        return update(name, method, arg, Principal.anonymous());
    }

    /**
     * An update call (ingress). A query method called this way runs in replicated mode and keeps no changes, as on
     * the IC.
     */
    public CallResult update(String name, String method, byte[] arg, Principal caller) {
        Canister c = canister(name);
        Optional<MethodKind> kind = c.module().method(method);
        if (kind.isEmpty()) {
            return CallResult.rejected(name, method, RejectCode.DESTINATION_INVALID,
                    "Canister " + c.metadata().id().toText() + " has no update method '" + method + "'", List.of());
        }
        if (kind.get() == MethodKind.COMPOSITE_QUERY) {
            return CallResult.rejected(name, method, RejectCode.CANISTER_ERROR, "Canister "
                    + c.metadata().id().toText() + ": composite query '" + method + "' cannot be called as an update",
                    List.of());
        }
        tick();
        Canister.Outcome outcome = c.call(method, kind.get(), true, arg, caller, time);
        saveReplica();
        if (outcome.committed()) {
            persist(name, null);
        }
        return outcome.result();
    }

    public CallResult query(String name, String method, byte[] arg) {
        return query(name, method, arg, Principal.anonymous());
    }

    /** A query call: runs non-replicated; nothing it changes is kept. */
    public CallResult query(String name, String method, byte[] arg, Principal caller) {
        Canister c = canister(name);
        Optional<MethodKind> kind = c.module().method(method);
        if (kind.isEmpty() || kind.get() == MethodKind.UPDATE) {
            // The spec's query call rule: a method that is not a query gives CANISTER_ERROR.
            return CallResult.rejected(name, method, RejectCode.CANISTER_ERROR,
                    "Canister " + c.metadata().id().toText() + " has no query method '" + method + "'"
                            + (kind.isPresent() ? " (it is an update method)" : ""), List.of());
        }
        return c.call(method, kind.get(), false, arg, caller, time).result();
    }

    // ---- inspection ----

    public boolean exists(String name) {
        return loaded.containsKey(name) || (store != null && store.exists(name));
    }

    /** Canister names, sorted. */
    public List<String> list() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(loaded.keySet());
        if (store != null) {
            names.addAll(store.canisterNames());
        }
        return new ArrayList<>(names);
    }

    /** The installed module of a canister (for its Candid interface and method kinds). */
    public CanisterModule module(String name) {
        return canister(name).module();
    }

    public CanisterStatus status(String name) {
        Canister c = canister(name);
        CanisterMetadata m = c.metadata();
        WasmInstance inst = c.instance();
        long heap = inst.memory() == null ? 0 : (long) inst.memory().pages() * 65536;
        return new CanisterStatus(name, m.id(), c.module().hash(), c.module().bytes().length, m.version(),
                m.status() == CanisterMetadata.STATUS_RUNNING ? "running" : "stopped", heap, c.stable().sizeBytes(),
                m.cycles(), m.controllers(), new TreeMap<>(c.module().methods()), m.globalTimer());
    }

    /** The metadata saved for a canister, without instantiating it (state directory only). */
    public Optional<Properties> savedMetadata(String name) {
        return store != null && store.exists(name) ? Optional.of(store.loadMeta(name)) : Optional.empty();
    }

    // ---- internals ----

    private Canister canister(String name) {
        Canister c = loaded.get(name);
        if (c != null) {
            return c;
        }
        if (store == null || !store.exists(name)) {
            throw new ReplicaException("no canister named " + name + (list().isEmpty() ? " (none installed)"
                    : " (installed: " + String.join(", ", list()) + ")"));
        }
        CanisterSnapshot s = store.load(name);
        CompiledModules.Compiled module;
        try {
            module = compiled.get(store.loadModule(s.moduleHash()));
        } catch (InvalidModuleException e) {
            throw new ReplicaException("the saved module of canister " + name + " is invalid: " + e.getMessage(), e);
        }
        try {
            c = Canister.restore(name, s.metadata(), module, s.stable(), s.heap(), s.globals(), time, debugSink);
        } catch (IllegalArgumentException e) {
            throw new ReplicaException("cannot restore canister " + name + ": " + e.getMessage(), e);
        }
        loaded.put(name, c);
        return c;
    }

    private void tick() {
        time += TICK_NANOS;
    }

    private void saveReplica() {
        if (store != null) {
            store.saveReplica(new StateStore.ReplicaState(time, nextCanisterIndex));
        }
    }

    private void persist(String name, byte[] moduleBytes) {
        if (store == null) {
            return;
        }
        Canister c = loaded.get(name);
        if (moduleBytes != null) {
            store.saveModule(c.module().hash(), moduleBytes);
        }
        WasmInstance inst = c.instance();
        byte[] heap = inst.memory() == null ? new byte[0] : inst.memory().snapshot();
        store.save(new CanisterSnapshot(name, c.module().hash(), c.metadata(), heap, inst.globalValues(),
                c.stable()));
    }

    /** Local canister ids: an 8-byte big-endian index followed by 0x01 0x01, like the IC's canister ids. */
    static Principal canisterId(long index) {
        byte[] b = new byte[10];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (index >>> (56 - 8 * i));
        }
        b[8] = 1;
        b[9] = 1;
        return Principal.fromBytes(b);
    }
}
