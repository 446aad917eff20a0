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
public final class TeaVmBuild {
    private TeaVmBuild() {
    }

    public static byte[] compile(Class<?> entry) throws TeaVmCompiler.CompilationFailed {
        List<File> classPath = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(element));
        }
        try {
            Path out = Files.createTempDirectory("jcdk-teavm-test");
            Path wasm = TeaVmCompiler.compile(new TeaVmCompiler.Options(entry.getName(), classPath, out,
                    "classes.wasm", 1 << 20, 64 << 20, Boolean.getBoolean("jcdk.test.debugNames")), text -> { });
            byte[] bytes = Files.readAllBytes(wasm);
            // kept for inspection (wasm-objdump, node) when a test fails
            Path kept = Path.of("target", "fixtures", entry.getSimpleName() + ".wasm");
            Files.createDirectories(kept.getParent());
            Files.write(kept, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
