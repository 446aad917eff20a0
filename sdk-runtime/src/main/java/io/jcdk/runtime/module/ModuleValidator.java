package io.jcdk.runtime.module;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.ValType;
import io.jcdk.runtime.meter.MeteringInstrumenter;
import io.jcdk.runtime.meter.ProfilingInstrumenter;
import io.jcdk.spec.Ic0Function;
import io.jcdk.spec.Ic0Spec;
import io.jcdk.spec.WasmValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a canister module against the IC's "WebAssembly module requirements" (interface spec), with the System API
 * list of {@link Ic0Spec} as the only source for allowed imports. Used at install by the runtime and on the build
 * output by the Maven plugin.
 */
public final class ModuleValidator {
    public static final String ICP_PUBLIC = "icp:public ";
    public static final String ICP_PRIVATE = "icp:private ";
    public static final String CANDID_SERVICE = "candid:service";

    /** Entry points of type () -> () that are not public methods. */
    static final Set<String> SYSTEM_EXPORTS = Set.of("canister_init", "canister_pre_upgrade",
            "canister_post_upgrade", "canister_inspect_message", "canister_heartbeat", "canister_global_timer",
            "canister_on_low_wasm_memory");

    // Limits the IC may enforce (interface spec, same section).
    static final int MAX_FUNCTIONS = 50_000;
    static final int MAX_GLOBALS = 1_000;
    static final int MAX_ICP_SECTIONS = 16;
    static final int MAX_METHODS = 1_000;
    static final int MAX_METHOD_NAME_BYTES = 20_000;
    static final int MAX_ICP_SECTION_BYTES = 1024 * 1024;

    private ModuleValidator() {}

    /** Every problem that would make the IC refuse this module (plain or gzipped); empty when it is fine. */
    public static List<String> validate(byte[] module) {
        return analyze(module).problems();
    }

    /** The content of the custom section with exactly this name, such as {@code icp:public candid:service}. */
    public static Optional<byte[]> customSection(byte[] module, String name) {
        for (CustomSection s : RawSections.customSections(WasmBinary.wasmBytes(module))) {
            if (s.name().equals(name)) {
                return Optional.of(s.content());
            }
        }
        return Optional.empty();
    }

    /** All custom sections in binary order. */
    public static List<CustomSection> customSections(byte[] module) {
        return RawSections.customSections(WasmBinary.wasmBytes(module));
    }

    /** The Candid service description the module carries as {@code icp:public|icp:private candid:service}. */
    public static Optional<String> candidService(byte[] module) {
        return candidService(customSections(module));
    }

