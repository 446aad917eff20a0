package io.jcdk.runtime.module;

import com.dylibso.chicory.wasm.WasmModule;
import io.jcdk.runtime.meter.MeteringInstrumenter;
import io.jcdk.runtime.meter.ProfilingInstrumenter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A validated canister module: its bytes as installed, the parsed Wasm, and what it exports. */
public final class CanisterModule {
    private final byte[] installedBytes;
    private final String hash;
    private final WasmModule wasm;
    private final int counterGlobal;
    private final Map<String, MethodKind> methods;
    private final Set<String> systemExports;
    private final Optional<String> candidService;
    private final Set<String> customSectionNames;
    private final List<String> profiledFunctions;

    private CanisterModule(byte[] installedBytes, ModuleValidator.Analysis analysis) {
        this.installedBytes = installedBytes;
        this.hash = sha256Hex(installedBytes);
        this.wasm = analysis.module();
        this.counterGlobal = analysis.counterGlobal();
        this.methods = Map.copyOf(analysis.methods());
        this.systemExports = Set.copyOf(analysis.systemExports());
        this.candidService = ModuleValidator.candidService(analysis.customSections());
        this.customSectionNames = analysis.customSections().stream().map(CustomSection::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.profiledFunctions = analysis.profiledFunctions();
    }

    /**
     * Validates and parses a module (plain or gzipped Wasm).
     *
     * @throws InvalidModuleException naming every problem when the IC would refuse the module
     */
    public static CanisterModule load(byte[] bytes) {
        return load(bytes, false);
    }

    /**
     * {@link #load(byte[])}; with {@code profiling}, the module runs instrumented for a per-function profile
     * ({@link ProfilingInstrumenter}) as well as metered.
     */
    public static CanisterModule load(byte[] bytes, boolean profiling) {
        ModuleValidator.Analysis analysis = ModuleValidator.analyze(bytes, true, profiling);
        if (!analysis.problems().isEmpty()) {
            throw new InvalidModuleException(analysis.problems());
        }
        return new CanisterModule(bytes.clone(), analysis);
    }

    /** The module as given at install (possibly gzipped); its SHA-256 is the IC's module hash. */
    public byte[] bytes() {
        return installedBytes.clone();
    }

    /** Lower-case hex SHA-256 of {@link #bytes()}. */
    public String hash() {
        return hash;
    }

    /** The parsed module as it runs: with the instruction counter that metering added. */
    public WasmModule wasm() {
        return wasm;
    }

    /** Index of the instruction-counter global added by {@link MeteringInstrumenter}. */
    public int counterGlobal() {
        return counterGlobal;
    }

    /** Whether the module runs instrumented for profiling. */
    public boolean profiled() {
        return profiledFunctions != null;
    }

    /**
     * Profiling only: the labels of the defined functions, in order; the profile global of defined function
     * {@code i} is {@code counterGlobal() + 1 + i}.
     */
    public List<String> profiledFunctions() {
        if (profiledFunctions == null) {
            throw new IllegalStateException("module " + hash + " is not instrumented for profiling");
        }
        return profiledFunctions;
    }

    public Optional<MethodKind> method(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    public Map<String, MethodKind> methods() {
        return methods;
    }

    public boolean exports(String systemEntryPoint) {
        return systemExports.contains(systemEntryPoint);
    }

    /** Whether the module has a custom section with exactly this name (such as {@code icp:private x}). */
    public boolean hasCustomSection(String name) {
        return customSectionNames.contains(name);
    }

    public Optional<String> candidService() {
        return candidService;
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
