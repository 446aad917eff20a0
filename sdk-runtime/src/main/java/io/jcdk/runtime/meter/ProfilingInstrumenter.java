package io.jcdk.runtime.meter;

/**
 * Metering plus a per-function instruction profile, for finding where a call spends its instructions. The module
 * gets the counter global of {@link MeteringInstrumenter} and after it one more mutable i64 global per defined
 * function (so, again, no existing index changes); every segment charge also adds the segment's instructions to its
 * function's global. The charges are the metering ones, so the counter, and with it every count and limit, is
 * exactly what it is without profiling; the function globals add up to the instructions the Wasm code executed
 * (System API charges are the rest, see {@link Profiler}).
 *
 * <p>Only for profiling: the extra code makes loading and running slower (see BENCHMARKS.md).
 */
public final class ProfilingInstrumenter {
    private ProfilingInstrumenter() {}

    /**
     * The instrumented module.
     *
     * @param counterGlobal the index of the counter global
     * @param importedFunctions imported functions: defined function {@code i} has function index
     *     {@code importedFunctions + i}
     * @param definedFunctions defined functions; the global of defined function {@code i} is
     *     {@code counterGlobal + 1 + i}
     */
    public record Result(byte[] wasm, int counterGlobal, int importedFunctions, int definedFunctions) {
        public int functionGlobal(int definedFunction) {
            return counterGlobal + 1 + definedFunction;
        }
    }

    public static Result instrument(byte[] wasm) {
        ModuleCounts counts = ModuleCounts.of(wasm);
        int counter = counts.importedGlobals() + counts.definedGlobals();
        byte[] out = MeteringInstrumenter.rewrite(wasm, 1 + counts.definedFunctions(),
                function -> SegmentCharge.profile(counter, counter + 1 + function));
        return new Result(out, counter, counts.importedFunctions(), counts.definedFunctions());
    }
}
