package io.jcdk.runtime.cli;

import io.jcdk.candid.CandidEncoder;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.CanisterStatus;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import io.jcdk.runtime.ReplicaException;
import io.jcdk.runtime.UpgradeOptions;
import io.jcdk.runtime.meter.Profile;
import io.jcdk.runtime.module.CanisterModule;
import io.jcdk.runtime.module.InvalidModuleException;
import io.jcdk.runtime.module.MethodKind;
import io.jcdk.runtime.module.ModuleValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code jcdk} replica commands, in the spirit of {@code dfx canister}. Every failure is one line on stderr:
 * exit code 1 for a refused or failed request (nothing changed), 2 for a malformed command line.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** How many functions --profile lists. */
    static final int PROFILE_TOP = 20;

    static final String USAGE_TEXT = String.join("\n",
            "usage: jcdk [--state DIR] <command> ...",
            "  install <module.wasm[.gz]> --name N [--mode install|reinstall|upgrade] [--argument '(candid)']",
            "          [--type candid|raw] [--caller PRINCIPAL] [--skip-pre-upgrade] [--wasm-memory-persistence keep|replace]",
            "          [--profile]",
            "  call N METHOD ['(candid args)'] [--type candid|raw] [--output candid|raw] [--caller PRINCIPAL] [--profile]",
            "  query N METHOD ['(candid args)'] [--type candid|raw] [--output candid|raw] [--caller PRINCIPAL] [--profile]",
            "  stop N | start N | uninstall N | delete N   [--caller PRINCIPAL]",
            "  tick                                      run due global timers and heartbeats",
            "  list",
            "  status N",
            "N may be a canister name or id; 'call aaaaa-aa METHOD (args)' calls the management canister (ic.did).",
            "--caller defaults to the local default identity (" + Replica.DEFAULT_IDENTITY.toText() + "),",
            "  which controls what it installs; --caller anonymous calls as 2vxsx-fae.",
            "Every call prints [instructions: N] on stderr; --profile also prints the top " + PROFILE_TOP
                    + " functions by instructions",
            "  (build with -Djcdk.debugNames=true and install target/jcdk-teavm/classes.wasm for function names).",
            "State lives in .jcdk/ under the working directory unless --state DIR is given.",
            "--type raw takes the argument as hex bytes; --output raw prints the reply as hex.");

    private static final Set<String> OPTIONS = Set.of("state", "name", "mode", "argument", "type", "output",
            "caller", "skip-pre-upgrade", "wasm-memory-persistence", "profile");

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;

    public Cli(PrintStream out, PrintStream err, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
    }

    /** Runs one command; returns the process exit code. */
    public int run(String... argv) {
        try {
            Args args = Args.parse(argv, OPTIONS);
            if (args.has("help") || args.positional().isEmpty() || args.positional().get(0).equals("help")) {
                out.println(USAGE_TEXT);
                return args.positional().isEmpty() && !args.has("help") ? USAGE : OK;
            }
            return dispatch(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + " (run 'jcdk help' for usage)");
            return USAGE;
        } catch (CliException | ReplicaException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private int dispatch(Args args) {
        String command = args.positional().get(0);
        List<String> words = args.positional().subList(1, args.positional().size());
        switch (command) {
            case "install" -> {
                allowOnly(args, command, "state", "name", "mode", "argument", "type", "caller", "skip-pre-upgrade",
                        "wasm-memory-persistence", "profile");
                return install(args, exactly(words, 1, "install <module.wasm> --name N").get(0));
            }
            case "call", "query" -> {
                allowOnly(args, command, "state", "type", "output", "caller", "profile");
                if (words.size() < 2 || words.size() > 3) {
                    throw new UsageException(command + " takes a canister name, a method and optionally an argument");
                }
                return call(args, command.equals("query"), words.get(0), words.get(1),
                        words.size() == 3 ? words.get(2) : null);
            }
            case "list" -> {
                allowOnly(args, command, "state");
                exactly(words, 0, "list");
                return list(args);
            }
            case "stop", "start", "uninstall", "delete" -> {
                allowOnly(args, command, "state", "caller");
                return lifecycle(args, command, exactly(words, 1, command + " N").get(0));
            }
            case "tick" -> {
                allowOnly(args, command, "state");
                exactly(words, 0, "tick");
                return tick(args);
            }
            case "status" -> {
                allowOnly(args, command, "state");
                return status(args, exactly(words, 1, "status N").get(0));
            }
            default -> throw new UsageException("unknown command '" + command
                    + "' (commands: install, call, query, stop, start, uninstall, delete, tick, list, status)");
        }
    }

    // ---- commands ----

    private int install(Args args, String wasmPath) {
        String name = args.option("name");
        if (name == null) {
            throw new UsageException("install needs --name N");
        }
        InstallMode mode;
        try {
            mode = InstallMode.parse(args.option("mode", "install"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        byte[] wasm = readFile(wasmPath);
        List<String> problems = ModuleValidator.validate(wasm);
        if (!problems.isEmpty()) {
            throw new CliException(wasmPath + " cannot be installed: " + String.join("; ", problems));
        }
        Principal caller = caller(args);
        Replica replica = open(args);
        if (mode == InstallMode.INSTALL && replica.exists(name) && !replica.isEmpty(name)) {
            throw new CliException("canister " + name + " already has a module installed; use --mode reinstall or "
                    + "--mode upgrade");
        }
        if (mode != InstallMode.INSTALL && !replica.exists(name)) {
            throw new CliException("cannot " + mode.word() + ": no canister named " + name
                    + describeInstalled(replica));
        }
        byte[] arg = encodeInstallArgument(args, wasm);
        UpgradeOptions options = upgradeOptions(args, mode);
        CallResult r = mode == InstallMode.UPGRADE ? replica.upgrade(name, wasm, arg, options, caller)
                : replica.install(name, wasm, arg, mode, caller);
        printDebug(r);
        printInstructions(r);
        printProfile(r);
        if (!r.isReply()) {
            throw new CliException(mode.word() + " of " + name + " failed, the canister is unchanged: "
                    + r.rejectCode() + " (" + r.rejectCode().code() + "): " + r.rejectMessage());
        }
        CanisterStatus s = replica.status(name);
        out.println((mode == InstallMode.INSTALL ? "Installed" : mode == InstallMode.REINSTALL ? "Reinstalled"
                : "Upgraded") + " " + name + " (canister id " + s.id().toText() + ", module hash " + s.moduleHash()
                + ")");
        return OK;
    }

    private byte[] encodeInstallArgument(Args args, byte[] wasm) {
        String text = args.option("argument");
        if (isRaw(args, "type")) {
            return text == null ? new byte[0] : hex(text, "--argument");
        }
        if (text == null) {
            // Without --argument the canister gets the empty argument list, as with dfx: not checked against the
            // service's init arguments, because an upgrade's post_upgrade may take none.
            return CandidEncoder.encodeArgs(List.of(), List.of());
        }
        CandidCodec codec;
        try {
            codec = CandidCodec.of(CanisterModule.load(wasm).candidService(), args.option("name"));
        } catch (InvalidModuleException e) {
            throw new CliException(e.getMessage(), e);
        }
        return codec.encodeInitArgs(text);
    }

    private int call(Args args, boolean asQuery, String target, String method, String argument) {
        Principal caller = caller(args);
        boolean rawOut = isRaw(args, "output");
        Replica replica = open(args);
        if (target.equals(Replica.MANAGEMENT_CANISTER.toText())) {
            return callManagement(args, replica, method, argument, caller, rawOut);
        }
        String name = resolve(replica, target);
        if (!replica.exists(name)) {
            throw new CliException("no canister named " + name + describeInstalled(replica));
        }
        CanisterModule module = replica.module(name);
        Optional<MethodKind> kind = module.method(method);
        if (kind.isEmpty()) {
            throw new CliException("canister " + name + " has no method " + method + " (methods: "
                    + String.join(", ", module.methods().keySet().stream().sorted().toList()) + ")");
        }
        if (asQuery && kind.get() == MethodKind.UPDATE) {
            throw new CliException(method + " is an update method of canister " + name
                    + " (it exports canister_update " + method + "); use 'call' instead of 'query'");
        }
        CandidCodec codec = CandidCodec.of(module.candidService(), name);
        byte[] arg;
        if (isRaw(args, "type")) {
            arg = argument == null ? new byte[0] : hex(argument, "the argument");
        } else {
            arg = codec.encodeMethodArgs(argument == null ? "()" : argument, method);
        }
        // Like dfx, "call" on a query method makes a query call.
        CallResult r = kind.get().isQuery() ? replica.query(name, method, arg, caller)
                : replica.update(name, method, arg, caller);
        printDebug(r);
        printInstructions(r);
        printProfile(r);
        if (!r.isReply()) {
            throw new CliException(r.describeReject());
        }
        out.println(rawOut ? HexFormat.of().formatHex(r.reply()) : codec.decodeReply(r.reply(), method));
        return OK;
    }

    private int callManagement(Args args, Replica replica, String method, String argument, Principal caller,
            boolean rawOut) {
        CandidCodec codec = CandidCodec.of(Optional.of(Replica.managementDid()), "aaaaa-aa");
        if (codec.method(method).isEmpty()) {
            throw new CliException("the management canister aaaaa-aa has no method " + method);
        }
        byte[] arg = isRaw(args, "type") ? (argument == null ? new byte[0] : hex(argument, "the argument"))
                : codec.encodeMethodArgs(argument == null ? "()" : argument, method);
        CallResult r = replica.callManagement(method, arg, caller);
        printDebug(r);
        printInstructions(r);
        printProfile(r);
        if (!r.isReply()) {
            throw new CliException(r.describeReject());
        }
        out.println(rawOut ? HexFormat.of().formatHex(r.reply()) : codec.decodeReply(r.reply(), method));
        return OK;
    }

    private int lifecycle(Args args, String command, String target) {
        Principal caller = caller(args);
        Replica replica = open(args);
        String name = resolve(replica, target);
        if (!replica.exists(name)) {
            throw new CliException("no canister named " + name + describeInstalled(replica));
        }
        CallResult r = switch (command) {
            case "stop" -> replica.stop(name, caller);
            case "start" -> replica.start(name, caller);
            case "uninstall" -> replica.uninstall(name, caller);
            default -> replica.delete(name, caller);
        };
        if (!r.isReply()) {
            throw new CliException(command + " of " + name + " failed: " + r.rejectCode() + " ("
                    + r.rejectCode().code() + "): " + r.rejectMessage());
        }
        out.println(switch (command) {
            case "stop" -> "Stopped ";
            case "start" -> "Started ";
            case "uninstall" -> "Uninstalled ";
            default -> "Deleted ";
        } + name);
        return OK;
    }

    private int tick(Args args) {
        Replica replica = open(args);
        for (CallResult r : replica.tick()) {
            printDebug(r);
            err.println("[" + r.canister() + " " + r.method() + ": instructions: " + r.instructions() + "]");
        }
        return OK;
    }

    /** A canister name, or the name of the canister with this id. */
    private static String resolve(Replica replica, String target) {
        if (replica.exists(target)) {
            return target;
        }
        try {
            return replica.nameOf(Principal.fromText(target)).orElse(target);
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private static UpgradeOptions upgradeOptions(Args args, InstallMode mode) {
        boolean skip = args.has("skip-pre-upgrade");
        String persistence = args.option("wasm-memory-persistence");
        if (mode != InstallMode.UPGRADE && (skip || persistence != null)) {
            throw new UsageException("--skip-pre-upgrade and --wasm-memory-persistence apply to --mode upgrade only");
        }
        UpgradeOptions o = UpgradeOptions.DEFAULT;
        if (skip) {
            String v = args.option("skip-pre-upgrade");
            if (!v.equals("true") && !v.equals("false")) {
                throw new UsageException("--skip-pre-upgrade takes true or false, not '" + v + "'");
            }
            o = v.equals("true") ? o.skippingPreUpgrade() : o;
        }
        if (persistence != null) {
            o = o.with(switch (persistence) {
                case "keep" -> UpgradeOptions.WasmMemoryPersistence.KEEP;
                case "replace" -> UpgradeOptions.WasmMemoryPersistence.REPLACE;
                default -> throw new UsageException("--wasm-memory-persistence must be keep or replace, not '"
                        + persistence + "'");
            });
        }
        return o;
    }

    private void printInstructions(CallResult r) {
        err.println("[instructions: " + r.instructions() + "]");
    }

    /**
     * With --profile: the top functions of the call's profile on stderr, one per line (instructions, percent of
     * the total, name), then what the rest add up to.
     */
    private void printProfile(CallResult r) {
        Profile p = r.profile();
        if (p == null) {
            return;
        }
        err.println("[profile: " + p.total() + " instructions in " + p.entries().size() + " functions]");
        long shown = 0;
        for (Profile.Entry e : p.top(PROFILE_TOP)) {
            err.println(String.format(Locale.ROOT, "%12d %6.2f%%  %s", e.instructions(), percent(e.instructions(),
                    p.total()), e.name()));
            shown += e.instructions();
        }
        int rest = p.entries().size() - Math.min(PROFILE_TOP, p.entries().size());
        if (rest > 0) {
            err.println(String.format(Locale.ROOT, "%12d %6.2f%%  (%d more functions)", p.total() - shown,
                    percent(p.total() - shown, p.total()), rest));
        }
    }

    private static double percent(long part, long total) {
        return total == 0 ? 0 : 100.0 * part / total;
    }

    private int list(Args args) {
        Replica replica = open(args);
        for (String name : replica.list()) {
            Optional<Properties> saved = replica.savedMetadata(name);
            if (saved.isPresent()) {
                Properties p = saved.get();
                out.println(name + "  " + p.getProperty("id") + "  version " + p.getProperty("version")
                        + "  module " + p.getProperty("module_hash"));
            } else {
                CanisterStatus s = replica.status(name);
                out.println(name + "  " + s.id().toText() + "  version " + s.version() + "  module " + s.moduleHash());
            }
        }
        return OK;
    }

    private int status(Args args, String target) {
        Replica replica = open(args);
        String name = resolve(replica, target);
        if (!replica.exists(name)) {
            throw new CliException("no canister named " + name + describeInstalled(replica));
        }
        CanisterStatus s = replica.status(name);
        out.println("name: " + s.name());
        out.println("canister id: " + s.id().toText());
        out.println("status: " + s.status());
        out.println("module hash: 0x" + s.moduleHash());
        out.println("module size: " + s.moduleSize() + " bytes");
        out.println("version: " + s.version());
        out.println("memory: " + s.memoryBytes() + " bytes");
        out.println("stable memory: " + s.stableMemoryBytes() + " bytes");
        out.println("cycles: " + s.cycles());
        out.println("controllers: " + String.join(", ", s.controllers().stream().map(Principal::toText).toList()));
        for (Map.Entry<String, MethodKind> m : s.methods().entrySet()) {
            out.println("method: " + m.getKey() + " (" + m.getValue().word() + ")");
        }
        return OK;
    }

    // ---- helpers ----

    private Replica open(Args args) {
        Path state = args.has("state") ? workingDirectory.resolve(args.option("state"))
                : workingDirectory.resolve(".jcdk");
        boolean profile = flag(args, "profile");
        Replica replica = Replica.open(state);
        replica.setProfiling(profile);
        return replica;
    }

    /** A flag option: absent or --flag=false is false, --flag (or --flag=true) true. */
    private static boolean flag(Args args, String name) {
        String v = args.option(name, "false");
        if (!v.equals("true") && !v.equals("false")) {
            throw new UsageException("--" + name + " takes true or false, not '" + v + "'");
        }
        return v.equals("true");
    }

    private static String describeInstalled(Replica replica) {
        List<String> names = replica.list();
        return names.isEmpty() ? " (no canisters installed)" : " (installed: " + String.join(", ", names) + ")";
    }

    private static Principal caller(Args args) {
        String text = args.option("caller");
        if (text == null) {
            return Replica.DEFAULT_IDENTITY;
        }
        if (text.equals("anonymous")) {
            return Principal.anonymous();
        }
        try {
            return Principal.fromText(text);
        } catch (IllegalArgumentException e) {
            throw new CliException("invalid --caller '" + text + "': " + e.getMessage(), e);
        }
    }

    private static boolean isRaw(Args args, String option) {
        String v = args.option(option, "candid");
        if (!v.equals("candid") && !v.equals("raw")) {
            throw new UsageException("--" + option + " must be candid or raw, not '" + v + "'");
        }
        return v.equals("raw");
    }

    private static byte[] hex(String text, String what) {
        String clean = text.strip();
        if (clean.startsWith("0x")) {
            clean = clean.substring(2);
        }
        try {
            return HexFormat.of().parseHex(clean);
        } catch (IllegalArgumentException e) {
            throw new CliException(what + " is not valid hex: " + e.getMessage(), e);
        }
    }

    private byte[] readFile(String path) {
        Path p = workingDirectory.resolve(path);
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new CliException("module file " + path + " does not exist", e);
        } catch (IOException e) {
            throw new CliException("cannot read module file " + path + ": " + e.getMessage(), e);
        }
    }

    private void printDebug(CallResult r) {
        for (String line : r.debugOutput()) {
            err.println("[canister " + r.canister() + "] " + line);
        }
    }

    private static List<String> exactly(List<String> words, int n, String form) {
        if (words.size() != n) {
            throw new UsageException("expected: " + form);
        }
        return words;
    }

    private static void allowOnly(Args args, String command, String... allowed) {
        List<String> ok = Arrays.asList(allowed);
        for (String o : OPTIONS) {
            if (args.has(o) && !ok.contains(o)) {
                throw new UsageException("option --" + o + " does not apply to " + command);
            }
        }
    }
}
