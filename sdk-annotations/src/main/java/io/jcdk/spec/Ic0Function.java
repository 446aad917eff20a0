package io.jcdk.spec;

import java.util.List;
import java.util.Set;

/**
 * One System API import as the spec lists it.
 *
 * @param name the import name inside module {@code ic0}, such as {@code msg_reply}
 * @param group the spec's section, such as {@code responding}
 * @param params32 parameter types on wasm32; {@code null} when the function is wasm64-only
 * @param results32 result types on wasm32; {@code null} when the function is wasm64-only
 * @param params64 parameter types on wasm64; {@code null} when the function is wasm32-only
 * @param results64 result types on wasm64; {@code null} when the function is wasm32-only
 * @param contexts where a canister may call it
 * @param deprecated whether the spec marks it deprecated
 */
public record Ic0Function(String name, String group, List<WasmValueType> params32, List<WasmValueType> results32,
        List<WasmValueType> params64, List<WasmValueType> results64, Set<CallContext> contexts,
        boolean deprecated) {

    public boolean onWasm32() {
        return params32 != null;
    }

    public boolean allowedIn(CallContext context) {
        return contexts.contains(context);
    }

    /** The wasm32 signature written as {@code (i32, i32) -> ()}. */
    public String signature32() {
        return signature(params32, results32);
    }

    public static String signature(List<WasmValueType> params, List<WasmValueType> results) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(params.get(i).spelling());
        }
        sb.append(") -> (");
        for (int i = 0; i < results.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(results.get(i).spelling());
        }
        return sb.append(')').toString();
    }
}
