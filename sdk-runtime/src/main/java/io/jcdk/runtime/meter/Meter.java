package io.jcdk.runtime.meter;

import com.dylibso.chicory.runtime.GlobalInstance;

/**
 * The instruction counter of one instance: the counter global that {@link MeteringInstrumenter} added holds the
 * instructions still allowed; host functions charge it too.
 */
public final class Meter {
    private GlobalInstance counter;
    private long budget;
    private Profiler profiler;

    /** Also reports System API charges to a profiler (profiling mode). */
    public void attachProfiler(Profiler profiler) {
        this.profiler = profiler;
    }

    /** Binds the counter global (during instantiation, before the start function runs). */
    public void bind(GlobalInstance counter) {
        this.counter = counter;
        counter.setValue(budget);
    }

    /** Starts counting a new execution that may use at most {@code budget} instructions. */
    public void start(long budget) {
        this.budget = budget;
        if (counter != null) {
            counter.setValue(budget);
        }
    }

    /** Instructions used since {@link #start}; more than the budget once it is exceeded. */
    public long used() {
        return counter == null ? 0 : budget - counter.getValue();
    }

    public long budget() {
        return budget;
    }

    /** Host work: counts like that many instructions. */
    public void charge(long instructions) {
        if (counter != null) {
            counter.setValue(counter.getValue() - instructions);
        }
    }

    /** A System API call: counts like that many instructions, in a profile as {@code ic0.<function>}. */
    public void chargeSystemApi(String function, long instructions) {
        charge(instructions);
        if (profiler != null) {
            profiler.systemApi(function, instructions);
        }
    }

    public boolean exceeded() {
        return counter != null && counter.getValue() < 0;
    }
}
