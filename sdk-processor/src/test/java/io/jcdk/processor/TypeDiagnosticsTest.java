package io.jcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jcdk.processor.Compilations.assertOneError;
import static io.jcdk.processor.Compilations.canister;
import static io.jcdk.processor.Compilations.compile;
import static io.jcdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every misuse of the composite type mappings is a compile error on the element at fault (a record component, a
 * field, a permitted type, a class) when it is in the compilation, naming the use; else on the use.
 */
class TypeDiagnosticsTest {
    @Test
    void unsupportedTypeInARecordIsReportedOnTheComponentOnce() {
        JavaFileObject f = canister(
                "public record Profile(String name, Thread worker) {}",
                "@Update void save(Profile p) { }",
                "@Query Profile load() { return null; }");
        assertOneError(compile(f), f, "field \"worker\" of record p.C.Profile: type java.lang.Thread has no Candid"
                + " mapping (used by parameter \"p\" of method \"save\")", "Thread worker");
    }

    @Test
    void unsupportedTypeInARecordOfAnotherCompilationIsReportedOnTheUse() throws Exception {
        // The record comes from a class file: the error goes on the parameter, with the path to the component.
        JavaFileObject lib = source("q.Lib", "package q;", "public record Lib(StringBuilder sb) {}");
        Compilation libCompiled = com.google.testing.compile.Compiler.javac().compile(lib);
        assertThat(libCompiled).succeeded();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lib");
        for (JavaFileObject out : libCompiled.generatedFiles()) {
            if (out.getKind() == JavaFileObject.Kind.CLASS) {
                java.nio.file.Path target = dir.resolve("q/Lib.class");
                java.nio.file.Files.createDirectories(target.getParent());
                try (java.io.InputStream in = out.openInputStream()) {
                    java.nio.file.Files.copy(in, target);
                }
            }
        }
        JavaFileObject f = canister("@Update void save(q.Lib lib) { }");
        Compilation c = com.google.testing.compile.Compiler.javac().withProcessors(new CanisterProcessor())
                .withClasspath(List.of(dir.toFile(), new java.io.File(io.jcdk.candid.IdlType.class
                        .getProtectionDomain().getCodeSource().getLocation().toURI()), new java.io.File(
                        io.jcdk.annotations.Canister.class.getProtectionDomain().getCodeSource().getLocation()
                                .toURI())))
                .compile(f);
        assertOneError(c, f, "parameter \"lib\" of method \"save\": field \"sb\" of record q.Lib: type"
                + " java.lang.StringBuilder has no Candid mapping", "void save");
    }

    @Test
    void sealedInterfaceWithAClass() {
        JavaFileObject f = canister(
                "public sealed interface Shape permits Circle, Square {}",
                "public record Circle(double r) implements Shape {}",
                "public static final class Square implements Shape { public double side; }",
                "@Update void add(Shape s) { }");
        assertOneError(compile(f), f, "permitted type p.C.Square of sealed interface p.C.Shape is not a record: a"
                + " sealed interface maps to a Candid variant whose cases are its permitted records (used by"
                + " parameter \"s\" of method \"add\")", "class Square");
    }

    @Test
    void genericSealedInterface() {
        JavaFileObject f = canister(
                "public sealed interface Result<T> permits Ok {}",
                "public record Ok(String v) implements Result<String> {}",
                "@Update Result<String> go() { return null; }");
        assertOneError(compile(f), f, "sealed interface p.C.Result is generic", "interface Result");
    }

    @Test
    void nonSealedInterface() {
        JavaFileObject f = canister("public interface Shape {}", "@Update void add(Shape s) { }");
        assertOneError(compile(f), f, "parameter \"s\" of method \"add\": type p.C.Shape has no Candid mapping (an"
                + " interface maps to a Candid variant only when it is sealed", "void add");
    }

    @Test
    void classWithoutAnAccessibleConstructor() {
        JavaFileObject f = canister(
                "public static class Point { public int x; public Point(int x) { this.x = x; } }",
                "@Update void move(Point p) { }");
        assertOneError(compile(f), f, "class p.C.Point maps to a Candid record of its fields, so it needs a constructor"
                + " without parameters that the generated code in package p can call (or make it a Java record)"
                + " (used by parameter \"p\" of method \"move\")", "class Point");
    }

    @Test
    void classWithAPrivateField() {
        JavaFileObject f = canister(
                "public static class Point { private int x; public int getX() { return x; } }",
                "@Update void move(Point p) { }");
        assertOneError(compile(f), f, "field \"x\" of class p.C.Point is private: a class maps to a Candid record of"
                + " its fields", "private int x;");
    }

    @Test
    void classWithAFinalField() {
        JavaFileObject f = canister(
                "public static class Point { public final int x = 1; }",
                "@Update void move(Point p) { }");
        assertOneError(compile(f), f, "field \"x\" of class p.C.Point is final", "final int x");
    }

    @Test
    void innerClass() {
        JavaFileObject f = canister("public class Point { public int x; }", "@Update void move(Point p) { }");
        assertOneError(compile(f), f, "class p.C.Point is an inner class: make it static", "class Point");
    }

    @Test
    void abstractClass() {
        JavaFileObject f = canister("public abstract static class Base { }", "@Update void take(Base b) { }");
        assertOneError(compile(f), f, "parameter \"b\" of method \"take\": type p.C.Base has no Candid mapping (an"
                + " abstract class cannot be created", "void take");
    }

    @Test
    void privateRecord() {
        JavaFileObject f = canister("private record Secret(String s) {}", "@Update void take(Secret s) { }");
        assertOneError(compile(f), f, "type p.C.Secret is not accessible from package p, where the generated code uses"
                + " it: make it non-private", "record Secret");
    }

