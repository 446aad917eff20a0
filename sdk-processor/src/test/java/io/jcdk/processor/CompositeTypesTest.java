package io.jcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jcdk.processor.Compilations.compile;
import static io.jcdk.processor.Compilations.did;
import static io.jcdk.processor.Compilations.generatedSource;
import static io.jcdk.processor.Compilations.resource;
import static io.jcdk.processor.Compilations.source;

import io.jcdk.candid.FieldHash;
import com.google.testing.compile.Compilation;
import io.jcdk.candid.DidFile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The composite mappings: optionals, vectors, maps, records, classes, enums, sealed variants, tuples, nested,
 * generic and recursive types. The generated code must compile against the real codec, and the .did must be exact
 * (and parse with the codec's .did parser).
 */
class CompositeTypesTest {

    /** Compiles a canister {@code p.C} with the given members, plus other sources; must succeed without warnings. */
    private static Compilation ok(String[] members, JavaFileObject... others) {
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(
                "package p;",
                "import io.jcdk.annotations.*;",
                "import java.util.*;",
                "@Canister",
                "public class C {"));
        for (String m : members) {
            lines.add("    " + m);
        }
        lines.add("}");
        JavaFileObject[] all = new JavaFileObject[others.length + 1];
        all[0] = source("p.C", lines.toArray(new String[0]));
        System.arraycopy(others, 0, all, 1, others.length);
        Compilation c = compile(all);
        assertThat(c).succeededWithoutWarnings();
        DidFile.parse(did(c));
        return c;
    }

    /** A declaration annotation named Nullable, as javax.annotation's. */
    static final JavaFileObject JAVAX_NULLABLE = source("javax.annotation.Nullable",
            "package javax.annotation;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS)",
            "@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})",
            "public @interface Nullable {}");

    /** A type-use annotation named Nullable, as jspecify's. */
    static final JavaFileObject JSPECIFY_NULLABLE = source("org.jspecify.annotations.Nullable",
            "package org.jspecify.annotations;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS)",
            "@Target(ElementType.TYPE_USE)",
            "public @interface Nullable {}");

    private static String[] m(String... members) {
        return members;
    }

    @Test
    void optionalsAndNullables() {
        Compilation c = ok(m(
                "@Update Optional<String> a(Optional<@Unsigned Long> x) { return null; }",
                "@Update @javax.annotation.Nullable String b(@javax.annotation.Nullable Integer x) { return null; }",
                "@Update Optional<Optional<Boolean>> c(java.math.@org.jspecify.annotations.Nullable BigInteger x)"
                        + " { return null; }",
                "@Update List<@org.jspecify.annotations.Nullable String> d() { return null; }",
                "@Stable @javax.annotation.Nullable String note;"), JAVAX_NULLABLE, JSPECIFY_NULLABLE);
        assertThat(did(c)).isEqualTo(String.join("\n",
                "service : {",
                "  a : (opt nat64) -> (opt text);",
                "  b : (opt int32) -> (opt text);",
                "  c : (opt int) -> (opt opt bool);",
                "  d : () -> (vec opt text);",
                "}",
                ""));
        String codecs = generatedSource(c, "p.CCodecs");
        assertThat(codecs).contains("static void writeOptionalText(CandidWriter w, Optional<String> x) {");
        assertThat(codecs).contains("static Integer readNullableInt32(CandidReader r, int t) {");
        // The special opt rule: a value that does not coerce is none.
        assertThat(codecs).contains("long mark = r.mark();\n"
                + "        try {\n"
                + "            return r.int32(v);\n"
                + "        } catch (CandidException e) {\n"
                + "            r.recover(e, mark, v);\n"
                + "            return null;\n"
                + "        }");
        // A null @Stable field is fine when it is @Nullable.
        assertThat(generatedSource(c, "p.CExports")).contains("CCodecs.writeNullableText(w, c.note);");
    }

    @Test
    void vectorsAndMaps() {
        Compilation c = ok(m(
                "@Update List<String> a(String[] xs, @Unsigned long[] ys, byte[][] blobs, int[][] grid) { return null; }",
                "@Update Set<Long> b(SortedSet<String> xs, Collection<Boolean> ys, ArrayList<Double> zs) { return null; }",
                "@Update Map<String, @Unsigned Long> c(TreeMap<Integer, List<String>> m, HashMap<String, byte[]> h)"
                        + " { return null; }",
                "@Update List<@Unsigned Byte> d(LinkedList<Float> xs) { return null; }",
                "@Stable Map<String, List<String>> index = new HashMap<>();"));
        assertThat(did(c)).isEqualTo(String.join("\n",
                "service : {",
                "  a : (vec text, vec nat64, vec blob, vec vec int32) -> (vec text);",
                "  b : (vec text, vec bool, vec float64) -> (vec int64);",
                "  c : (vec record { int32; vec text }, vec record { text; blob }) -> (vec record { text; nat64 });",
                "  d : (vec float32) -> (blob);",
                "}",
                ""));
        String codecs = generatedSource(c, "p.CCodecs");
        assertThat(codecs).contains("int[][] out = new int[n][];");
        assertThat(codecs).contains("TreeMap<Integer, List<String>> out = new TreeMap<>();");
        assertThat(codecs).contains("TreeSet<String> out = new TreeSet<>();");
        assertThat(codecs).contains("for (Map.Entry<String, Long> e : x.entrySet()) {\n"
                + "            w.text(e.getKey());\n"
                + "            w.fixed(e.getValue(), 8);\n");
        assertThat(codecs).contains("r.record(e);\n"
                + "            Integer key = r.int32(r.field(0L));\n"
                + "            List<String> value = CCodecs.readListText(r, r.field(1L));\n"
                + "            r.endRecord();\n");
        // One codec per Java type, shared by its uses.
        assertThat(codecs.indexOf("static void writeListText(")).isEqualTo(
                codecs.lastIndexOf("static void writeListText("));
        assertThat(resource(c, "META-INF/jcdk/canister.properties"))
                .contains("stable.type=record { index : vec record { text; vec text } }\n");
    }

    static final JavaFileObject MODEL = source("p.model.Model",
            "package p.model;",
            "import io.jcdk.annotations.*;",
            "import java.util.*;",
            "public final class Model {",
            "    private Model() {}",
            "    public record Profile(String name, @Unsigned int age, List<String> tags,",
            "            @CandidName(\"e-mail\") Optional<String> email, Color favourite, Shape shape) {}",
            "    public enum Color { RED, GREEN, @CandidName(\"bleu\") BLUE }",
            "    public sealed interface Shape permits Circle, Rect, Dot {}",
            "    public record Circle(double radius) implements Shape {}",
            "    @CandidName(\"rectangle\") public record Rect(double w, double h) implements Shape {}",
            "    public record Dot() implements Shape {}",
            "    public record Tree(String label, List<Tree> children, Optional<Tree> parent) {}",
            "    public record Page<T>(List<T> items, @Unsigned long total) {}",
            "    @CandidTuple public record Stats(String name, @Unsigned long count, Color color) {}",
            "    public static class Settings {",
            "        public String theme = \"dark\";",
            "        public @Unsigned int fontSize;",
            "        public transient int cache;",
            "        public static int INSTANCES;",
            "    }",
            "}");

    @Test
    void namedTypes() {
        Compilation c = ok(m(
                "@Update p.model.Model.Profile save(p.model.Model.Profile p) { return p; }",
                "@Query p.model.Model.Page<p.model.Model.Profile> page(@Unsigned int from) { return null; }",
                "@Query p.model.Model.Page<String> names() { return null; }",
                "@Query p.model.Model.Tree tree() { return null; }",
                "@Query p.model.Model.Stats stats() { return null; }",
                "@Query List<p.model.Model.Stats> allStats() { return null; }",
                "@Update void configure(p.model.Model.Settings s, p.model.Model.Shape shape, String note) { }",
                "@Stable p.model.Model.Tree root;",
                "@Stable Map<String, p.model.Model.Profile> profiles;"), MODEL);
        assertThat(did(c)).isEqualTo(String.join("\n",
                "type Profile = record { age : nat32; name : text; tags : vec text; shape : Shape;"
                        + " \"e-mail\" : opt text; favourite : Color };",
                "type Color = variant { RED; GREEN; bleu };",
                "type Shape = variant { Dot; rectangle : Rect; Circle : Circle };",
                "type Circle = record { radius : float64 };",
                "type Rect = record { h : float64; w : float64 };",
                "type Page_Profile = record { total : nat64; items : vec Profile };",
                "type Page_String = record { total : nat64; items : vec text };",
                "type Tree = record { label : text; children : vec Tree; parent : opt Tree };",
                "type Stats = record { text; nat64; Color };",
                "type Settings = record { theme : text; fontSize : nat32 };",
                "service : {",
                "  save : (Profile) -> (Profile);",
                "  page : (nat32) -> (Page_Profile) query;",
                "  names : () -> (Page_String) query;",
                "  tree : () -> (Tree) query;",
                "  stats : () -> (text, nat64, Color) query;",
                "  allStats : () -> (vec Stats) query;",
                "  configure : (Settings, Shape, text) -> ();",
                "}",
                ""));
        String codecs = generatedSource(c, "p.CCodecs");
        // Recursion is by method: the Tree reader calls itself through the readers of its fields' types.
        assertThat(codecs).contains("static Model.Tree readTree(CandidReader r, int t) {");
        assertThat(codecs).contains("Optional<Model.Tree> m2 = CCodecs.readOptionalTree(r, r.field("
                + FieldHash.hash("parent") + "L));");
        // Records: fields read in id order (h before w), then the canonical constructor in declaration order.
        assertThat(codecs).contains("r.record(t);\n"
                + "        double m1 = r.float64(r.field(" + FieldHash.hash("h") + "L));\n"
                + "        double m0 = r.float64(r.field(" + FieldHash.hash("w") + "L));\n"
                + "        r.endRecord();\n"
                + "        return new Model.Rect(m0, m1);");
        assertThat(codecs).contains("Model.Settings out = new Model.Settings();");
        assertThat(codecs).doesNotContain("cache");
        assertThat(codecs).doesNotContain("INSTANCES");
        // Enums and sealed interfaces by case index, in id order.
        assertThat(codecs).contains("if (x == Model.Color.BLUE) {\n            w.count(2);\n            return;");
        assertThat(codecs).contains("if (x instanceof Model.Rect) {\n"
                + "            w.count(1);\n"
                + "            CCodecs.writeRect(w, (Model.Rect) x);\n"
                + "            return;");
        assertThat(codecs).contains("if (id == 3406441L) {\n"
                + "            r.null_(r.caseType());\n"
                + "            out = new Model.Dot();");
        assertThat(codecs).contains("throw r.unexpectedCase();");
        assertThat(codecs).doesNotContain("->");
        assertThat(codecs).doesNotContain("String.format");
        String exports = generatedSource(c, "p.CExports");
        // A @CandidTuple result is several results.
        assertThat(exports).contains("w.text(result.name());\n"
                + "            w.fixed(result.count(), 8);\n"
                + "            CCodecs.writeColor(w, result.color());");
        assertThat(exports).contains("c.root = CCodecs.readTree(r, r.field(" + FieldHash.hash("root") + "L));");
        // The fingerprint covers the definitions of the named types the @Stable fields use.
        String properties = resource(c, "META-INF/jcdk/canister.properties");
        assertThat(properties).contains("stable.type=record { root : Tree; profiles : vec record { text; Profile } }\n");
        assertThat(properties).contains("stable.definitions=type Profile = record {");
        assertThat(properties).contains("type Tree = record { label : text; children : vec Tree; parent : opt Tree };\n");
        assertThat(properties).doesNotContain("type Page_");
    }
}
