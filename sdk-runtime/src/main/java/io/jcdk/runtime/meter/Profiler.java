package io.jcdk.runtime.meter;

import com.dylibso.chicory.runtime.GlobalInstance;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile counters of one instance of a module instrumented by {@link ProfilingInstrumenter}: the function
 * globals, and the System API charges, which the {@link Meter} reports here. {@link #start} zeroes them before an
 * execution, {@link #collect} reads them after it.
 */
public final class Profiler {
    private final List<String> names;
    private final GlobalInstance[] globals;
    private final Map<String, long[]> systemApi = new HashMap<>();

    /** @param functionNames the names of the defined functions, in order */
    public Profiler(List<String> functionNames) {
        this.names = List.copyOf(functionNames);
        this.globals = new GlobalInstance[names.size()];
    }

    /** Binds the global of defined function {@code i} (during instantiation). */
    public void bind(int i, GlobalInstance global) {
        globals[i] = global;
    }

    public void start() {
        for (GlobalInstance g : globals) {
            if (g != null) {
                g.setValue(0);
            }
        }
        systemApi.clear();
    }

    void systemApi(String function, long instructions) {
        systemApi.computeIfAbsent(function, k -> new long[1])[0] += instructions;
    }

    /** The profile of the execution since {@link #start}. */
    public Profile collect() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < globals.length; i++) {
            long n = globals[i] == null ? 0 : globals[i].getValue();
            if (n != 0) {
                counts.merge(names.get(i), n, Long::sum);
            }
        }
        for (Map.Entry<String, long[]> e : systemApi.entrySet()) {
            counts.merge("ic0." + e.getKey(), e.getValue()[0], Long::sum);
        }
        return Profile.of(counts);
    }
}
