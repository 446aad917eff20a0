package io.jcdk.maven.candid;

import io.jcdk.maven.teavm.TeaVmCompiler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds fixture classes of the test classpath with the real TeaVM pipeline (as io.jcdk.maven.TeaVmBuild does). */
final class CandidWasm {
    static final byte[] NO_ARGS = {'D', 'I', 'D', 'L', 0, 0};

    private CandidWasm() {
    }

    /**
     * The initial heap. With TeaVM's default of 1 MiB, a fresh canister that allocates a ~2 MB array at once (a
     * 500,000-element ArrayList, or the 1M-element vector of spacebomb.test.did:28) traps with "out of memory" or
     * an out-of-bounds access at 0x80000386 (memory stays at 40 pages); with a 32 MiB
     * initial heap it works. See the report in BENCHMARKS.md (## Candid).
     */
    static final int MIN_HEAP = 32 << 20;

    static byte[] compile(Class<?> entry) throws TeaVmCompiler.CompilationFailed {
        return compile(entry, false, MIN_HEAP);
    }

    static byte[] compile(Class<?> entry, boolean debugNames, int minHeap) throws TeaVmCompiler.CompilationFailed {
        List<File> classPath = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(element));
        }
        try {
            Path out = Files.createTempDirectory("jcdk-candid-teavm");
            Path wasm = TeaVmCompiler.compile(new TeaVmCompiler.Options(entry.getName(), classPath, out,
                    "classes.wasm", minHeap, 256 << 20, debugNames), text -> { });
            return Files.readAllBytes(wasm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
