package io.jcdk.runtime.meter;

import io.jcdk.runtime.module.InvalidModuleException;
import java.util.function.IntFunction;

/**
 * Adds deterministic instruction counting to a Wasm module before it is compiled, so that metering costs no host
 * calls and keeps the compiler's speed. The counts are the Internet Computer's: its cost table and its way of
 * charging, from dfinity/ic {@code rs/embedders/src/wasm_utils/instrumentation.rs} ({@code instruction_to_cost},
 * {@code injections}, {@code inject_metering}), for wasm32.
 *
 * <p>The module gets one more global, a mutable i64 appended after all existing globals (so no existing index
 * changes): the instructions still allowed in the current message. Every function body is split into straight-line
 * segments, which end after {@code loop}, {@code if}, {@code else}, {@code end}, {@code br}, {@code br_if},
 * {@code br_table}, {@code return}, {@code unreachable}, {@code return_call} and {@code return_call_indirect}. At the
 * start of each segment the code subtracts the static cost of that segment's instructions (see
 * {@link FunctionMeter#cost}: most instructions cost 1; {@code block}, {@code loop}, {@code else} and {@code end} 0;
 * branches 2, {@code global.get/set} 2, {@code call} 5, integer division 10, {@code memory.grow} 300, ...); the first
 * segment of a function costs 1 more, so even an empty function costs 1. A segment whose cost is 0 gets no code,
 * except at a function entry or loop header. Unreachable code (after {@code br}, {@code br_table}, {@code return} or
 * {@code unreachable}, up to the {@code end} or {@code else} that closes its block) never runs and is left as it is.
 * At the start of every function and at every reachable loop header the code also checks the counter and executes
 * {@code unreachable} once it is below zero; the runtime recognises that trap as "instruction limit exceeded" by
 * looking at the counter. The inserted instructions themselves are not counted.
 *
 * <p>The bulk instructions ({@code memory.copy/fill/init}, {@code table.copy/fill/init}) also cost their size
 * operand, 1 per byte or element, on top of their static 100: before each one the code keeps the size (the i32 on
 * top of the stack) in a fresh local of the function, subtracts it from the counter and checks the counter, as the
 * IC does. System API calls are charged by the host functions (see {@code Ic0Costs}).
 *
 * <p>The count depends only on the path through the code and the sizes of the bulk operations, so it is the same
 * on every run (a segment is charged in full when it is entered, even if it traps halfway). Fewer, larger segments
 * matter for load time: each charge is about 13 bytes of JVM bytecode after Chicory compiles the module, and
 * compile time grows with the bytecode.
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
        int[][] params = {null}; // parameter counts of the defined functions, read only when a body needs them
        for (long i = 0; i < count; i++) {
            long size = r.u32();
            int bodyStart = r.pos();
            int bodyEnd = (int) (bodyStart + size);
            int function = (int) i;
            byte[] body = FunctionMeter.instrument(wasm, bodyStart, bodyEnd, charges.apply(function), function, () -> {
                if (params[0] == null) {
                    params[0] = paramCounts(wasm);
                }
                return params[0][function];
            });
            w.u32(body.length).bytes(body);
            r.skip(bodyEnd - bodyStart);
        }
        if (!r.atEnd()) {
            throw new InvalidModuleException("invalid WebAssembly module: code section has trailing bytes");
        }
        return w.toByteArray();
    }

    /** The number of parameters of each defined function, from the type and function sections. */
    private static int[] paramCounts(byte[] wasm) {
        int[] typeParams = new int[0];
        int[] out = new int[0];
        ByteReader r = new ByteReader(wasm, 8, wasm.length);
        while (!r.atEnd()) {
            int id = r.u8();
            long size = r.u32();
            int start = r.pos();
            ByteReader s = new ByteReader(wasm, start, (int) (start + size));
            if (id == 1) {
                typeParams = new int[(int) s.u32()];
                for (int t = 0; t < typeParams.length; t++) {
                    if (s.u8() != 0x60) {
                        throw new InvalidModuleException("invalid WebAssembly module: type " + t
                                + " is not a function type");
                    }
                    typeParams[t] = (int) s.u32();
                    s.skip(typeParams[t]);
                    s.skip((int) s.u32());
                }
            } else if (id == 3) {
                out = new int[(int) s.u32()];
                for (int f = 0; f < out.length; f++) {
                    out[f] = typeParams[(int) s.u32()];
                }
            }
            r.skip((int) size);
        }
        return out;
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
