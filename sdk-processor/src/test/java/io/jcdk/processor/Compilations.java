package io.jcdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
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
