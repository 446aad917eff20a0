package io.jcdk.runtime;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.exec.CompiledModules;
import io.jcdk.runtime.exec.MessageExecution;
import io.jcdk.runtime.exec.WasmInstance;
import io.jcdk.runtime.meter.InstructionLimits;
import io.jcdk.runtime.module.CanisterModule;
import io.jcdk.runtime.module.InvalidModuleException;
import io.jcdk.runtime.module.MethodKind;
import io.jcdk.runtime.state.CanisterSnapshot;
import io.jcdk.runtime.state.CompiledCodeCache;
import io.jcdk.runtime.state.StateStore;
import io.jcdk.spec.CallContext;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A local, single-subnet IC replica: canisters addressed by local names (and by their principals), ingress
 * update and query calls, inter-canister calls, the management canister {@code aaaaa-aa}, timers and heartbeats,
 * instruction metering and a local cycles ledger, with the IC's transactional semantics. State lives in memory or
 * is persisted to a state directory after every ingress message.
 */
public final class Replica {
    /** 2026-01-01T00:00:00Z: the clock starts here so that runs are reproducible. */
    public static final long DEFAULT_START_TIME = 1_767_225_600_000_000_000L;
    /** Each ingress update and install advances the clock by this much before it runs. */
    public static final long TICK_NANOS = 1_000_000L;
    /** The balance a new canister gets locally. */
    public static final BigInteger DEFAULT_CYCLES = new BigInteger("100000000000000");
    public static final Principal MANAGEMENT_CANISTER = Principal.fromText("aaaaa-aa");
    /**
     * The local default identity (like dfx's default identity): a fixed self-authenticating principal. The CLI and
     * the Java API call as this principal unless told otherwise, so the canisters they install are controlled by it.
     */
    public static final Principal DEFAULT_IDENTITY = defaultIdentity();

    private final StateStore store;
    private final CompiledModules compiled;
    private final Map<String, Canister> loaded = new TreeMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Set<String> deleted = new LinkedHashSet<>();
    private final Scheduler scheduler = new Scheduler(this);
    private final ManagementCanister management = new ManagementCanister(this);
    private long time = DEFAULT_START_TIME;
    private long nextCanisterIndex = 1;
    private Consumer<String> debugSink = line -> { };
    private InstructionLimits limits = InstructionLimits.IC;
    private boolean profiling;

