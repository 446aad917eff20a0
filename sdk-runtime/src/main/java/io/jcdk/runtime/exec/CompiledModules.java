package io.jcdk.runtime.exec;

import com.dylibso.chicory.compiler.Cache;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import io.jcdk.runtime.module.CanisterModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiles each module (Wasm to JVM bytecode) once per module hash and reuses the result for every instance:
 * compiling costs about a second, instantiating a compiled module is cheap. An optional on-disk cache keeps the
 * compiled classes between processes.
 */
public final class CompiledModules {
    /** A module together with its machine factory; Chicory requires both to be the same objects. */
    public record Compiled(CanisterModule module, Function<Instance, Machine> machineFactory) {}

    private final Map<String, Compiled> byHash = new LinkedHashMap<>();
    private final Cache diskCache;

    public CompiledModules() {
        this(null);
    }

    /** @param diskCache where compiled classes are kept between processes, or null */
    public CompiledModules(Cache diskCache) {
        this.diskCache = diskCache;
    }

    /** Validates (if new), compiles (if new) and returns the module with these bytes. */
    public synchronized Compiled get(byte[] moduleBytes) {
        String hash = CanisterModule.sha256Hex(moduleBytes);
        Compiled c = byHash.get(hash);
        if (c == null) {
            CanisterModule module = CanisterModule.load(moduleBytes);
            c = new Compiled(module, compile(module));
            byHash.put(hash, c);
        }
        return c;
    }

    private Function<Instance, Machine> compile(CanisterModule module) {
        if (diskCache == null || module.wasm().digest() == null) {
            return MachineFactoryCompiler.compile(module.wasm());
        }
        try {
            return MachineFactoryCompiler.builder(module.wasm()).withCache(diskCache).compile();
        } catch (ChicoryException | UncheckedIOException e) {
            // An unreadable cache entry (e.g. a truncated file) is not the canister's fault: drop it and compile.
            evict(module);
            return MachineFactoryCompiler.compile(module.wasm());
        }
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
