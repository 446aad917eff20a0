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

/** Every diagnostic of the processor: a compile error on the element, naming it. */
class DiagnosticsTest {
    // ---------------------------------------------------------------- the class

    @Test
    void canisterOnAnInterface() {
        JavaFileObject f = source("p.C", "package p;", "@io.jcdk.annotations.Canister", "interface C {}");
        assertOneError(compile(f), f, "@Canister applies to classes, but p.C is an interface", "interface C");
    }

    @Test
    void canisterOnAnEnum() {
        JavaFileObject f = source("p.C", "package p;", "@io.jcdk.annotations.Canister", "enum C { A }");
        assertOneError(compile(f), f, "@Canister applies to classes, but p.C is an enum", "enum C");
    }

    @Test
    void canisterOnARecord() {
        JavaFileObject f = source("p.C", "package p;", "@io.jcdk.annotations.Canister", "record C(int x) {}");
        assertOneError(compile(f), f, "@Canister applies to classes, but p.C is a record", "record C");
    }

    @Test
    void abstractCanister() {
        JavaFileObject f = source("p.C", "package p;", "@io.jcdk.annotations.Canister", "abstract class C {}");
        assertOneError(compile(f), f, "@Canister class p.C must not be abstract", "abstract class C");
    }

    @Test
    void innerClassCanister() {
        JavaFileObject f = source("p.Outer", "package p;", "class Outer {",
                "    @io.jcdk.annotations.Canister class C {}", "}");
        assertOneError(compile(f), f, "@Canister class p.Outer.C must be a top-level class or a static nested class",
                "class C");
    }

    @Test
    void privateNestedCanister() {
        JavaFileObject f = source("p.Outer", "package p;", "class Outer {",
                "    @io.jcdk.annotations.Canister private static class C {}", "}");
        assertOneError(compile(f), f, "@Canister class p.Outer.C must not be private or nested in a private class",
                "class C");
    }

    @Test
    void genericCanister() {
        JavaFileObject f = source("p.C", "package p;", "@io.jcdk.annotations.Canister", "class C<T> {}");
        assertOneError(compile(f), f, "@Canister class p.C must not be generic", "class C");
    }

    @Test
    void canisterWithoutNoArgConstructor() {
        JavaFileObject f = canister("C(String s) { }");
        assertOneError(compile(f), f, "@Canister class p.C needs a non-private constructor without parameters",
                "public class C");
    }

    @Test
    void canisterWithPrivateNoArgConstructor() {
        JavaFileObject f = canister("private C() { }");
        assertOneError(compile(f), f, "@Canister class p.C needs a non-private constructor without parameters",
                "public class C");
    }

    @Test
    void twoCanisterClasses() {
        JavaFileObject a = source("p.A", "package p;", "@io.jcdk.annotations.Canister", "class A {}");
        JavaFileObject b = source("p.B", "package p;", "@io.jcdk.annotations.Canister", "class B {}");
        Compilation c = compile(a, b);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(2);
        String message = "only one @Canister class is allowed in a compilation (one per Maven module), but there"
                + " are 2: p.A, p.B";
        assertThat(c).hadErrorContaining(message).inFile(a).onLineContaining("class A");
        assertThat(c).hadErrorContaining(message).inFile(b).onLineContaining("class B");
    }

    // ---------------------------------------------------------------- lifecycle methods

    @Test
    void twoInitMethods() {
        JavaFileObject f = canister("@Init void a() { }", "@Init void b() { }");
        assertOneError(compile(f), f, "only one @Init method is allowed, and \"a\" is one already: \"b\" is a second",
                "void b()");
    }

    @Test
    void twoPreUpgradeMethods() {
        JavaFileObject f = canister("@PreUpgrade void a() { }", "@PreUpgrade void b() { }");
        assertOneError(compile(f), f,
                "only one @PreUpgrade method is allowed, and \"a\" is one already: \"b\" is a second", "void b()");
    }

    @Test
    void twoPostUpgradeMethods() {
        JavaFileObject f = canister("@PostUpgrade void a() { }", "@PostUpgrade void b() { }");
        assertOneError(compile(f), f,
                "only one @PostUpgrade method is allowed, and \"a\" is one already: \"b\" is a second", "void b()");
    }

    @Test
    void preUpgradeWithParameters() {
        JavaFileObject f = canister("@PreUpgrade void save(String why) { }");
        assertOneError(compile(f), f, "@PreUpgrade method \"save\" must not have parameters", "void save");
    }

