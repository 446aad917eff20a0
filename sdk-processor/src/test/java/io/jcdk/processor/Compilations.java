package io.jcdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test canisters with the processor, against the real canister library (sdk-canister). */
final class Compilations {
    private Compilations() {
    }

    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new CanisterProcessor()).compile(sources);
    }

    /** A source file from its lines. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    /** {@code package p; import ...; @Canister public class C { <members> }}. */
    static JavaFileObject canister(String... members) {
        List<String> lines = new ArrayList<>(List.of(
                "package p;",
                "import io.jcdk.annotations.*;",
                "import java.util.*;",
                "@Canister",
                "public class C {"));
        for (String m : members) {
            lines.add("    " + m);
        }
        lines.add("}");
        return source("p.C", lines.toArray(new String[0]));
    }

    /** Asserts exactly one error, containing {@code message}, on the line containing {@code line}. */
    static void assertOneError(Compilation c, JavaFileObject file, String message, String line) {
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining(message).inFile(file).onLineContaining(line);
    }

    /** The text of a generated resource, e.g. {@code META-INF/jcdk/service.did}. */
    static String resource(Compilation compilation, String path) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
        assertWithMessage("generated " + path).that(file.isPresent()).isTrue();
        try {
            return file.get().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String did(Compilation compilation) {
        return resource(compilation, "META-INF/jcdk/service.did");
    }

    /** The generated source of a class. */
    static String generatedSource(Compilation compilation, String qualifiedName) {
        Optional<JavaFileObject> file = compilation.generatedSourceFile(qualifiedName);
        assertWithMessage("generated " + qualifiedName).that(file.isPresent()).isTrue();
        try {
            return file.get().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
