package io.jcdk.canister.ic0;

import io.jcdk.spec.Ic0Function;
import io.jcdk.spec.Ic0Spec;
import io.jcdk.spec.WasmValueType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code Ic0.java}, the raw System API bindings, from the spec's import list ({@code ic0.tsv}), as the Rust
 * CDK generates its {@code ic0} crate. Run {@code main} (or the test with {@code -Djcdk.regenerate=true}) after
 * updating {@code ic0.tsv}.
 */
public final class Ic0BindingsGenerator {
    static final Path SOURCE = Path.of("src/main/java/io/jcdk/canister/ic0/Ic0.java");

    private Ic0BindingsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(SOURCE, generate(Ic0Spec.get()), StandardCharsets.UTF_8);
    }

    static String generate(Ic0Spec spec) {
        StringBuilder out = new StringBuilder();
        out.append("package io.jcdk.canister.ic0;\n\n")
                .append("import org.teavm.interop.Import;\n\n")
                .append("/**\n")
                .append(" * The IC System API as imported by a wasm32 canister: one method per {@code ic0} function.\n")
                .append(" * Generated from {@code io/jcdk/spec/ic0.tsv} by {@code Ic0BindingsGenerator} (sdk-canister tests);\n")
                .append(" * do not edit. Pointers are linear-memory addresses ({@code int}); 128-bit values are passed as\n")
                .append(" * two {@code long}s (high, low) or written to memory. Use {@link io.jcdk.canister.Ic} instead.\n")
                .append(" */\n")
                .append("@SuppressWarnings(\"unused\")\n")
                .append("public final class Ic0 {\n")
                .append("    private Ic0() {\n    }\n");
        for (Ic0Function f : spec.wasm32Functions()) {
            out.append('\n');
            out.append("    /** {@code ic0.").append(f.name()).append(" : ").append(f.signature32())
                    .append("}; callable from: ").append(contexts(f)).append(". */\n");
            if (f.deprecated()) {
                out.append("    @Deprecated\n");
            }
            out.append("    @Import(module = \"ic0\", name = \"").append(f.name()).append("\")\n");
            out.append("    public static native ").append(result(f.results32())).append(' ')
                    .append(f.name()).append('(');
            List<WasmValueType> params = f.params32();
            for (int i = 0; i < params.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(javaType(params.get(i))).append(" a").append(i);
            }
            out.append(");\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String contexts(Ic0Function f) {
        StringBuilder sb = new StringBuilder();
        f.contexts().forEach(c -> sb.append(sb.length() == 0 ? "" : " ").append(c.code()));
        return sb.toString();
    }

    private static String result(List<WasmValueType> results) {
        if (results.isEmpty()) {
            return "void";
        }
        if (results.size() > 1) {
            throw new IllegalStateException("multi-value results are not expressible in Java");
        }
        return javaType(results.get(0));
    }

    private static String javaType(WasmValueType t) {
        return switch (t) {
            case I32 -> "int";
            case I64 -> "long";
            case F32 -> "float";
            case F64 -> "double";
        };
    }
}
