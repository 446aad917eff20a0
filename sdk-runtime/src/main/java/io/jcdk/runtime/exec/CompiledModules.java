package io.jcdk.runtime.exec;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import io.jcdk.runtime.module.CanisterModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles each module (Wasm to JVM bytecode) once per module hash and reuses the result for every instance:
 * compiling costs about a second, instantiating a compiled module is cheap.
 */
public final class CompiledModules {
    /** A module together with its machine factory; Chicory requires both to be the same objects. */
    public record Compiled(CanisterModule module, Function<Instance, Machine> machineFactory) {}

    private final Map<String, Compiled> byHash = new LinkedHashMap<>();

    /** Validates (if new), compiles (if new) and returns the module with these bytes. */
    public synchronized Compiled get(byte[] moduleBytes) {
        String hash = CanisterModule.sha256Hex(moduleBytes);
        Compiled c = byHash.get(hash);
        if (c == null) {
            CanisterModule module = CanisterModule.load(moduleBytes);
            c = new Compiled(module, MachineFactoryCompiler.compile(module.wasm()));
            byHash.put(hash, c);
        }
        return c;
    }
}
