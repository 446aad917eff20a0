package io.jcdk.runtime.meter;

import io.jcdk.runtime.module.InvalidModuleException;
import java.util.function.IntFunction;

/**
 * Adds deterministic instruction counting to a Wasm module before it is compiled, so that metering costs no host
 * calls and keeps the compiler's speed.
 *
 * <p>The module gets one more global, a mutable i64 appended after all existing globals (so no existing index
 * changes): the instructions still allowed in the current message. Every function body is split into straight-line
 * segments, which end after {@code loop}, {@code if}, {@code else}, {@code end}, {@code br}, {@code br_if},
 * {@code br_table}, {@code return} and {@code unreachable}. At the start of each segment the code subtracts the
 * number of instructions of that segment: every Wasm instruction counts 1, except the structural markers
 * {@code block}, {@code loop}, {@code else} and {@code end}, which count 0 (as on the IC), so a segment of only
 * those gets no code. Unreachable code (after {@code br}, {@code br_table}, {@code return} or {@code unreachable},
 * up to the {@code end} or {@code else} that closes its block) never runs and is left as it is. At the start of
 * every function and at every reachable loop header the code also checks the counter and executes
 * {@code unreachable} once it is below zero; the runtime recognises that trap as "instruction limit exceeded" by
 * looking at the counter. The inserted instructions themselves are not counted.
 *
 * <p>The count is the number of non-structural instructions executed (a segment is charged in full when it is
 * entered, even if it traps halfway); it depends only on the path through the code, so it is the same on every run.
 * Fewer, larger segments matter for load time: each charge is about 13 bytes of JVM bytecode after Chicory compiles
 * the module, and compile time grows with the bytecode.
 */
public final class MeteringInstrumenter {
    private static final int[] SECTION_RANK = rank();

    private MeteringInstrumenter() {}

    /** The instrumented module and the index of its counter global. */
    public record Result(byte[] wasm, int counterGlobal) {}

    public static Result instrument(byte[] wasm) {
        ModuleCounts counts = ModuleCounts.of(wasm);
        int counter = counts.importedGlobals() + counts.definedGlobals();
        return new Result(rewrite(wasm, 1, function -> SegmentCharge.meter(counter)), counter);
    }

    /**
     * The walk both modes share: appends {@code addedGlobals} mutable i64 globals (initialised to 0) after all
     * existing globals, the first of them the counter, and instruments every function body with the charge that
     * {@code charges} gives for its index among the defined functions.
     */
    static byte[] rewrite(byte[] wasm, int addedGlobals, IntFunction<SegmentCharge> charges) {
        ByteWriter out = new ByteWriter(wasm.length + wasm.length / 4 + 64);
        out.bytes(wasm, 0, 8);
        boolean globalsWritten = false;
        ByteReader r = new ByteReader(wasm, 8, wasm.length);
        while (!r.atEnd()) {
            int id = r.u8();
            long size = r.u32();
            int start = r.pos();
            int end = (int) (start + size);
            if (!globalsWritten && id != 0 && SECTION_RANK[id] > SECTION_RANK[6]) {
                section(out, 6, newGlobalSection(null, 0, 0, addedGlobals));
                globalsWritten = true;
            }
            if (id == 6) {
                section(out, 6, newGlobalSection(wasm, start, end, addedGlobals));
                globalsWritten = true;
            } else if (id == 10) {
                section(out, 10, instrumentCode(wasm, start, end, charges));
            } else {
                out.u8(id).u32(size).bytes(wasm, start, end);
            }
            r.skip(end - start);
        }
        if (!globalsWritten) {
            section(out, 6, newGlobalSection(null, 0, 0, addedGlobals));
        }
        return out.toByteArray();
    }

    private static void section(ByteWriter out, int id, byte[] content) {
        out.u8(id).u32(content.length).bytes(content);
    }

    private static byte[] newGlobalSection(byte[] wasm, int start, int end, int added) {
        ByteWriter w = new ByteWriter(end - start + 16 + 5 * added);
        if (wasm == null) {
            w.u32(added);
        } else {
            ByteReader r = new ByteReader(wasm, start, end);
            long count = r.u32();
            w.u32(count + added).bytes(wasm, r.pos(), end);
        }
        for (int i = 0; i < added; i++) {
            // (global (mut i64) (i64.const 0))
            w.u8(0x7e).u8(0x01).u8(0x42).u8(0x00).u8(0x0b);
        }
        return w.toByteArray();
    }

    private static byte[] instrumentCode(byte[] wasm, int start, int end, IntFunction<SegmentCharge> charges) {
        ByteReader r = new ByteReader(wasm, start, end);
        long count = r.u32();
        ByteWriter w = new ByteWriter((end - start) * 2);
        w.u32(count);
        for (long i = 0; i < count; i++) {
            long size = r.u32();
            int bodyStart = r.pos();
            int bodyEnd = (int) (bodyStart + size);
            byte[] body = FunctionMeter.instrument(wasm, bodyStart, bodyEnd, charges.apply((int) i), (int) i);
            w.u32(body.length).bytes(body);
            r.skip(bodyEnd - bodyStart);
        }
        if (!r.atEnd()) {
            throw new InvalidModuleException("invalid WebAssembly module: code section has trailing bytes");
        }
        return w.toByteArray();
    }

    /** Binary order of the known sections (tag, 13, sits between memory and global; data count, 12, before code). */
    private static int[] rank() {
        int[] rank = new int[256];
        int[] order = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};
        for (int i = 0; i < rank.length; i++) {
            rank[i] = 100;
        }
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i + 1;
        }
        return rank;
    }
}
