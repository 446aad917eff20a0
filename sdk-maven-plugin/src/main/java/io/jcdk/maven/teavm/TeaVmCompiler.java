package io.jcdk.maven.teavm;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.ConsoleTeaVMToolLog;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Runs TeaVM 0.13.1's linear-memory Wasm backend (the last release that has one) on a canister's classes, with
 * the transformer that keeps the module free of non-{@code ic0} imports.
 */
public final class TeaVmCompiler {
    /** What to compile and how. */
    public record Options(String entryClass, List<File> classPath, Path outputDirectory, String outputFileName,
            int minHeapBytes, int maxHeapBytes, boolean debugNames, Optimization optimization) {

        /** Optimised for speed. */
        public Options(String entryClass, List<File> classPath, Path outputDirectory, String outputFileName,
                int minHeapBytes, int maxHeapBytes, boolean debugNames) {
            this(entryClass, classPath, outputDirectory, outputFileName, minHeapBytes, maxHeapBytes, debugNames,
                    Optimization.SPEED);
        }
    }

    /**
     * What TeaVM optimises for. Both run every optimisation; they differ in inlining: {@code SPEED} (TeaVM's
     * {@code FULL}) inlines small methods up to seven calls deep, which costs code size and saves instructions, so
     * cycles; {@code SIZE} (TeaVM's {@code ADVANCED}) inlines less. See BENCHMARKS.md for both on the examples.
     */
    public enum Optimization {
        SPEED(TeaVMOptimizationLevel.FULL), SIZE(TeaVMOptimizationLevel.ADVANCED);

        final TeaVMOptimizationLevel level;

        Optimization(TeaVMOptimizationLevel level) {
            this.level = level;
        }

        /** {@code speed} or {@code size}, in any case. */
        public static Optimization parse(String text) {
            for (Optimization o : values()) {
                if (o.name().equalsIgnoreCase(text)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("jcdk.optimize must be speed or size, not '" + text + "'");
        }
    }

    /** Thrown with TeaVM's own rendering of the problems (missing methods, unsupported APIs, ...). */
    public static final class CompilationFailed extends Exception {
        public CompilationFailed(String message) {
            super(message);
        }
    }

    private TeaVmCompiler() {
    }

    /** Compiles and returns the path of the raw module. */
    public static Path compile(Options options, Consumer<String> info) throws CompilationFailed, IOException {
        Files.createDirectories(options.outputDirectory());
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.WEBASSEMBLY);
        tool.setMainClass(options.entryClass());
        tool.setTargetDirectory(options.outputDirectory().toFile());
        tool.setTargetFileName(options.outputFileName());
        tool.setOptimizationLevel(options.optimization().level);
        tool.setObfuscated(!options.debugNames());
        tool.setMinHeapSize(options.minHeapBytes());
        tool.setMaxHeapSize(options.maxHeapBytes());
        tool.setClassPath(options.classPath());
        tool.getTransformers().add(HostImportTransformer.class.getName());
        tool.getTransformers().add(JavaSemanticsTransformer.class.getName());
        tool.getTransformers().add(HeapGrowthTransformer.class.getName());
        tool.setLog(quietLog(info));
        List<URL> urls = new ArrayList<>();
        for (File f : options.classPath()) {
            try {
                urls.add(f.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IOException("bad classpath entry " + f, e);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
                TeaVmCompiler.class.getClassLoader())) {
            tool.setClassLoader(loader);
            HostImportTransformer.SPEED.set(options.optimization() == Optimization.SPEED);
            tool.generate();
        } catch (TeaVMToolException e) {
            throw new CompilationFailed("TeaVM failed: " + e.getMessage());
        } finally {
            HostImportTransformer.SPEED.remove();
        }
        List<Problem> severe = tool.getProblemProvider().getSevereProblems();
        if (!severe.isEmpty()) {
            StringBuilder sb = new StringBuilder("TeaVM cannot compile the canister to Wasm:");
            DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
            for (Problem problem : severe) {
                text.clear();
                problem.render(text);
                sb.append("\n  ").append(text.getText());
                TeaVMProblemRenderer.renderCallStack(tool.getDependencyInfo().getCallGraph(), problem.getLocation(),
                        sb);
            }
            throw new CompilationFailed(sb.toString());
        }
        Path out = options.outputDirectory().resolve(options.outputFileName());
        if (!Files.isRegularFile(out)) {
            throw new CompilationFailed("TeaVM reported success but wrote no " + out);
        }
        return out;
    }

    private static TeaVMToolLog quietLog(Consumer<String> info) {
        return new ConsoleTeaVMToolLog(false) {
            @Override
            public void info(String text) {
                info.accept(text);
            }

            @Override
            public void debug(String text) {
            }
        };
    }
}
