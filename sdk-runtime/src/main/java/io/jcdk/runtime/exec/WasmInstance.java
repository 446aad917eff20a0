package io.jcdk.runtime.exec;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.jcdk.runtime.meter.Meter;
import io.jcdk.runtime.meter.Profiler;
import com.dylibso.chicory.wasm.types.MutabilityType;
import io.jcdk.runtime.memory.JournaledMemory;
import io.jcdk.runtime.module.CanisterModule;
import java.util.ArrayList;
import java.util.List;

/**
 * One instantiated canister module: the Chicory instance, its journaled linear memory and its mutable globals,
 * with begin/commit/rollback over both.
 */
public final class WasmInstance {
    private final CanisterModule module;
    private final Instance instance;
    private final SystemApi api;
    private final JournaledMemory memory;
    private final List<GlobalInstance> mutableGlobals = new ArrayList<>();
    private final Meter meter;
    private final Profiler profiler;
    private long[] savedLow;
    private long[] savedHigh;

    private WasmInstance(CanisterModule module, Instance instance, SystemApi api, Meter meter, Profiler profiler) {
        this.module = module;
        this.instance = instance;
        this.api = api;
        this.meter = meter;
        this.profiler = profiler;
        Memory m = module.wasm().memorySection().map(s -> s.memoryCount()).orElse(0) > 0 ? instance.memory() : null;
        this.memory = (JournaledMemory) m;
        for (int i = 0; i < instance.globalCount(); i++) {
            GlobalInstance g = instance.global(i);
            // The counter and (profiling) the function counters come last; they are not canister state.
            if (g.getMutabilityType() == MutabilityType.Var && i < module.counterGlobal()) {
                mutableGlobals.add(g);
            }
        }
    }

    /**
     * Instantiates the module; this runs its start function (in the spec's start context, with {@code start} as the
     * execution the System API sees).
     *
     * @throws CanisterTrap when the start function traps
     */
    public static WasmInstance instantiate(CompiledModules.Compiled compiled, SystemApi api, MessageExecution start) {
        api.setExecution(start);
        Meter meter = new Meter();
        meter.start(start.budget());
        api.attachMeter(meter);
        int counterIndex = compiled.module().counterGlobal();
        Profiler profiler = compiled.module().profiled() ? new Profiler(compiled.module().profiledFunctions()) : null;
        if (profiler != null) {
            meter.attachProfiler(profiler);
            profiler.start();
        }
        int[] created = {0};
        try {
            Instance instance = Instance.builder(compiled.module().wasm())
                    .withGlobalFactory((value, high, type, mutability) -> {
                        GlobalInstance g = new GlobalInstance(value, high, type, mutability);
                        int index = created[0]++;
                        if (index == counterIndex) {
                            meter.bind(g);
                        } else if (profiler != null && index > counterIndex) {
                            profiler.bind(index - counterIndex - 1, g);
                        }
                        return g;
                    })
                    .withImportValues(ImportValues.builder().addFunction(Ic0HostFunctions.create(api)).build())
                    .withMachineFactory(compiled.machineFactory())
                    .withMemoryFactory(limits -> {
                        JournaledMemory m = new JournaledMemory(limits);
                        api.attachMemory(m);
                        return m;
                    })
                    .withStart(false)
                    .build();
            checkBudget(meter);
            return new WasmInstance(compiled.module(), instance, api, meter, profiler);
        } catch (CanisterTrap t) {
            throw t;
        } catch (ChicoryException | StackOverflowError | ArithmeticException | IndexOutOfBoundsException e) {
            throw meter.exceeded() ? CanisterTrap.limitExceeded(meter.budget()) : unwrap(e);
        } finally {
            start.setInstructions(meter.used());
            if (profiler != null) {
                start.setProfile(profiler.collect());
            }
            api.setExecution(null);
        }
    }

    private static void checkBudget(Meter meter) {
        if (meter.exceeded()) {
            throw CanisterTrap.limitExceeded(meter.budget());
        }
    }

