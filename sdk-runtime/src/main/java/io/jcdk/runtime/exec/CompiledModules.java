package io.jcdk.runtime.exec;

import com.dylibso.chicory.compiler.Cache;
import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.internal.ClassLoadingCollector;
import com.dylibso.chicory.compiler.internal.Compiler;
import com.dylibso.chicory.compiler.internal.CompilerResult;
import com.dylibso.chicory.compiler.internal.MachineFactory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import io.jcdk.runtime.module.CanisterModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

/**
 * Compiles each module (Wasm to JVM bytecode) once per module hash and reuses the result for every instance:
 * compiling costs about a second, instantiating a compiled module is cheap. An optional on-disk cache keeps the
 * compiled classes between processes.
 *
 * <p>Chicory runs a function in its interpreter when its JVM method would exceed the JVM's 64 KB method limit; such
 * functions are listed in {@link Compiled#interpretedFunctions()} and reported once to the warning sink (stderr by
 * default), since they run one to two orders of magnitude slower.
 */
public final class CompiledModules {
    /**
     * A module together with its machine factory; Chicory requires both to be the same objects.
     *
     * @param interpretedFunctions indices (in the function index space) of the functions Chicory could not compile
     */
    public record Compiled(CanisterModule module, Function<Instance, Machine> machineFactory,
            Set<Integer> interpretedFunctions) {}

    private static final String MAIN_CLASS_ENTRY = "jcdk-compiled.properties";

    private final Map<String, Compiled> byHash = new LinkedHashMap<>();
    private final Cache diskCache;
    private Consumer<String> warnings = System.err::println;

    public CompiledModules() {
        this(null);
    }

    /** @param diskCache where compiled classes are kept between processes, or null */
    public CompiledModules(Cache diskCache) {
        this.diskCache = diskCache;
    }

    /** Where the interpreter-fallback warning goes (stderr by default). */
    public void setWarningSink(Consumer<String> sink) {
        this.warnings = sink == null ? line -> { } : sink;
    }

    /** Validates (if new), compiles (if new) and returns the module with these bytes. */
    public Compiled get(byte[] moduleBytes) {
        return get(moduleBytes, false);
    }

    /**
     * {@link #get(byte[])}, instrumented for profiling when {@code profiling} ({@link CanisterModule#load(byte[],
     * boolean)}); the two instrumentations of one module are compiled and cached separately.
     */
    public synchronized Compiled get(byte[] moduleBytes, boolean profiling) {
        String hash = CanisterModule.sha256Hex(moduleBytes) + (profiling ? "+profiling" : "");
        Compiled c = byHash.get(hash);
        if (c == null) {
            CanisterModule module = CanisterModule.load(moduleBytes, profiling);
            c = compile(module);
            if (!c.interpretedFunctions().isEmpty()) {
                warnings.accept(describeInterpreted(c));
            }
            byHash.put(hash, c);
        }
        return c;
    }

    private Compiled compile(CanisterModule module) {
        WasmModule wasm = module.wasm();
        boolean useCache = diskCache != null && wasm.digest() != null;
        if (useCache) {
            try {
                byte[] cached = diskCache.get(wasm.digest());
                if (cached != null) {
                    return load(module, cached);
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // An unreadable cache entry (e.g. a truncated file) is not the canister's fault: drop it, compile.
                evict(module);
            }
        }
        CompilerResult result = Compiler.builder(wasm)
                .withInterpreterFallback(InterpreterFallback.SILENT)
                .withClassCollectorFactory(ClassLoadingCollector::new)
                .build()
                .compile();
        ClassLoadingCollector collector = (ClassLoadingCollector) result.collector();
        Set<Integer> interpreted = Collections.unmodifiableSet(new TreeSet<>(result.interpretedFunctions()));
        if (useCache) {
            try {
                diskCache.putIfAbsent(wasm.digest(), store(collector, interpreted));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the compile cache entry of module " + module.hash(), e);
            }
        }
        return new Compiled(module, new MachineFactory(wasm, collector.machineFactory()), interpreted);
    }

    private static String describeInterpreted(Compiled c) {
        WasmModule wasm = c.module().wasm();
        List<String> names = new ArrayList<>();
        for (int f : c.interpretedFunctions()) {
            String name = wasm.nameSection() == null ? null : wasm.nameSection().nameOfFunction(f);
            names.add(name == null ? Integer.toString(f) : f + " (" + name + ")");
        }
        return "warning: module " + c.module().hash() + ": " + names.size() + " function(s) too large for a JVM "
                + "method run in Chicory's interpreter (much slower): " + String.join(", ", names);
    }

    /** The compiled classes as a jar, with the main class name and the interpreted functions. */
    private static byte[] store(ClassLoadingCollector collector, Set<Integer> interpreted) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            jar.putNextEntry(new JarEntry(MAIN_CLASS_ENTRY));
            StringBuilder props = new StringBuilder();
            props.append("mainClass=").append(collector.mainClassName()).append('\n');
            props.append("interpreted=");
            String sep = "";
            for (int f : interpreted) {
                props.append(sep).append(f);
                sep = ",";
            }
            props.append('\n');
            jar.write(props.toString().getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            for (Map.Entry<String, byte[]> e : collector.classBytes().entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey().replace('.', '/') + ".class"));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Compiled load(CanisterModule module, byte[] jarBytes) throws IOException {
        String mainClass = null;
        Set<Integer> interpreted = new TreeSet<>();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(jarBytes))) {
            JarEntry entry;
            while ((entry = jar.getNextJarEntry()) != null) {
                byte[] content = jar.readAllBytes();
                if (entry.getName().equals(MAIN_CLASS_ENTRY)) {
                    for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
                        if (line.startsWith("mainClass=")) {
                            mainClass = line.substring("mainClass=".length());
                        } else if (line.startsWith("interpreted=") && line.length() > "interpreted=".length()) {
                            for (String f : line.substring("interpreted=".length()).split(",")) {
                                interpreted.add(Integer.parseInt(f));
                            }
                        }
                    }
                } else if (entry.getName().endsWith(".class")) {
                    String name = entry.getName().substring(0, entry.getName().length() - ".class".length())
                            .replace('/', '.');
                    classes.put(name, content);
                }
            }
        }
        if (mainClass == null || !classes.containsKey(mainClass)) {
            throw new IOException("compile cache entry without its main class");
        }
        ClassLoadingCollector collector = new ClassLoadingCollector();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            if (!e.getKey().equals(mainClass)) {
                collector.put(e.getKey(), e.getValue());
            }
        }
        collector.putMainClass(mainClass, classes.get(mainClass));
        return new Compiled(module, new MachineFactory(module.wasm(), collector.machineFactory()),
                Collections.unmodifiableSet(interpreted));
    }

    private void evict(CanisterModule module) {
        if (diskCache instanceof io.jcdk.runtime.state.CompiledCodeCache c) {
            try {
                c.evict(module.wasm().digest());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the broken compile cache entry of module "
                        + module.hash(), e);
            }
        }
    }
}