    @Test
    void packagePrivateRecordOfAnotherPackage() {
        JavaFileObject other = source("q.Hidden", "package q;", "record Hidden(String s) {}",
                "");
        JavaFileObject api = source("q.Api", "package q;", "public class Api { public static Hidden get() { return null; } }");
        JavaFileObject f = canister("@Update String take() { return null; }",
                "@Query List<String> names() { return null; }");
        assertThat(compile(f, other, api)).succeeded();
        JavaFileObject pub = source("q.Box", "package q;", "public record Box(Hidden h) {}");
        JavaFileObject g = canister("@Update void take(q.Box b) { }");
        Compilation c = compile(g, other, pub);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("type q.Hidden is not accessible from package p, where the generated code"
                + " uses it: make it public").inFile(other).onLineContaining("record Hidden");
    }

    @Test
    void duplicateCandidNamesInARecord() {
        JavaFileObject f = canister(
                "public record Item(String name, @CandidName(\"name\") String title) {}",
                "@Update void add(Item i) { }");
        assertOneError(compile(f), f, "field \"title\" of record p.C.Item: its Candid name \"name\" has the same Candid"
                + " id as field \"name\"; give one of them another name with @CandidName", "String title");
    }

    @Test
    void duplicateCaseNamesInAnEnum() {
        JavaFileObject f = canister(
                "public enum Color { RED, @CandidName(\"RED\") CRIMSON }",
                "@Update void paint(Color c) { }");
        assertOneError(compile(f), f, "constant \"CRIMSON\" of enum p.C.Color: its Candid name \"RED\" has the same"
                + " Candid id as constant \"RED\"", "enum Color");
    }

    @Test
    void duplicateCaseNamesInASealedInterface() {
        JavaFileObject f = canister(
                "public sealed interface S permits A, B {}",
                "public record A(int x) implements S {}",
                "@CandidName(\"A\") public record B(int y) implements S {}",
                "@Update void go(S s) { }");
        assertOneError(compile(f), f, "case \"B\" of sealed interface p.C.S: its Candid name \"A\" has the same Candid"
                + " id as case \"A\"", "record B");
    }

    @Test
    void emptyCandidNameOnAComponent() {
        JavaFileObject f = canister("public record R(@CandidName(\"\") int x) {}", "@Update void go(R r) { }");
        assertOneError(compile(f), f, "@CandidName on x must not be empty", "record R");
    }

    @Test
    void unsupportedMapKeyAndValue() {
        JavaFileObject f = canister("@Update void put(Map<Object, String> m) { }");
        assertOneError(compile(f), f, "parameter \"m\" of method \"put\": type java.lang.Object has no Candid mapping"
                + " (in java.util.Map<java.lang.Object,java.lang.String>)", "void put");
        JavaFileObject g = canister("@Update Map<String, Thread> get() { return null; }");
        assertOneError(compile(g), g, "result of method \"get\": type java.lang.Thread has no Candid mapping (in"
                + " java.util.Map<java.lang.String,java.lang.Thread>)", "get()");
    }

    @Test
    void rawGenericType() {
        JavaFileObject f = canister("@SuppressWarnings(\"rawtypes\") @Update void put(List items) { }");
        assertOneError(compile(f), f, "parameter \"items\" of method \"put\": raw type java.util.List has no Candid"
                + " mapping: give its type arguments, e.g. java.util.List<String>", "void put");
    }

    @Test
    void rawGenericRecord() {
        JavaFileObject f = canister("public record Page<T>(List<T> items) {}",
                "@SuppressWarnings(\"rawtypes\") @Query Page page() { return null; }");
        assertOneError(compile(f), f, "result of method \"page\": raw type p.C.Page has no Candid mapping", "page()");
    }

    @Test
    void wildcardType() {
        JavaFileObject f = canister("@Update void put(List<? extends Number> items) { }");
        assertOneError(compile(f), f, "parameter \"items\" of method \"put\": wildcard type ? extends java.lang.Number"
                + " is not supported: use a concrete type argument", "void put");
    }

    @Test
    void nullablePrimitive() {
        JavaFileObject f = canister("@interface Nullable {}", "@Update void put(@Nullable int x) { }");
        assertOneError(compile(f), f, "parameter \"x\" of method \"put\": @Nullable does not apply to the primitive"
                + " type int (use java.lang.Integer)", "void put");
    }

    @Test
    void unsignedOnAList() {
        JavaFileObject f = canister("@Update void put(@Unsigned List<Long> xs) { }");
        assertOneError(compile(f), f, "parameter \"xs\" of method \"put\": @Unsigned does not apply to type"
                + " java.util.List<java.lang.Long> (only to byte, short, int, long, their boxes and"
                + " java.math.BigInteger); for the type arguments write it on them, e.g. List<@Unsigned Long>",
                "void put");
    }

    @Test
    void arrayOfAGenericType() {
        JavaFileObject f = canister("@Update void put(List<String>[] xs) { }");
        assertOneError(compile(f), f, "parameter \"xs\" of method \"put\": array type java.util.List<java.lang.String>[]"
                + " has no Candid mapping: Java cannot create arrays of generic types; use a List", "void put");
    }

    @Test
    void candidNameOnATupleComponent() {
        JavaFileObject f = canister("@CandidTuple public record T(@CandidName(\"a\") int x, int y) {}",
                "@Query T t() { return null; }");
        assertOneError(compile(f), f, "@CandidName does not apply to the components of a @CandidTuple record",
                "record T");
    }

    @Test
    void emptyTuple() {
        JavaFileObject f = canister("@CandidTuple public record T() {}", "@Query T t() { return null; }");
        assertOneError(compile(f), f, "@CandidTuple record p.C.T has no components: a Candid tuple needs at least one",
                "record T");
    }
}