    private Replica(StateStore store) {
        this.store = store;
        this.compiled = store == null ? new CompiledModules() : new CompiledModules(new CompiledCodeCache(store.root()));
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

    public InstructionLimits instructionLimits() {
        return limits;
    }

    /** Per-message instruction limits (the IC's by default). */
    public void setInstructionLimits(InstructionLimits limits) {
        this.limits = limits;
    }

    public boolean profiling() {
        return profiling;
    }

    /**
     * Profiling mode: modules run instrumented for a per-function instruction profile as well as metered, and every
     * {@link CallResult} (calls, installs, upgrades, timers and heartbeats) carries its {@link CallResult#profile()}.
     * Counts and limits are exactly those without profiling; loading and running are slower. A call's profile covers
     * the same executions as its instruction count: the method, its callbacks, and the executions on other canisters
     * its calls caused (their entries prefixed with {@code [<canister>] }); an accepting canister_inspect_message is
     * not part of it (as it is not part of the count).
     *
     * @throws IllegalStateException once a canister is loaded (set it right after creating or opening the replica)
     */
    public void setProfiling(boolean on) {
        if (on != profiling && !loaded.isEmpty()) {
            throw new IllegalStateException("profiling must be set before any canister is loaded or installed");
        }
        this.profiling = on;
    }

    // ---- time, timers and heartbeats ----

    public long time() {
        return time;
    }

    /** Sets the clock (ns since 1970); the IC's time never goes backwards, so neither may this. Runs nothing. */
    public void setTime(long nanos) {
        if (nanos < time) {
            throw new IllegalArgumentException("time can only move forward: " + nanos + " < " + time);
        }
        time = nanos;
        saveReplica();
    }

    /** Advances the clock, then runs due global timers and heartbeats ({@link #tick()}). */
    public List<CallResult> advanceTime(Duration d) {
        setTime(Math.addExact(time, d.toNanos()));
        return tick();
    }

    /**
     * One round of system tasks: every running canister that exports {@code canister_heartbeat} runs it, and every
     * canister whose global timer is due (timer set and at or before the current time) has the timer cleared and
     * runs {@code canister_global_timer}. Returns one result per task run (its debug output and instructions).
     */
    public List<CallResult> tick() {
        List<CallResult> results = new ArrayList<>();
        for (String name : list()) {
            Canister c = canister(name);
            if (c.isEmpty() || c.metadata().status() != CanisterMetadata.STATUS_RUNNING) {
                continue;
            }
            if (c.module().exports("canister_heartbeat")) {
                results.add(task(c, "canister_heartbeat"));
            }
            long timer = c.metadata().globalTimer();
            if (timer != 0 && timer <= time && c.module().exports("canister_global_timer")) {
                c.metadata().setGlobalTimer(0);
                markDirty(name);
                results.add(task(c, "canister_global_timer"));
            }
        }
        persistDirty();
        return results;
    }

    private CallResult task(Canister c, String export) {
        CallContextState.Ingress collector = scheduler.systemTask(c, export);
        return CallResult.replied(c.name(), export, new byte[0], collector.debug).withInstructions(
                collector.instructions).withProfile(collector.profile());
    }

    // ---- lifecycle ----

    public CallResult install(String name, byte[] wasm, byte[] arg, InstallMode mode) {
        return install(name, wasm, arg, mode, DEFAULT_IDENTITY);
    }

    /**
     * Installs, reinstalls or upgrades (with default upgrade options). Install creates the canister {@code name},
     * controlled by {@code caller}, if it does not exist. Only a controller may install code. A trap in start, init,
     * pre_upgrade or post_upgrade, or a refusal (not a controller), comes back as a rejected result and leaves the
     * canister exactly as it was.
     *
     * @throws ReplicaException for an invalid module, an install on a canister that has code, or a reinstall or
     *     upgrade of an unknown canister
     */
    public CallResult install(String name, byte[] wasm, byte[] arg, InstallMode mode, Principal caller) {
        return install(name, wasm, arg, mode, UpgradeOptions.DEFAULT, caller);
    }

    /** An upgrade with options ({@code skip_pre_upgrade}, {@code wasm_memory_persistence}). */
    public CallResult upgrade(String name, byte[] wasm, byte[] arg, UpgradeOptions options, Principal caller) {
        return install(name, wasm, arg, InstallMode.UPGRADE, options, caller);
    }

    private CallResult install(String name, byte[] wasm, byte[] arg, InstallMode mode, UpgradeOptions options,
            Principal caller) {
        StateStore.checkName(name);
        boolean exists = exists(name);
        if (mode == InstallMode.INSTALL && exists && !canister(name).isEmpty()) {
            throw new ReplicaException("canister " + name + " already has a module installed; use mode reinstall or "
                    + "upgrade");
        }
        if (mode != InstallMode.INSTALL && !exists) {
            throw new ReplicaException("cannot " + mode.word() + " " + name + ": no canister named " + name);
        }
        compile(name, wasm);
        Canister c = exists ? canister(name) : createCanister(name, List.of(caller), DEFAULT_CYCLES);
        CallResult r = installCode(c, wasm, arg, mode, options, caller);
        if (!exists && !r.isReply()) {
            // A failed first install leaves nothing behind, not even an empty canister.
            loaded.remove(name);
            dirty.remove(name);
            nextCanisterIndex--;
            saveReplica();
        }
        persistDirty();
        return r;
    }

    /** Creates an empty canister called {@code name}, controlled by {@code caller}. */
    public Principal create(String name, Principal caller) {
        StateStore.checkName(name);
        if (exists(name)) {
            throw new ReplicaException("a canister named " + name + " already exists");
        }
        Canister c = createCanister(name, List.of(caller), DEFAULT_CYCLES);
        persistDirty();
        return c.metadata().id();
    }

    /** The management canister's install_code on a known canister: controller check, then the install itself. */
    CallResult installCode(Canister c, byte[] wasm, byte[] arg, InstallMode mode, UpgradeOptions options,
            Principal caller) {
        String step = mode.word();
        if (!c.metadata().controllers().contains(caller)) {
            return CallResult.rejected(c.name(), step, RejectCode.CANISTER_ERROR, "Only controllers of canister "
                    + c.metadata().id().toText() + " can install code; " + caller.toText() + " is not one", List.of());
        }
        CompiledModules.Compiled module;
        try {
            module = compiled.get(wasm, profiling);
        } catch (InvalidModuleException e) {
            return CallResult.rejected(c.name(), step, RejectCode.CANISTER_ERROR, "invalid module: " + e.getMessage(),
                    List.of());
        }
        if (mode == InstallMode.INSTALL && !c.isEmpty()) {
            return CallResult.rejected(c.name(), step, RejectCode.CANISTER_ERROR, "canister "
                    + c.metadata().id().toText() + " already has a module installed", List.of());
        }
        if (mode == InstallMode.UPGRADE && c.isEmpty()) {
            return CallResult.rejected(c.name(), step, RejectCode.CANISTER_ERROR, "canister "
                    + c.metadata().id().toText() + " is empty: there is nothing to upgrade", List.of());
        }
        tickClock();
        CallResult r = mode == InstallMode.UPGRADE ? c.upgrade(module, arg, caller, time, limits.install(), options)
                : c.install(module, arg, caller, time, limits.install(), step);
        for (String line : r.debugOutput()) {
            debugSink.accept(line);
        }
        if (r.isReply()) {
            markDirty(c.name());
            if (store != null) {
                store.saveModule(module.module().hash(), wasm);
            }
        }
        return r;
    }

    /** uninstall_code through the management canister. */
    public CallResult uninstall(String name, Principal caller) {
        return lifecycle("uninstall_code", name, caller);
    }

    public CallResult stop(String name, Principal caller) {
        return lifecycle("stop_canister", name, caller);
    }

    public CallResult start(String name, Principal caller) {
        return lifecycle("start_canister", name, caller);
    }

    /** delete_canister: the canister must be stopped; its state is gone afterwards. */
    public CallResult delete(String name, Principal caller) {
        return lifecycle("delete_canister", name, caller);
    }

    private CallResult lifecycle(String method, String name, Principal caller) {
        Principal id = canister(name).metadata().id();
        byte[] arg = io.jcdk.candid.CandidEncoder.encodeArgs(List.of(io.jcdk.candid.IdlValue.record(
                io.jcdk.candid.IdlFieldValue.named("canister_id", io.jcdk.candid.IdlValue.principal(id)))));
        CallResult r = callManagement(method, arg, caller);
        return new CallResult(name, method, r.reply(), r.rejectCode(), r.rejectMessage(), r.debugOutput(),
                r.instructions(), r.profile());
    }

    /** Adds cycles to a canister's balance (provisional_top_up_canister). */
    public void topUp(String name, BigInteger cycles) {
        Canister c = canister(name);
        c.metadata().setCycles(c.metadata().cycles().add(cycles));
        markDirty(name);
        persistDirty();
    }

    /** Sets a canister's controllers (update_settings), e.g. to let another canister stop it. */
    public void setControllers(String name, List<Principal> controllers) {
        Canister c = canister(name);
        c.metadata().setControllers(controllers);
        markDirty(name);
        persistDirty();
    }

    /** Sets the environment variables a canister reads with ic0.env_var_* (update_settings). */
    public void setEnvironmentVariables(String name, Map<String, String> vars) {
        Canister c = canister(name);
        c.metadata().setEnvVars(vars);
        markDirty(name);
        persistDirty();
    }

    // ---- calls ----

    public CallResult update(String name, String method, byte[] arg) {
        return update(name, method, arg, DEFAULT_IDENTITY);
    }

    /**
     * An ingress update call: canister_inspect_message first (if exported), then the method, and everything it
     * causes (inter-canister calls, callbacks) until its call context is answered. A query method called this way
     * runs in replicated mode and keeps no changes, as on the IC.
     */
    public CallResult update(String name, String method, byte[] arg, Principal caller) {
        Canister c = canister(name);
        String id = c.metadata().id().toText();
        if (c.isEmpty()) {
            return CallResult.rejected(name, method, RejectCode.DESTINATION_INVALID, "Canister " + id
                    + " is empty: it has no Wasm module", List.of());
        }
        Optional<MethodKind> kind = c.module().method(method);
        if (kind.isEmpty()) {
            return CallResult.rejected(name, method, RejectCode.DESTINATION_INVALID,
                    "Canister " + id + " has no update method '" + method + "'", List.of());
        }
        if (kind.get() == MethodKind.COMPOSITE_QUERY) {
            return CallResult.rejected(name, method, RejectCode.CANISTER_ERROR, "Canister "
                    + id + ": composite query '" + method + "' cannot be called as an update", List.of());
        }
        if (c.metadata().status() == CanisterMetadata.STATUS_RUNNING
                && c.module().exports("canister_inspect_message")) {
            CallResult refused = inspect(c, method, arg, caller);
            if (refused != null) {
                return refused;
            }
        }
        tickClock();
        CallResult r = scheduler.ingress(caller, c.metadata().id(), name, method, arg);
        persistDirty();
        return r;
    }

    /** canister_inspect_message: null when the message is accepted, else the rejection. Changes are discarded. */
    private CallResult inspect(Canister c, String method, byte[] arg, Principal caller) {
        MessageExecution exec = new MessageExecution(CallContext.INSPECT_MESSAGE, arg, caller, method, time)
                .budget(limits.inspectMessage());
        Canister.Executed e = c.execute("canister_inspect_message", exec, false);
        if (!e.trapped() && exec.messageAccepted()) {
            return null;
        }
        String why = e.trapped() ? ": canister_inspect_message trapped: " + e.trapMessage()
                : ": canister_inspect_message did not call ic0.accept_message";
        return CallResult.rejected(c.name(), method, RejectCode.CANISTER_REJECT, "Canister "
                + c.metadata().id().toText() + " rejected the message" + why, exec.debugOutput())
                .withInstructions(exec.instructions()).withProfile(exec.profile());
    }

    /** An ingress call to the management canister {@code aaaaa-aa} with a Candid argument. */
    public CallResult callManagement(String method, byte[] arg, Principal caller) {
        CallResult r = scheduler.ingress(caller, MANAGEMENT_CANISTER, MANAGEMENT_CANISTER.toText(), method, arg);
        persistDirty();
        return r;
    }

    public CallResult query(String name, String method, byte[] arg) {
        return query(name, method, arg, DEFAULT_IDENTITY);
    }

    /** A query call: runs non-replicated with a data certificate; nothing it changes is kept. */
    public CallResult query(String name, String method, byte[] arg, Principal caller) {
        Canister c = canister(name);
        String id = c.metadata().id().toText();
        Optional<MethodKind> kind = c.isEmpty() ? Optional.empty() : c.module().method(method);
        if (kind.isEmpty() || kind.get() == MethodKind.UPDATE) {
            // The spec's query call rule: a method that is not a query gives CANISTER_ERROR.
            return CallResult.rejected(name, method, RejectCode.CANISTER_ERROR,
                    "Canister " + id + " has no query method '" + method + "'"
                            + (kind.isPresent() ? " (it is an update method)" : ""), List.of());
        }
        if (c.metadata().status() != CanisterMetadata.STATUS_RUNNING) {
            return CallResult.rejected(name, method, RejectCode.CANISTER_ERROR, "Canister " + id + " is "
                    + c.metadata().statusWord(), List.of());
        }
        byte[] cert = DataCertificate.of(c.metadata().id(), c.metadata().certifiedData(), time);
        if (kind.get() == MethodKind.COMPOSITE_QUERY) {
            return CompositeQuery.run(this, c, method, arg, caller, cert);
        }
        MessageExecution exec = new MessageExecution(CallContext.NON_REPLICATED_QUERY, arg, caller, method, time)
                .budget(limits.query()).certificate(cert);
        Canister.Executed e = c.execute(kind.get().exportName(method), exec, false);
        CallResult r;
        if (e.trapped()) {
            r = CallResult.rejected(name, method, RejectCode.CANISTER_ERROR, e.trapMessage(), exec.debugOutput());
        } else if (exec.response() == io.jcdk.runtime.exec.Response.REPLIED) {
            r = CallResult.replied(name, method, exec.replyData(), exec.debugOutput());
        } else if (exec.response() == io.jcdk.runtime.exec.Response.REJECTED) {
            r = CallResult.rejected(name, method, RejectCode.CANISTER_REJECT, exec.rejectMessage(),
                    exec.debugOutput());
        } else {
            r = CallResult.rejected(name, method, RejectCode.CANISTER_ERROR, "Canister " + id
                    + " did not reply to the call", exec.debugOutput());
        }
        return r.withInstructions(exec.instructions()).withProfile(exec.profile());
    }

    /** The Candid service description of the management canister (the spec's ic.did). */
    public static String managementDid() {
        return ManagementCanister.didText();
    }

    // ---- inspection ----

    public boolean exists(String name) {
        return !deleted.contains(name) && (loaded.containsKey(name) || (store != null && store.exists(name)));
    }

    /** Canister names, sorted. */
    public List<String> list() {
        TreeSet<String> names = new TreeSet<>(loaded.keySet());
        if (store != null) {
            names.addAll(store.canisterNames());
        }
        names.removeAll(deleted);
        return new ArrayList<>(names);
    }

    /** The installed module of a canister (for its Candid interface and method kinds). */
    public CanisterModule module(String name) {
        Canister c = canister(name);
        if (c.isEmpty()) {
            throw new ReplicaException("canister " + name + " is empty: it has no Wasm module");
        }
        return c.module();
    }

    public boolean isEmpty(String name) {
        return canister(name).isEmpty();
    }

    public Principal canisterId(String name) {
        return canister(name).metadata().id();
    }

    /** The local name of the canister with this id. */
    public Optional<String> nameOf(Principal id) {
        return findById(id).map(Canister::name);
    }

    public CanisterStatus status(String name) {
        Canister c = canister(name);
        CanisterMetadata m = c.metadata();
        WasmInstance inst = c.instance();
        long heap = inst == null || inst.memory() == null ? 0 : (long) inst.memory().pages() * 65536;
        return new CanisterStatus(name, m.id(), c.isEmpty() ? "" : c.module().hash(),
                c.isEmpty() ? 0 : c.module().bytes().length, m.version(), m.statusWord(), heap,
                c.stable().sizeBytes(), m.cycles(), m.controllers(),
                c.isEmpty() ? Map.of() : new TreeMap<>(c.module().methods()), m.globalTimer());
    }

    /** The metadata saved for a canister, without instantiating it (state directory only). */
    public Optional<Properties> savedMetadata(String name) {
        return store != null && store.exists(name) && !loaded.containsKey(name) ? Optional.of(store.loadMeta(name))
                : Optional.empty();
    }

    // ---- package internals used by the scheduler and the management canister ----

    ManagementCanister management() {
        return management;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    Optional<Canister> findByName(String name) {
        return exists(name) ? Optional.of(canister(name)) : Optional.empty();
    }

    Optional<Canister> findById(Principal id) {
        for (Canister c : loaded.values()) {
            if (c.metadata().id().equals(id) && !deleted.contains(c.name())) {
                return Optional.of(c);
            }
        }
        if (store != null) {
            String text = id.toText();
            for (String name : store.canisterNames()) {
                if (!loaded.containsKey(name) && !deleted.contains(name)
                        && text.equals(store.loadMeta(name).getProperty("id"))) {
                    return Optional.of(canister(name));
                }
            }
        }
        return Optional.empty();
    }

    Canister createCanister(String name, List<Principal> controllers, BigInteger cycles) {
        Principal id = canisterId(nextCanisterIndex++);
        String n = name == null ? id.toText() : name;
        CanisterMetadata meta = new CanisterMetadata(id);
        meta.setControllers(controllers);
        meta.setCycles(cycles);
        Canister c = new Canister(n, meta, debugSink);
        deleted.remove(n);
        loaded.put(n, c);
        markDirty(n);
        saveReplica();
        return c;
    }

    void deleteCanister(Canister c) {
        loaded.remove(c.name());
        deleted.add(c.name());
        dirty.remove(c.name());
        if (store != null) {
            store.delete(c.name());
            deleted.remove(c.name());
        }
    }

    void markDirty(String name) {
        dirty.add(name);
    }

    // ---- internals ----

    private void compile(String name, byte[] wasm) {
        try {
            compiled.get(wasm, profiling);
        } catch (InvalidModuleException e) {
            throw new ReplicaException("cannot install " + name + ": invalid module: " + e.getMessage(), e);
        }
    }

    private Canister canister(String name) {
        Canister c = loaded.get(name);
        if (c != null) {
            return c;
        }
        if (deleted.contains(name) || store == null || !store.exists(name)) {
            throw new ReplicaException("no canister named " + name + (list().isEmpty() ? " (none installed)"
                    : " (installed: " + String.join(", ", list()) + ")"));
        }
        CanisterSnapshot s = store.load(name);
        CompiledModules.Compiled module = null;
        if (!s.moduleHash().isEmpty()) {
            try {
                module = compiled.get(store.loadModule(s.moduleHash()), profiling);
            } catch (InvalidModuleException e) {
                throw new ReplicaException("the saved module of canister " + name + " is invalid: " + e.getMessage(),
                        e);
            }
        }
        try {
            c = Canister.restore(name, s.metadata(), module, s.stable(), s.heap(), s.globals(), time, debugSink);
        } catch (IllegalArgumentException e) {
            throw new ReplicaException("cannot restore canister " + name + ": " + e.getMessage(), e);
        }
        store.attach(name, c.instance() == null ? null : c.instance().memory(), c.stable());
        loaded.put(name, c);
        return c;
    }

    private void tickClock() {
        time += TICK_NANOS;
        saveReplica();
    }

    private void saveReplica() {
        if (store != null) {
            store.saveReplica(new StateStore.ReplicaState(time, nextCanisterIndex));
        }
    }

    /** Saves every canister an execution touched (state directory only). */
    private void persistDirty() {
        if (store == null) {
            dirty.clear();
            return;
        }
        for (String name : dirty) {
            Canister c = loaded.get(name);
            if (c == null) {
                continue;
            }
            WasmInstance inst = c.instance();
            long[] globals = inst == null ? new long[0] : inst.globalValues();
            // Writes only the pages changed since the last save when the memories are the same ones.
            store.save(name, c.isEmpty() ? "" : c.module().hash(), c.metadata(), globals,
                    inst == null ? null : inst.memory(), c.stable());
        }
        dirty.clear();
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

    private static Principal defaultIdentity() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    "jcdk local default identity".getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[29];
            System.arraycopy(d, 0, id, 0, 28);
            id[28] = 0x02; // self-authenticating
            return Principal.fromBytes(id);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
