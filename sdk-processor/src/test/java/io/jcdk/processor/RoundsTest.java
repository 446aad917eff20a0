package io.jcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jcdk.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A canister whose types another processor generates is analysed once those types exist. */
class RoundsTest {

    /** Generates {@code p.Gen}, an interface (which has no Candid mapping), in the first round. */
    static final class GeneratesGen extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("p.Gen").openWriter()) {
                    w.write("package p; public interface Gen { }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    private static Compilation compile(JavaFileObject canister) {
        return Compiler.javac().withProcessors(new CanisterProcessor(), new GeneratesGen()).compile(canister);
    }

    @Test
    void typeGeneratedInALaterRoundIsCheckedOnceItExists() {
        JavaFileObject f = source("p.C",
                "package p;",
                "import io.jcdk.annotations.*;",
                "@Canister",
                "public class C {",
                "    @Update void take(Gen g) { }",
                "}");
        Compilation c = compile(f);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("parameter \"g\" of method \"take\": type p.Gen has no Candid mapping")
                .inFile(f).onLineContaining("void take");
    }

    @Test
    void canisterNotUsingTheGeneratedTypeIsGeneratedInTheFirstRound() {
        JavaFileObject f = source("p.C",
                "package p;",
                "import io.jcdk.annotations.*;",
                "@Canister",
                "public class C {",
                "    Gen helper;",
                "    @Update void go() { }",
                "}");
        Compilation c = compile(f);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c.generatedSourceFile("p.CExports").isPresent()).isTrue();
    }
}
