package io.jcdk.runtime.exec;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import io.jcdk.spec.Ic0Function;
import io.jcdk.spec.Ic0Spec;
import io.jcdk.spec.WasmValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the host-function table from the spec list: every wasm32 System API function gets its exact spec
 * signature, the spec's context check, and either JCDK's implementation or a trap saying it is not supported yet.
 */
public final class Ic0HostFunctions {
    private Ic0HostFunctions() {}

    public static HostFunction[] create(SystemApi api) {
        List<HostFunction> out = new ArrayList<>();
        for (Ic0Function f : Ic0Spec.get().wasm32Functions()) {
            FunctionType type = FunctionType.of(valTypes(f.params32()), valTypes(f.results32()));
            SystemApi.Impl impl = SystemApi.implementation(f.name());
            Ic0Costs.Cost cost = Ic0Costs.of(f.name());
            boolean[] i32 = new boolean[f.params32().size()];
            for (int i = 0; i < i32.length; i++) {
                i32[i] = f.params32().get(i) == WasmValueType.I32;
            }
            out.add(new HostFunction(Ic0Spec.MODULE, f.name(), type, (instance, args) -> {
                api.enter(f, cost, i32, args);
                if (impl == null) {
                    throw CanisterTrap.of("ic0." + f.name() + " is not supported by the JCDK runtime yet");
                }
                return impl.call(api, args);
            }));
        }
        return out.toArray(new HostFunction[0]);
    }

    /** Names of the spec functions that have a real implementation (the rest trap as unsupported). */
    public static List<String> implemented() {
        List<String> out = new ArrayList<>();
        for (Ic0Function f : Ic0Spec.get().wasm32Functions()) {
            if (SystemApi.implementation(f.name()) != null) {
                out.add(f.name());
            }
        }
        return out;
    }

    private static List<ValType> valTypes(List<WasmValueType> types) {
        List<ValType> out = new ArrayList<>();
        for (WasmValueType t : types) {
            out.add(switch (t) {
                case I32 -> ValType.I32;
                case I64 -> ValType.I64;
                case F32 -> ValType.F32;
                case F64 -> ValType.F64;
            });
        }
        return out;
    }
}