    /** Chicory wraps traps in the start function; surface ours as they were thrown. */
    private static CanisterTrap unwrap(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CanisterTrap t) {
                return t;
            }
        }
        return CanisterTrap.fromWasm(e);
    }

    public CanisterModule module() {
        return module;
    }

    public SystemApi api() {
        return api;
    }

    /** Linear memory, or null when the module declares none. */
    public JournaledMemory memory() {
        return memory;
    }

    public List<GlobalInstance> mutableGlobals() {
        return mutableGlobals;
    }

    /**
     * Runs an exported entry point with the given execution.
     *
     * @throws CanisterTrap when the code traps (state is not rolled back here; see {@link #rollback()})
     */
    public void invoke(String export, MessageExecution execution) {
        ExportFunction f = instance.export(export);
        run(execution, () -> f.apply());
    }

    /**
     * Runs a callback: the function at {@code tableIndex} of table 0, of type (i32) -> (), with {@code env}.
     *
     * @throws CanisterTrap when the code traps or the index is not such a function
     */
    public void invokeCallback(int tableIndex, int env, MessageExecution execution) {
        run(execution, () -> {
            if (instance.tableCount() == 0) {
                throw CanisterTrap.of("callback " + Integer.toUnsignedString(tableIndex) + ": the module has no "
                        + "function table");
            }
            TableInstance table = instance.table(0);
            if (tableIndex < 0 || tableIndex >= table.size()) {
                throw CanisterTrap.of("callback " + Integer.toUnsignedString(tableIndex) + " is outside the function "
                        + "table of " + table.size() + " entries");
            }
            int function = table.ref(tableIndex);
            if (function < 0) {
                throw CanisterTrap.of("callback " + tableIndex + " is a null table entry");
            }
            FunctionType type = instance.type(instance.functionType(function));
            if (!type.params().equals(List.of(ValType.I32)) || !type.returns().isEmpty()) {
                throw CanisterTrap.of("callback " + tableIndex + " has type " + type + ", callbacks must have type "
                        + "(i32) -> ()");
            }
            instance.getMachine().call(function, new long[] {env});
            return null;
        });
    }

    private void run(MessageExecution execution, java.util.function.Supplier<Object> body) {
        api.setExecution(execution);
        meter.start(execution.budget());
        if (profiler != null) {
            profiler.start();
        }
        try {
            body.get();
            checkBudget(meter);
        } catch (CanisterTrap t) {
            throw t;
        } catch (ChicoryException | StackOverflowError | ArithmeticException | IndexOutOfBoundsException e) {
            throw meter.exceeded() ? CanisterTrap.limitExceeded(meter.budget()) : unwrap(e);
        } finally {
            execution.setInstructions(meter.used());
            if (profiler != null) {
                execution.setProfile(profiler.collect());
            }
            api.setExecution(null);
        }
    }

    public void begin() {
        if (memory != null) {
            memory.begin();
        }
        savedLow = new long[mutableGlobals.size()];
        savedHigh = new long[mutableGlobals.size()];
        for (int i = 0; i < savedLow.length; i++) {
            savedLow[i] = mutableGlobals.get(i).getValueLow();
            savedHigh[i] = mutableGlobals.get(i).getValueHigh();
        }
    }

    public void commit() {
        if (memory != null) {
            memory.commit();
        }
        savedLow = null;
        savedHigh = null;
    }

    public void rollback() {
        if (memory != null) {
            memory.rollback();
        }
        for (int i = 0; i < savedLow.length; i++) {
            mutableGlobals.get(i).setValueLow(savedLow[i]);
            mutableGlobals.get(i).setValueHigh(savedHigh[i]);
        }
        savedLow = null;
        savedHigh = null;
    }

    /** Mutable global values (low, high pairs) for persistence. */
    public long[] globalValues() {
        long[] out = new long[mutableGlobals.size() * 2];
        for (int i = 0; i < mutableGlobals.size(); i++) {
            out[2 * i] = mutableGlobals.get(i).getValueLow();
            out[2 * i + 1] = mutableGlobals.get(i).getValueHigh();
        }
        return out;
    }

    public void restoreGlobals(long[] values) {
        if (values.length != mutableGlobals.size() * 2) {
            throw new IllegalArgumentException("saved state has " + values.length / 2 + " mutable globals, the module "
                    + "has " + mutableGlobals.size());
        }
        for (int i = 0; i < mutableGlobals.size(); i++) {
            mutableGlobals.get(i).setValueLow(values[2 * i]);
            mutableGlobals.get(i).setValueHigh(values[2 * i + 1]);
        }
    }
}
