package io.jcdk.runtime;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.CandidException;
import io.jcdk.candid.DidFile;
import io.jcdk.candid.DidMethod;
import io.jcdk.candid.IdlFieldValue;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The management canister {@code aaaaa-aa} of the local replica: the methods of {@code ic.did} that mean something
 * on one local subnet (canister creation, code installation, start/stop/delete, status, settings, cycles,
 * raw_rand). Arguments and results are Candid, typed by {@code ic.did}.
 */
final class ManagementCanister {
    /** What a management call answered: reply bytes, or a reject code and message; and unused cycles. */
    record Answer(byte[] reply, RejectCode code, String message, BigInteger refund, Canister stopping) {
        Answer(byte[] reply, RejectCode code, String message, BigInteger refund) {
            this(reply, code, message, refund, null);
        }

        /** stop_canister on a canister with open call contexts: answered once it is stopped (or started). */
        boolean deferred() {
            return stopping != null;
        }
    }

    /** stop_canister cannot answer yet: the canister is stopping. */
    private static final class Deferred extends RuntimeException {
        final Canister canister;

        Deferred(Canister canister) {
            super(null, null, false, false);
            this.canister = canister;
        }
    }

    private static final DidFile DID = loadDid();
    private final Replica replica;
    private long randCounter;

    ManagementCanister(Replica replica) {
        this.replica = replica;
    }

    static DidFile did() {
        return DID;
    }

