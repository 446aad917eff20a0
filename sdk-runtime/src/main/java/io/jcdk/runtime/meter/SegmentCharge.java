package io.jcdk.runtime.meter;

/** The code written at the start of each reachable straight-line segment of a function. */
@FunctionalInterface
interface SegmentCharge {
    /**
     * @param cost the segment's instructions (0 for a segment of only structural markers)
     * @param check whether this is a function entry or a loop header, where the limit is checked
     */
    void write(ByteWriter w, long cost, boolean check);

    /**
     * Metering: {@code counter -= cost} (when cost is not 0); at function entry and loop headers also
     * {@code if (counter < 0) unreachable}.
     */
    static SegmentCharge meter(int counter) {
        return (w, cost, check) -> {
            if (cost != 0) {
                w.u8(0x23).u32(counter).u8(0x42).s64(cost).u8(0x7d).u8(0x24).u32(counter);
            }
            if (check) {
                w.u8(0x23).u32(counter).u8(0x42).u8(0x00).u8(0x53).u8(0x04).u8(0x40).u8(0x00).u8(0x0b);
            }
        };
    }

    /** Profiling: {@code function += cost} (when cost is not 0), then the metering charge. */
    static SegmentCharge profile(int counter, int function) {
        SegmentCharge meter = meter(counter);
        return (w, cost, check) -> {
            if (cost != 0) {
                w.u8(0x23).u32(function).u8(0x42).s64(cost).u8(0x7c).u8(0x24).u32(function);
            }
            meter.write(w, cost, check);
        };
    }
}