    // ---------------------------------------------------------------- annotated methods

    @Test
    void privateMethod() {
        JavaFileObject f = canister("@Update private void go() { }");
        assertOneError(compile(f), f, "@Update method \"go\" must not be private", "void go()");
    }

    @Test
    void staticMethod() {
        JavaFileObject f = canister("@Query static String hi() { return \"\"; }");
        assertOneError(compile(f), f, "@Query method \"hi\" must not be static", "String hi()");
    }

    @Test
    void genericMethod() {
        JavaFileObject f = canister("@Init <T> void init() { }");
        assertOneError(compile(f), f, "@Init method \"init\" must not be generic", "void init()");
    }

    @Test
    void methodOutsideACanisterClass() {
        JavaFileObject f = source("p.Helper", "package p;", "class Helper {",
                "    @io.jcdk.annotations.Update void go() { }", "}");
        Compilation c = compile(f);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@Update method \"go\" is not in a @Canister class (it is in p.Helper)")
                .inFile(f).onLineContaining("void go()");
    }

    @Test
    void methodOfANestedClassOfTheCanister() {
        JavaFileObject f = canister("static class Nested {", "    @PostUpgrade void later() { }", "}");
        Compilation c = compile(f);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining(
                "@PostUpgrade method \"later\" is not in a @Canister class (it is in p.C.Nested)")
                .inFile(f).onLineContaining("void later()");
    }

    @Test
    void stableFieldOutsideACanisterClass() {
        JavaFileObject f = source("p.Helper", "package p;", "class Helper {",
                "    @io.jcdk.annotations.Stable long total;", "}");
        Compilation c = compile(f);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@Stable field \"total\" is not in a @Canister class (it is in p.Helper)")
                .inFile(f).onLineContaining("long total");
    }

    @Test
    void methodWithTwoAnnotations() {
        JavaFileObject f = canister("@Update @Query String both() { return \"\"; }");
        assertOneError(compile(f), f, "method \"both\" has @Update and @Query: a method may have only one of @Init,"
                + " @Update, @Query, @PreUpgrade and @PostUpgrade", "String both()");
    }

    @Test
    void checkedExceptionsAreFine() {
        JavaFileObject f = canister("@Update void go() throws Exception { }",
                "@PreUpgrade void pre() throws java.io.IOException { }");
        assertThat(compile(f)).succeededWithoutWarnings();
    }

    // ---------------------------------------------------------------- Candid names

    @Test
    void duplicateCandidName() {
        JavaFileObject f = canister("@Update void get() { }", "@Query(name = \"get\") long fetch() { return 0; }");
        assertOneError(compile(f), f,
                "Candid method name \"get\" of method \"fetch\" is already used by method \"get\"", "long fetch()");
    }

    @Test
    void blankCandidName() {
        JavaFileObject f = canister("@Update(name = \"  \") void go() { }");
        assertOneError(compile(f), f, "the Candid name of method \"go\" is blank", "void go()");
    }

    // ---------------------------------------------------------------- guards

    @Test
    void guardMissing() {
        JavaFileObject f = canister("@Update(guard = \"isOwner\") void go() { }");
        assertOneError(compile(f), f, "guard \"isOwner\" of method \"go\" does not exist; a guard is a non-private"
                + " instance method \"void isOwner()\" of p.C", "void go()");
    }

    @Test
    void guardWithParameters() {
        JavaFileObject f = canister("@Update(guard = \"isOwner\") void go() { }", "void isOwner(String who) { }");
        assertOneError(compile(f), f, "guard \"isOwner\" of method \"go\" must have no parameters", "void go()");
    }

    @Test
    void guardNotReturningVoid() {
        JavaFileObject f = canister("@Query(guard = \"isOwner\") void go() { }",
                "boolean isOwner() { return true; }");
        assertOneError(compile(f), f, "guard \"isOwner\" of method \"go\" must return void (it refuses a call by"
                + " throwing io.jcdk.canister.GuardRejection)", "void go()");
    }

    @Test
    void privateGuard() {
        JavaFileObject f = canister("@Update(guard = \"isOwner\") void go() { }", "private void isOwner() { }");
        assertOneError(compile(f), f,
                "guard \"isOwner\" of method \"go\" must be a non-private instance method (neither private nor static)",
                "void go()");
    }

    @Test
    void staticGuard() {
        JavaFileObject f = canister("@Update(guard = \"isOwner\") void go() { }", "static void isOwner() { }");
        assertOneError(compile(f), f,
                "guard \"isOwner\" of method \"go\" must be a non-private instance method (neither private nor static)",
                "void go()");
    }

    @Test
    void protectedGuardFromAnotherPackage() {
        JavaFileObject base = source("q.Base", "package q;", "public class Base {",
                "    protected void isOwner() { }", "}");
        JavaFileObject f = source("p.C", "package p;", "import io.jcdk.annotations.*;", "@Canister",
                "public class C extends q.Base {", "    @Update(guard = \"isOwner\") void go() { }", "}");
        assertOneError(compile(base, f), f, "guard \"isOwner\" of method \"go\" is protected in another package, so"
                + " the generated code cannot call it: make it public or override it in p.C", "void go()");
    }

    // ---------------------------------------------------------------- stable fields

    @Test
    void privateStableField() {
        JavaFileObject f = canister("@Stable private long n;");
        assertOneError(compile(f), f, "@Stable field \"n\" must not be private", "long n;");
    }

    @Test
    void staticStableField() {
        JavaFileObject f = canister("@Stable static long n;");
        assertOneError(compile(f), f, "@Stable field \"n\" must not be static", "long n;");
    }

    @Test
    void finalStableField() {
        JavaFileObject f = canister("@Stable final long n = 1;");
        assertOneError(compile(f), f, "@Stable field \"n\" must not be final", "long n");
    }

    @Test
    void stableFieldOfUnsupportedType() {
        JavaFileObject f = canister("@Stable Object thing;");
        assertOneError(compile(f), f, "@Stable field \"thing\": type java.lang.Object has no Candid mapping",
                "Object thing;");
    }

    @Test
    void emptyCandidNameOnStableField() {
        JavaFileObject f = canister("@Stable @CandidName(\"\") long n;");
        assertOneError(compile(f), f, "@Stable field \"n\": @CandidName must not be empty", "long n;");
    }

    @Test
    void stableFieldsWithTheSameCandidName() {
        JavaFileObject f = canister("@Stable long total;", "@Stable @CandidName(\"total\") long sum;");
        assertOneError(compile(f), f, "@Stable field \"sum\": its Candid field name \"total\" has the same field id"
                + " as @Stable field \"total\"", "long sum;");
    }

    // ---------------------------------------------------------------- types

    @Test
    void parameterOfUnsupportedType() {
        JavaFileObject f = canister("@Update void store(Map<String, Object> items) { }");
        assertOneError(compile(f), f, "parameter \"items\" of method \"store\": type java.lang.Object has no Candid"
                + " mapping (in java.util.Map<java.lang.String,java.lang.Object>)", "void store");
    }

    @Test
    void resultOfUnsupportedType() {
        JavaFileObject f = canister("@Query List<StringBuilder> names() { return null; }");
        assertOneError(compile(f), f, "result of method \"names\": type java.lang.StringBuilder has no Candid mapping"
                + " (in java.util.List<java.lang.StringBuilder>)", "names()");
    }

    @Test
    void initParameterOfUnsupportedType() {
        JavaFileObject f = canister("@Init void init(char c) { }");
        assertOneError(compile(f), f, "parameter \"c\" of method \"init\": type char has no Candid mapping",
                "void init");
    }

    @Test
    void unsignedOnANonIntegerType() {
        JavaFileObject f = canister("@Update void go(@Unsigned String s) { }");
        assertOneError(compile(f), f, "parameter \"s\" of method \"go\": @Unsigned does not apply to type"
                + " java.lang.String (only to byte, short, int, long, their boxes and java.math.BigInteger)",
                "void go");
    }

    @Test
    void unsignedOnAVoidMethod() {
        JavaFileObject f = canister("@Update @Unsigned void go() { }");
        assertOneError(compile(f), f, "@Unsigned on method \"go\" applies to its result, but it returns void",
                "void go()");
    }

    @Test
    void unresolvedTypeIsReportedOnlyByJavac() {
        JavaFileObject f = canister("@Update void go(NoSuchType x) { }");
        Compilation c = compile(f);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("cannot find symbol").inFile(f).onLineContaining("NoSuchType");
    }

    @Test
    void errorsAreAllReportedInOneCompilation() {
        JavaFileObject f = canister("@Stable private long n;", "@Update static void a() { }",
                "@Query void b(Object o) { }");
        Compilation c = compile(f);
        assertThat(c).hadErrorCount(3);
    }
}
