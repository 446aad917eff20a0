package io.jcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jcdk.processor.Compilations.compile;
import static io.jcdk.processor.Compilations.did;
import static io.jcdk.processor.Compilations.generatedSource;
import static io.jcdk.processor.Compilations.resource;
import static io.jcdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every row of the type table, as parameter, result and {@code @Stable} field: the generated conversions must
 * compile against the real codec, and the .did must name the right Candid types.
 */
class TypeMappingTest {
    /** Java type, whether it is @Unsigned, Candid type. */
    private static final String[][] TABLE = {
        {"String", "", "text"},
        {"byte[]", "", "blob"},
        {"boolean", "", "bool"},
        {"Boolean", "", "bool"},
        {"long", "", "int64"},
        {"long", "u", "nat64"},
        {"Long", "", "int64"},
        {"Long", "u", "nat64"},
        {"int", "", "int32"},
        {"int", "u", "nat32"},
        {"Integer", "", "int32"},
        {"Integer", "u", "nat32"},
        {"short", "", "int16"},
        {"short", "u", "nat16"},
        {"Short", "", "int16"},
        {"Short", "u", "nat16"},
        {"byte", "", "int8"},
        {"byte", "u", "nat8"},
        {"Byte", "", "int8"},
        {"Byte", "u", "nat8"},
        {"java.math.BigInteger", "", "int"},
        {"java.math.BigInteger", "u", "nat"},
        {"float", "", "float32"},
        {"Float", "", "float32"},
        {"double", "", "float64"},
        {"Double", "", "float64"},
        {"io.jcdk.canister.Principal", "", "principal"},
    };

    private static String unsigned(String[] row) {
        return row[1].isEmpty() ? "" : "@Unsigned ";
    }

    @Test
    void everyTypeAsParameterResultAndStableField() {
        List<String> lines = new ArrayList<>(List.of(
                "package p;",
                "import io.jcdk.annotations.*;",
                "@Canister",
                "public class AllTypes {"));
        StringBuilder expectedDid = new StringBuilder("service : {\n");
        for (int i = 0; i < TABLE.length; i++) {
            String[] row = TABLE[i];
            lines.add("    @Stable " + unsigned(row) + row[0] + " f" + i + ";");
            lines.add("    @Update " + unsigned(row) + row[0] + " m" + i + "(" + unsigned(row) + row[0] + " x, "
                    + unsigned(row) + row[0] + " y) { return x; }");
            expectedDid.append("  m").append(i).append(" : (").append(row[2]).append(", ").append(row[2])
                    .append(") -> (").append(row[2]).append(");\n");
        }
        lines.add("}");
        Compilation c = compile(source("p.AllTypes", lines.toArray(new String[0])));
        assertThat(c).succeededWithoutWarnings();
        assertThat(did(c)).isEqualTo(expectedDid.append("}\n").toString());
        String src = generatedSource(c, "p.AllTypesExports");
        // The unsigned narrow types keep their bits.
        assertThat(src).contains("int a0 = r.nat32(r.arg());");
        assertThat(src).contains("short a0 = r.nat16(r.arg());");
        assertThat(src).contains("byte a0 = r.nat8(r.arg());");
        assertThat(src).contains("w.fixed(result, 1);");
        assertThat(resource(c, "META-INF/jcdk/canister.properties")).contains("f26 : principal");
    }

    @Test
    void unsignedAsTypeUseAnnotation() {
        Compilation c = compile(source("p.TypeUse",
                "package p;",
                "import io.jcdk.annotations.*;",
                "@Canister",
                "class TypeUse {",
                "    @Stable java.lang.@Unsigned Long total;",
                "    @Update java.lang.@Unsigned Integer add(java.lang.@Unsigned Short x) { return null; }",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(did(c)).isEqualTo("service : {\n  add : (nat16) -> (nat32);\n}\n");
        assertThat(resource(c, "META-INF/jcdk/canister.properties"))
                .contains("stable.type=record { total : nat64 }\n");
    }

    @Test
    void voidIsTheEmptyResult() {
        Compilation c = compile(source("p.Void",
                "package p;",
                "import io.jcdk.annotations.*;",
                "@Canister",
                "class Void {",
                "    @Update void reset() { }",
                "}"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(did(c)).isEqualTo("service : {\n  reset : () -> ();\n}\n");
        assertThat(generatedSource(c, "p.VoidExports")).contains("c.reset();\n"
                + "            EntryPoint.replyEmpty();");
    }
}
