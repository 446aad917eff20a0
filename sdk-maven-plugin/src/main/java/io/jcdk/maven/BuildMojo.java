package io.jcdk.maven;

import io.jcdk.maven.teavm.TeaVmCompiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Builds the canister: TeaVM compiles the classes the annotation processor generated, then the module is made
 * IC-ready (see {@link CanisterPackager}). Writes {@code target/<artifactId>.wasm}, {@code .wasm.gz} and
 * {@code .did}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class BuildMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Base name of the outputs; defaults to the artifactId. */
    @Parameter(property = "jcdk.wasmName", defaultValue = "${project.artifactId}")
    private String wasmName;

    /** Upper bound of the Java heap inside the canister, in MiB (the Wasm memory's maximum follows from it). */
    @Parameter(property = "jcdk.maxHeapMiB", defaultValue = "1024")
    private int maxHeapMiB;

    /** Heap reserved at start, in MiB. */
    @Parameter(property = "jcdk.minHeapMiB", defaultValue = "1")
    private int minHeapMiB;

    /** Keep readable function names in the module (bigger, for debugging traps). */
    @Parameter(property = "jcdk.debugNames", defaultValue = "false")
    private boolean debugNames;

    /**
     * {@code speed} (the default: fewer instructions per call, so fewer cycles) or {@code size} (a smaller module,
     * about a fifth smaller, at up to half again the instructions).
     */
    @Parameter(property = "jcdk.optimize", defaultValue = "speed")
    private String optimize;

    @Parameter(property = "jcdk.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The code-size check against {@code wasm-size-budget.properties} (see {@link SizeBudget}): {@code warn},
     * {@code fail}, {@code record} or {@code off}.
     */
    @Parameter(property = "jcdk.sizeBudget", defaultValue = "warn")
    private String sizeBudget;

    /** How much a module may grow over its recorded size, in percent. */
    @Parameter(property = "jcdk.sizeBudgetTolerance", defaultValue = "10")
    private int sizeBudgetTolerance;

    /** The record of the module's size. */
    @Parameter(property = "jcdk.sizeBudgetFile", defaultValue = "${project.basedir}/" + SizeBudget.FILE_NAME)
    private File sizeBudgetFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jcdk:build skipped");
            return;
        }
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        Path target = Path.of(project.getBuild().getDirectory());
        CanisterDescriptor descriptor;
        try {
            descriptor = CanisterDescriptor.read(classes);
        } catch (IOException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        if (maxHeapMiB < 1 || maxHeapMiB > 2047 || minHeapMiB < 1 || minHeapMiB > maxHeapMiB) {
            throw new MojoFailureException("jcdk: heap sizes must satisfy 1 <= minHeapMiB <= maxHeapMiB <= 2047, got "
                    + minHeapMiB + " and " + maxHeapMiB);
        }
        SizeBudget.Mode budgetMode;
        TeaVmCompiler.Optimization optimization;
        try {
            budgetMode = SizeBudget.Mode.parse(sizeBudget);
            optimization = TeaVmCompiler.Optimization.parse(optimize);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        long started = System.nanoTime();
        Path raw;
        try {
            TeaVmCompiler.Options options = new TeaVmCompiler.Options(descriptor.exportsClass(), classPath(),
                    target.resolve("jcdk-teavm"), "classes.wasm", minHeapMiB << 20, maxHeapMiB << 20, debugNames,
                    optimization);
            getLog().info("jcdk: compiling " + descriptor.canisterClass() + " to Wasm with TeaVM");
            raw = TeaVmCompiler.compile(options, text -> getLog().debug(text));
        } catch (TeaVmCompiler.CompilationFailed e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("jcdk: TeaVM build failed: " + e.getMessage(), e);
        }
        try {
            CanisterPackager.Result result = CanisterPackager.packageModule(Files.readAllBytes(raw), descriptor,
                    target, wasmName);
            getLog().info("jcdk: wrote " + result.wasm() + " (" + result.wasmSize() + " bytes, "
                    + result.gzipSize() + " gzipped) and " + result.did() + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            checkSize(budgetMode, new SizeBudget.Sizes(result.wasmSize(), result.gzipSize()));
        } catch (CanisterPackager.InvalidModule e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("jcdk: cannot write the canister module: " + e.getMessage(), e);
        }
    }

    private void checkSize(SizeBudget.Mode mode, SizeBudget.Sizes actual) throws IOException,
            MojoFailureException {
        if (mode == SizeBudget.Mode.OFF || debugNames) {
            return; // names make the module bigger; nothing to compare
        }
        Path file = sizeBudgetFile.toPath();
        if (mode == SizeBudget.Mode.RECORD) {
            SizeBudget.write(file, wasmName, actual);
            getLog().info("jcdk: recorded the module's size in " + file);
            return;
        }
        SizeBudget.Sizes recorded = SizeBudget.read(file);
        if (recorded == null) {
            getLog().info("jcdk: no recorded size (" + file.getFileName() + "); record one with"
                    + " -Djcdk.sizeBudget=record");
            return;
        }
        getLog().info("jcdk: size " + SizeBudget.describe(recorded, actual));
        List<String> excess = SizeBudget.excess(recorded, actual, sizeBudgetTolerance);
        if (excess.isEmpty()) {
            return;
        }
        String message = "jcdk: code size over budget (" + file + "): " + String.join("; ", excess)
                + ". If the growth is intended, record the new size with -Djcdk.sizeBudget=record.";
        if (mode == SizeBudget.Mode.FAIL) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message);
    }

    /** The project's classes and dependencies, then TeaVM's class library (which the canister never names). */
    private List<File> classPath() throws MojoExecutionException {
        List<File> out = new ArrayList<>();
        try {
            for (String element : project.getCompileClasspathElements()) {
                out.add(new File(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("jcdk: dependencies are not resolved", e);
        }
        for (Artifact a : plugin.getArtifacts()) {
            if (a.getGroupId().equals("org.teavm") && a.getFile() != null) {
                out.add(a.getFile());
            }
        }
        return out;
    }
}
