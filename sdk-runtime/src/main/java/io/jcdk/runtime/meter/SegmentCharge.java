package io.jcdk.runtime.meter;

/** The code written at the start of each reachable straight-line segment of a function, and before bulk instructions. */
interface SegmentCharge {
    /**
     * @param cost the segment's static cost (0 for a segment of only structural markers)
     * @param check whether this is a function entry or a loop header, where the limit is checked
     */
    void write(ByteWriter w, long cost, boolean check);

    /**
     * Before a bulk instruction, after {@code local.tee size}: charges its size operand (an i32, read as unsigned)
     * and leaves the stack as it was.
     */
    void writeDynamic(ByteWriter w, long size);

    /**
     * Metering: {@code counter -= cost} (when cost is not 0); at function entry and loop headers also
     * {@code if (counter < 0) unreachable}. Dynamic: {@code counter -= size; if (counter < 0) unreachable}.
     */
    static SegmentCharge meter(int counter) {
        return new SegmentCharge() {
            @Override
            public void write(ByteWriter w, long cost, boolean check) {
                if (cost != 0) {
                    w.u8(0x23).u32(counter).u8(0x42).s64(cost).u8(0x7d).u8(0x24).u32(counter);
                }
                if (check) {
                    check(w);
                }
            }

            @Override
            public void writeDynamic(ByteWriter w, long size) {
                // global.get counter; local.get size; i64.extend_i32_u; i64.sub; global.set counter
                w.u8(0x23).u32(counter).u8(0x20).u32(size).u8(0xad).u8(0x7d).u8(0x24).u32(counter);
                check(w);
            }

            private void check(ByteWriter w) {
                w.u8(0x23).u32(counter).u8(0x42).u8(0x00).u8(0x53).u8(0x04).u8(0x40).u8(0x00).u8(0x0b);
            }
        };
    }

    /** Profiling: {@code function += cost} (or {@code += size}), then the metering charge. */
    static SegmentCharge profile(int counter, int function) {
        SegmentCharge meter = meter(counter);
        return new SegmentCharge() {
            @Override
            public void write(ByteWriter w, long cost, boolean check) {
                if (cost != 0) {
                    w.u8(0x23).u32(function).u8(0x42).s64(cost).u8(0x7c).u8(0x24).u32(function);
                }
                meter.write(w, cost, check);
            }

            @Override
            public void writeDynamic(ByteWriter w, long size) {
                w.u8(0x23).u32(function).u8(0x20).u32(size).u8(0xad).u8(0x7c).u8(0x24).u32(function);
                meter.writeDynamic(w, size);
            }
        };
    }
}