    /** The service description, for the CLI to type arguments of {@code aaaaa-aa}. */
    static String didText() {
        try (InputStream in = ManagementCanister.class.getResourceAsStream("ic.did")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DidFile loadDid() {
        try {
            return DidFile.parse(didText());
        } catch (CandidException e) {
            throw new IllegalStateException("the bundled ic.did cannot be parsed: " + e.getMessage(), e);
        }
    }

    Answer handle(Principal caller, String method, byte[] arg, BigInteger cycles) {
        Optional<DidMethod> m = DID.method(method);
        if (m.isEmpty()) {
            return reject(RejectCode.DESTINATION_INVALID, "the management canister has no method '" + method + "'",
                    cycles);
        }
        IdlValue a;
        try {
            List<IdlValue> args = CandidDecoder.decodeArgs(arg, m.get().argTypes());
            a = args.isEmpty() ? null : args.get(0);
        } catch (CandidException e) {
            return reject(RejectCode.CANISTER_ERROR, "management canister: invalid argument for " + method + ": "
                    + e.getMessage(), cycles);
        }
        try {
            List<IdlValue> result = switch (method) {
                case "create_canister", "provisional_create_canister_with_cycles" -> create(caller, a, method, cycles);
                case "install_code" -> installCode(caller, a);
                case "uninstall_code" -> lifecycle(caller, a, "uninstall_code");
                case "start_canister" -> lifecycle(caller, a, "start_canister");
                case "stop_canister" -> lifecycle(caller, a, "stop_canister");
                case "delete_canister" -> lifecycle(caller, a, "delete_canister");
                case "canister_status" -> List.of(status(caller, target(a)));
                case "update_settings" -> updateSettings(caller, a);
                case "deposit_cycles" -> topUp(target(a), cycles);
                case "provisional_top_up_canister" -> topUp(target(a), a.field("amount").asBigInteger());
                case "raw_rand" -> List.of(IdlValue.blob(rawRand()));
                default -> throw new Refused(RejectCode.CANISTER_REJECT, "the local replica does not implement "
                        + "management method " + method);
            };
            byte[] reply = CandidEncoder.encodeArgs(m.get().resultTypes(), result);
            boolean keepsCycles = method.equals("create_canister") || method.equals("deposit_cycles");
            return new Answer(reply, null, null, keepsCycles ? BigInteger.ZERO : cycles);
        } catch (Deferred d) {
            return new Answer(null, null, null, cycles, d.canister);
        } catch (Refused r) {
            return reject(r.code, r.getMessage(), cycles);
        } catch (CandidException e) {
            return reject(RejectCode.CANISTER_ERROR, "management canister: invalid argument for " + method + ": "
                    + e.getMessage(), cycles);
        }
    }

    /** A management call refused with a reject. */
    static final class Refused extends RuntimeException {
        final RejectCode code;

        Refused(RejectCode code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static Answer reject(RejectCode code, String message, BigInteger refund) {
        return new Answer(null, code, message, refund);
    }

    private List<IdlValue> create(Principal caller, IdlValue a, String method, BigInteger cycles) {
        BigInteger balance = method.equals("create_canister") ? cycles
                : Optional.ofNullable(a.fieldOrNull("amount")).filter(v -> !v.isNone()).map(v -> v.optValue()
                        .asBigInteger()).orElse(Replica.DEFAULT_CYCLES);
        List<Principal> controllers = List.of(caller);
        Map<String, String> env = Map.of();
        IdlValue settings = a == null ? null : a.fieldOrNull("settings");
        if (settings != null && !settings.isNone()) {
            IdlValue s = settings.optValue();
            IdlValue c = s.fieldOrNull("controllers");
            if (c != null && !c.isNone()) {
                controllers = principals(c.optValue());
            }
            IdlValue e = s.fieldOrNull("environment_variables");
            if (e != null && !e.isNone()) {
                env = envVars(e.optValue());
            }
        }
        Canister c = replica.createCanister(null, controllers, balance);
        c.metadata().setEnvVars(env);
        return List.of(IdlValue.record(IdlFieldValue.named("canister_id", IdlValue.principal(c.metadata().id()))));
    }

    private List<IdlValue> installCode(Principal caller, IdlValue a) {
        Canister c = controlled(caller, target(a), "install_code");
        IdlValue mode = a.field("mode");
        IdlFieldValue variant = mode.variantField();
        String name = variant.name();
        InstallMode m = InstallMode.parse(name);
        UpgradeOptions options = UpgradeOptions.DEFAULT;
        if (m == InstallMode.UPGRADE && !variant.value().isNone()) {
            IdlValue o = variant.value().optValue();
            IdlValue skip = o.fieldOrNull("skip_pre_upgrade");
            if (skip != null && !skip.isNone() && skip.optValue().asBool()) {
                options = options.skippingPreUpgrade();
            }
            IdlValue p = o.fieldOrNull("wasm_memory_persistence");
            if (p != null && !p.isNone()) {
                options = options.with(p.optValue().isVariant("keep") ? UpgradeOptions.WasmMemoryPersistence.KEEP
                        : UpgradeOptions.WasmMemoryPersistence.REPLACE);
            }
        }
        CallResult r = replica.installCode(c, a.field("wasm_module").asBlob(), a.field("arg").asBlob(), m, options,
                caller);
        if (!r.isReply()) {
            throw new Refused(r.rejectCode(), r.rejectMessage());
        }
        return List.of();
    }

    private List<IdlValue> lifecycle(Principal caller, IdlValue a, String method) {
        Canister c = controlled(caller, target(a), method);
        switch (method) {
            case "uninstall_code" -> c.uninstall();
            case "start_canister" -> {
                if (c.metadata().status() == CanisterMetadata.STATUS_STOPPING) {
                    replica.scheduler().started(c);
                }
                c.metadata().setStatus(CanisterMetadata.STATUS_RUNNING);
            }
            case "stop_canister" -> {
                // With open call contexts (only possible while a call chain runs) the canister is stopping until
                // they are closed; the scheduler then stops it and answers this call.
                if (c.metadata().status() == CanisterMetadata.STATUS_STOPPING
                        || (c.metadata().status() == CanisterMetadata.STATUS_RUNNING
                        && replica.scheduler().hasOpenCallContexts(c))) {
                    c.metadata().setStatus(CanisterMetadata.STATUS_STOPPING);
                    replica.markDirty(c.name());
                    throw new Deferred(c);
                }
                c.metadata().setStatus(CanisterMetadata.STATUS_STOPPED);
            }
            case "delete_canister" -> {
                if (c.metadata().status() != CanisterMetadata.STATUS_STOPPED) {
                    throw new Refused(RejectCode.CANISTER_ERROR, "Canister " + c.metadata().id().toText()
                            + " must be stopped before it is deleted");
                }
                replica.deleteCanister(c);
                return List.of();
            }
            default -> throw new IllegalStateException(method);
        }
        replica.markDirty(c.name());
        return List.of();
    }

    private List<IdlValue> updateSettings(Principal caller, IdlValue a) {
        Canister c = controlled(caller, target(a), "update_settings");
        IdlValue s = a.field("settings");
        IdlValue ctl = s.fieldOrNull("controllers");
        if (ctl != null && !ctl.isNone()) {
            c.metadata().setControllers(principals(ctl.optValue()));
        }
        IdlValue env = s.fieldOrNull("environment_variables");
        if (env != null && !env.isNone()) {
            c.metadata().setEnvVars(envVars(env.optValue()));
        }
        replica.markDirty(c.name());
        return List.of();
    }

    private List<IdlValue> topUp(Principal id, BigInteger amount) {
        Canister c = existing(id);
        c.metadata().setCycles(c.metadata().cycles().add(amount));
        replica.markDirty(c.name());
        return List.of();
    }

    IdlValue status(Principal caller, Principal id) {
        return statusOf(controlled(caller, id, "canister_status"));
    }

    /** canister_status's record for a canister, without the controller check. */
    IdlValue statusOf(Canister c) {
        CanisterMetadata m = c.metadata();
        long heap = c.isEmpty() || c.instance().memory() == null ? 0 : (long) c.instance().memory().pages() * 65536;
        long stable = c.stable().sizeBytes();
        long binary = c.isEmpty() ? 0 : c.module().bytes().length;
        List<IdlValue> env = new ArrayList<>();
        for (Map.Entry<String, String> e : m.envVars().entrySet()) {
            env.add(IdlValue.record(IdlFieldValue.named("name", IdlValue.text(e.getKey())),
                    IdlFieldValue.named("value", IdlValue.text(e.getValue()))));
        }
        IdlValue controllersVisibility = IdlValue.variant("controllers", IdlValue.nullValue());
        IdlValue settings = IdlValue.record(
                IdlFieldValue.named("controllers", IdlValue.vec(m.controllers().stream().map(IdlValue::principal)
                        .toList())),
                IdlFieldValue.named("compute_allocation", IdlValue.nat(0)),
                IdlFieldValue.named("memory_allocation", IdlValue.nat(0)),
                IdlFieldValue.named("freezing_threshold", IdlValue.nat(2_592_000)),
                IdlFieldValue.named("reserved_cycles_limit", IdlValue.nat(5_000_000_000_000L)),
                IdlFieldValue.named("minimum_incoming_canister_call_cycles", IdlValue.nat(0)),
                IdlFieldValue.named("log_visibility", controllersVisibility),
                IdlFieldValue.named("snapshot_visibility", controllersVisibility),
                IdlFieldValue.named("status_visibility", controllersVisibility),
                IdlFieldValue.named("wasm_memory_limit", IdlValue.nat(3L << 30)),
                IdlFieldValue.named("wasm_memory_threshold", IdlValue.nat(0)),
                IdlFieldValue.named("environment_variables", IdlValue.vec(env)));
        IdlValue zero = IdlValue.nat(0);
        return IdlValue.record(
                IdlFieldValue.named("status", IdlValue.variant(m.statusWord(), IdlValue.nullValue())),
                IdlFieldValue.named("ready_for_migration", IdlValue.bool(false)),
                IdlFieldValue.named("version", IdlValue.nat64(m.version())),
                IdlFieldValue.named("settings", settings),
                IdlFieldValue.named("module_hash", c.isEmpty() ? IdlValue.none()
                        : IdlValue.some(IdlValue.blob(java.util.HexFormat.of().parseHex(c.module().hash())))),
                IdlFieldValue.named("memory_size", IdlValue.nat(heap + stable + binary)),
                IdlFieldValue.named("memory_metrics", IdlValue.record(
                        IdlFieldValue.named("wasm_memory_size", IdlValue.nat(heap)),
                        IdlFieldValue.named("stable_memory_size", IdlValue.nat(stable)),
                        IdlFieldValue.named("global_memory_size", zero),
                        IdlFieldValue.named("wasm_binary_size", IdlValue.nat(binary)),
                        IdlFieldValue.named("custom_sections_size", zero),
                        IdlFieldValue.named("canister_history_size", zero),
                        IdlFieldValue.named("wasm_chunk_store_size", zero),
                        IdlFieldValue.named("snapshots_size", zero))),
                IdlFieldValue.named("cycles", IdlValue.nat(m.cycles())),
                IdlFieldValue.named("reserved_cycles", zero),
                IdlFieldValue.named("idle_cycles_burned_per_day", zero),
                IdlFieldValue.named("query_stats", IdlValue.record(
                        IdlFieldValue.named("num_calls_total", zero),
                        IdlFieldValue.named("num_instructions_total", zero),
                        IdlFieldValue.named("request_payload_bytes_total", zero),
                        IdlFieldValue.named("response_payload_bytes_total", zero))));
    }

    private static Principal target(IdlValue a) {
        return a.field("canister_id").asPrincipal();
    }

    private Canister existing(Principal id) {
        return replica.findById(id).orElseThrow(() -> new Refused(RejectCode.DESTINATION_INVALID,
                "Canister " + id.toText() + " not found"));
    }

    private Canister controlled(Principal caller, Principal id, String method) {
        Canister c = existing(id);
        if (!c.metadata().controllers().contains(caller)) {
            throw new Refused(RejectCode.CANISTER_ERROR, "Only controllers of canister " + id.toText() + " can call "
                    + method + "; " + caller.toText() + " is not one (controllers: " + String.join(", ",
                    c.metadata().controllers().stream().map(Principal::toText).toList()) + ")");
        }
        return c;
    }

    private static List<Principal> principals(IdlValue vec) {
        return vec.asVec().stream().map(IdlValue::asPrincipal).toList();
    }

    private static Map<String, String> envVars(IdlValue vec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IdlValue v : vec.asVec()) {
            out.put(v.field("name").asText(), v.field("value").asText());
        }
        return out;
    }

    /** 32 deterministic bytes: SHA-256 of the replica time and a counter (not random; reproducible runs). */
    private byte[] rawRand() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(("jcdk raw_rand " + replica.time() + " " + (randCounter++)).getBytes(StandardCharsets.UTF_8));
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
