package io.jcdk.maven;

import io.jcdk.maven.teavm.TeaVmCompiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compiles a fixture class of the test classpath with the real TeaVM pipeline. */
final class TeaVmBuild {
    private TeaVmBuild() {
    }

    static byte[] compile(Class<?> entry) throws TeaVmCompiler.CompilationFailed {
        List<File> classPath = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(element));
        }
        try {
            Path out = Files.createTempDirectory("jcdk-teavm-test");
            Path wasm = TeaVmCompiler.compile(new TeaVmCompiler.Options(entry.getName(), classPath, out,
                    "classes.wasm", 1 << 20, 64 << 20, false), text -> { });
            return Files.readAllBytes(wasm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
