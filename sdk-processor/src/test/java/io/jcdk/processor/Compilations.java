package io.jcdk.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test canisters with the processor, against the real canister library (sdk-canister). */
final class Compilations {
    /**
     * Classes of sdk-canister the generated code uses. While a class has not landed in sdk-canister yet, the test
     * compiles a stub of it (src/test/resources/stubs) with the same API instead; once it is there, the real one is
     * used.
     */
    private static final List<String> LIBRARY = List.of(
            "io.jcdk.candid.IdlType", "io.jcdk.candid.IdlField", "io.jcdk.candid.IdlValue",
            "io.jcdk.candid.IdlFieldValue", "io.jcdk.candid.CandidEncoder", "io.jcdk.candid.CandidDecoder",
            "io.jcdk.canister.internal.EntryPoint");

    private Compilations() {
    }

    static Compilation compile(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        all.addAll(missingLibraryStubs());
        return Compiler.javac().withProcessors(new CanisterProcessor()).compile(all);
    }

    /** A source file from its lines. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }

    static List<JavaFileObject> missingLibraryStubs() {
        List<JavaFileObject> stubs = new ArrayList<>();
        for (String name : LIBRARY) {
            try {
                Class.forName(name, false, Compilations.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                URL url = Compilations.class.getResource("/stubs/" + name.replace('.', '/') + ".java");
                assertWithMessage("stub of " + name).that(url).isNotNull();
                stubs.add(JavaFileObjects.forResource(url));
            }
        }
        return stubs;
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