    static Optional<String> candidService(List<CustomSection> sections) {
        for (CustomSection s : sections) {
            if (s.name().equals(ICP_PUBLIC + CANDID_SERVICE) || s.name().equals(ICP_PRIVATE + CANDID_SERVICE)) {
                return Optional.of(new String(s.content(), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /**
     * The parse result plus problems; problems is empty exactly when module is usable. {@code module} is the parsed
     * module as it will run: with metering when {@code counterGlobal >= 0} (the index of the added counter global).
     * {@code profiledFunctions} is null unless the module was instrumented for profiling: then it names the defined
     * functions, whose profile globals follow the counter ({@link ProfilingInstrumenter}).
     */
    record Analysis(byte[] wasm, WasmModule module, int counterGlobal, List<CustomSection> customSections,
            Map<String, MethodKind> methods, Set<String> systemExports, List<String> problems,
            List<String> profiledFunctions) {}

    static Analysis analyze(byte[] moduleBytes) {
        return analyze(moduleBytes, false);
    }

    /**
     * Analyzes a module; with {@code metered}, instruments it first ({@link MeteringInstrumenter}) and parses only the
     * instrumented module, so that loading parses and validates the code once. Metering keeps a valid module valid
     * and changes neither imports, exports, memories nor custom sections, so the checks read the same. When the
     * instrumented module does not parse, the original is analyzed instead, so that problems name the original's
     * offsets.
     */
    static Analysis analyze(byte[] moduleBytes, boolean metered) {
        return analyze(moduleBytes, metered, false);
    }

    /** {@link #analyze(byte[], boolean)}; with {@code profiling} (and metered) instruments for profiling. */
    static Analysis analyze(byte[] moduleBytes, boolean metered, boolean profiling) {
        List<String> problems = new ArrayList<>();
        byte[] wasm;
        List<CustomSection> custom;
        WasmModule module;
        try {
            wasm = WasmBinary.wasmBytes(moduleBytes);
            custom = RawSections.customSections(wasm);
        } catch (InvalidModuleException e) {
            return new Analysis(null, null, -1, List.of(), Map.of(), Set.of(), e.problems(), null);
        }
        int counterGlobal = -1;
        ProfilingInstrumenter.Result profiled = null;
        try {
            if (metered) {
                byte[] instrumented;
                int counter;
                try {
                    if (profiling) {
                        profiled = ProfilingInstrumenter.instrument(wasm);
                        instrumented = profiled.wasm();
                        counter = profiled.counterGlobal();
                    } else {
                        MeteringInstrumenter.Result m = MeteringInstrumenter.instrument(wasm);
                        instrumented = m.wasm();
                        counter = m.counterGlobal();
                    }
                } catch (RuntimeException e) { // malformed bytes, or an instruction metering does not support
                    Analysis plain = analyze(moduleBytes, false);
                    if (!plain.problems().isEmpty()) {
                        return plain;
                    }
                    throw e;
                }
                try {
                    module = Parser.parse(instrumented);
                } catch (ChicoryException | IllegalArgumentException | IndexOutOfBoundsException e) {
                    return analyze(moduleBytes, false);
                }
                counterGlobal = counter;
            } else {
                module = Parser.parse(wasm);
            }
        } catch (ChicoryException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Analysis(wasm, null, -1, custom, Map.of(), Set.of(),
                    List.of("invalid WebAssembly module: " + e.getMessage()), null);
        }
        checkImports(module, problems);
        checkMemories(module, problems);
        Map<String, MethodKind> methods = new LinkedHashMap<>();
        Set<String> systemExports = new HashSet<>();
        checkExports(module, methods, systemExports, problems);
        checkCustomSections(custom, problems);
        List<String> profiledFunctions = profiled == null ? null : functionNames(module, profiled);
        checkSizes(module, counterGlobal < 0 ? 0 : 1 + (profiled == null ? 0 : profiled.definedFunctions()), problems);
        return new Analysis(wasm, module, counterGlobal, custom, methods, systemExports, List.copyOf(problems),
                profiledFunctions);
    }

    /**
     * Labels of the defined functions: their names in the module's {@code name} section, else {@code func[<index>]}
     * (function index space); a name that occurs more than once gets its index appended.
     */
    private static List<String> functionNames(WasmModule module, ProfilingInstrumenter.Result profiled) {
        List<String> names = new ArrayList<>(profiled.definedFunctions());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < profiled.definedFunctions(); i++) {
            int index = profiled.importedFunctions() + i;
            String name = module.nameSection() == null ? null : module.nameSection().nameOfFunction(index);
            name = name == null || name.isEmpty() ? "func[" + index + "]" : name;
            seen.merge(name, 1, Integer::sum);
            names.add(name);
        }
        for (int i = 0; i < names.size(); i++) {
            if (seen.get(names.get(i)) > 1) {
                names.set(i, names.get(i) + " func[" + (profiled.importedFunctions() + i) + "]");
            }
        }
        return List.copyOf(names);
    }

    private static void checkImports(WasmModule module, List<String> problems) {
        Ic0Spec spec = Ic0Spec.get();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            String qualified = imp.module() + "." + imp.name();
            if (imp.importType() != ExternalType.FUNCTION) {
                problems.add("import " + qualified + " is a " + imp.importType().name().toLowerCase()
                        + ": a canister may only import functions of module ic0");
                continue;
            }
            if (!imp.module().equals(Ic0Spec.MODULE)) {
                problems.add("import " + qualified + " is not allowed: a canister may only import System API "
                        + "functions of module ic0");
                continue;
            }
            Optional<Ic0Function> f = spec.find(imp.name());
            if (f.isEmpty()) {
                problems.add("import " + qualified + " is not a System API function of the IC interface spec");
                continue;
            }
            if (!f.get().onWasm32()) {
                problems.add("import " + qualified + " exists only for wasm64 modules");
                continue;
            }
            FunctionType actual = module.typeSection().getType(((FunctionImport) imp).typeIndex());
            String actualSig = signature(actual);
            if (!actualSig.equals(f.get().signature32())) {
                problems.add("import " + qualified + " has type " + actualSig + ", the spec says "
                        + f.get().signature32());
            }
        }
    }

    private static void checkMemories(WasmModule module, List<String> problems) {
        int declared = module.memorySection().map(m -> m.memoryCount()).orElse(0);
        int imported = module.importSection().count(ExternalType.MEMORY);
        if (declared + imported > 1) {
            problems.add("the module declares " + (declared + imported) + " memories; a canister may have at most one");
        }
    }

    private static void checkExports(WasmModule module, Map<String, MethodKind> methods, Set<String> systemExports,
            List<String> problems) {
        Map<String, String> methodExport = new HashMap<>();
        int nameBytes = 0;
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export e = module.exportSection().getExport(i);
            String name = e.name();
            if (!name.startsWith("canister_")) {
                continue;
            }
            MethodKind kind = null;
            for (MethodKind k : MethodKind.values()) {
                if (name.startsWith(k.exportPrefix())) {
                    kind = k;
                }
            }
            boolean system = SYSTEM_EXPORTS.contains(name);
            if (kind == null && !system) {
                problems.add("export \"" + name + "\" is not allowed: exports starting with canister_ must be "
                        + "canister entry points of the spec (canister_init, canister_update <name>, ...)");
                continue;
            }
            if (e.exportType() != ExternalType.FUNCTION) {
                problems.add("export \"" + name + "\" must be a function, it is a "
                        + e.exportType().name().toLowerCase());
                continue;
            }
            String sig = signature(functionType(module, e.index()));
            if (!sig.equals("() -> ()")) {
                problems.add("export \"" + name + "\" has type " + sig + ", entry points must have type () -> ()");
            }
            if (system) {
                systemExports.add(name);
                continue;
            }
            String method = name.substring(kind.exportPrefix().length());
            String previous = methodExport.putIfAbsent(method, name);
            if (previous != null) {
                problems.add("method \"" + method + "\" is exported twice: as \"" + previous + "\" and as \""
                        + name + "\"");
                continue;
            }
            methods.put(method, kind);
            nameBytes += method.getBytes(StandardCharsets.UTF_8).length;
        }
        if (methods.size() > MAX_METHODS) {
            problems.add("the module exports " + methods.size() + " methods, more than the IC's " + MAX_METHODS);
        }
        if (nameBytes > MAX_METHOD_NAME_BYTES) {
            problems.add("method names add up to " + nameBytes + " bytes, more than the IC's " + MAX_METHOD_NAME_BYTES);
        }
    }

    private static void checkCustomSections(List<CustomSection> sections, List<String> problems) {
        Set<String> seen = new HashSet<>();
        int count = 0;
        long bytes = 0;
        for (CustomSection s : sections) {
            String name = s.name();
            if (!name.startsWith("icp:")) {
                continue;
            }
            String bare;
            if (name.startsWith(ICP_PUBLIC)) {
                bare = name.substring(ICP_PUBLIC.length());
            } else if (name.startsWith(ICP_PRIVATE)) {
                bare = name.substring(ICP_PRIVATE.length());
            } else {
                problems.add("custom section \"" + name + "\" is not allowed: icp: sections must be named "
                        + "\"icp:public <name>\" or \"icp:private <name>\"");
                continue;
            }
            count++;
            bytes += bare.getBytes(StandardCharsets.UTF_8).length + s.content().length;
            if (!seen.add(bare)) {
                problems.add("custom section name \"" + bare + "\" appears more than once among icp:public and "
                        + "icp:private sections");
            }
        }
        if (count > MAX_ICP_SECTIONS) {
            problems.add("the module has " + count + " icp: custom sections, more than the IC's " + MAX_ICP_SECTIONS);
        }
        if (bytes > MAX_ICP_SECTION_BYTES) {
            problems.add("icp: custom sections add up to " + bytes + " bytes, more than the IC's 1 MiB");
        }
    }

    /** @param addedGlobals globals that metering added, not counted against the IC's limit */
    private static void checkSizes(WasmModule module, int addedGlobals, List<String> problems) {
        int functions = module.functionSection().functionCount() + module.importSection().count(ExternalType.FUNCTION);
        if (functions > MAX_FUNCTIONS) {
            problems.add("the module declares " + functions + " functions, more than the IC's " + MAX_FUNCTIONS);
        }
        int globals = module.globalSection().globalCount() + module.importSection().count(ExternalType.GLOBAL)
                - addedGlobals;
        if (globals > MAX_GLOBALS) {
            problems.add("the module declares " + globals + " globals, more than the IC's " + MAX_GLOBALS);
        }
    }

    static FunctionType functionType(WasmModule module, int functionIndex) {
        int imported = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            if (imp.importType() == ExternalType.FUNCTION) {
                if (imported == functionIndex) {
                    return module.typeSection().getType(((FunctionImport) imp).typeIndex());
                }
                imported++;
            }
        }
        return module.typeSection().getType(module.functionSection().getFunctionType(functionIndex - imported));
    }

    /** The type written like {@link Ic0Function#signature32()}, so the two compare as strings. */
    static String signature(FunctionType type) {
        return "(" + spell(type.params()) + ") -> (" + spell(type.returns()) + ")";
    }

    private static String spell(List<ValType> types) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(spelling(types.get(i)));
        }
        return sb.toString();
    }

    private static String spelling(ValType t) {
        if (t.equals(ValType.I32)) {
            return WasmValueType.I32.spelling();
        } else if (t.equals(ValType.I64)) {
            return WasmValueType.I64.spelling();
        } else if (t.equals(ValType.F32)) {
            return WasmValueType.F32.spelling();
        } else if (t.equals(ValType.F64)) {
            return WasmValueType.F64.spelling();
        }
        return t.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
