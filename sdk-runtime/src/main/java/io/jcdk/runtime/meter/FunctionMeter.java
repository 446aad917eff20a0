package io.jcdk.runtime.meter;

import io.jcdk.runtime.module.InvalidModuleException;
import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * Instruments one function body: splits it into straight-line segments and puts a {@link SegmentCharge} at the start
 * of each reachable one, and a dynamic charge before each bulk memory or table instruction (see
 * {@link MeteringInstrumenter} for the scheme). The charge decides what code is written, so metering and profiling
 * share this walk.
 */
final class FunctionMeter {
    private static final int LOOP = 0x03;
    /** Static costs of the one-byte opcodes, and of the 0xFC-prefixed ones by sub-opcode. */
    private static final int[] COST = new int[256];
    private static final int[] COST_FC = new int[18];

    static {
        costs();
    }

    private final byte[] wasm;
    private final SegmentCharge charge;
    private final int function;
    private int[] starts = new int[256];
    private int[] opcodes = new int[256];
    private int n;

    private FunctionMeter(byte[] wasm, SegmentCharge charge, int function) {
        this.wasm = wasm;
        this.charge = charge;
        this.function = function;
    }

    /**
     * @param params the number of parameters of this function (asked only when the body has a bulk instruction,
     *     which needs a fresh local)
     */
    static byte[] instrument(byte[] wasm, int start, int end, SegmentCharge charge, int function, IntSupplier params) {
        return new FunctionMeter(wasm, charge, function).run(start, end, params);
    }

    private byte[] run(int start, int end, IntSupplier params) {
        ByteReader r = new ByteReader(wasm, start, end);
        long groups = r.u32();
        int groupsStart = r.pos();
        long locals = 0;
        for (long i = 0; i < groups; i++) {
            locals += r.u32();
            r.u8();
        }
        int codeStart = r.pos();
        boolean bulk = false;
        while (!r.atEnd()) {
            int pos = r.pos();
            int op = decode(r);
            bulk |= dynamic(op);
            add(pos, op);
        }
        ByteWriter w = new ByteWriter((end - start) * 3 / 2 + 32);
        long size = -1; // the fresh i32 local that holds a bulk instruction's size operand
        if (bulk) {
            size = params.getAsInt() + locals;
            w.u32(groups + 1).bytes(wasm, groupsStart, codeStart).u32(1).u8(0x7f);
        } else {
            w.bytes(wasm, start, codeStart);
        }
        boolean check = true; // function entry
        int depth = 0; // open blocks, loops and ifs
        int deadDepth = -1; // >= 0: code is unreachable until the end or else that closes this depth
        boolean segmentStart = true;
        for (int i = 0; i < n; i++) {
            int op = opcodes[i];
            boolean reachable = deadDepth < 0;
            boolean dynamicCharge = reachable && dynamic(op);
            if (dynamicCharge && segmentStart) {
                // The IC orders a dynamic charge before the static one of a segment that starts at the same place.
                dynamic(w, size);
                dynamicCharge = false;
            }
            if (segmentStart && reachable) {
                long cost = i == 0 ? 1 : 0; // the IC starts every function at 1, so an empty one costs something
                for (int j = i; j < n; j++) {
                    cost += cost(opcodes[j]);
                    if (endsSegment(opcodes[j])) {
                        break;
                    }
                }
                charge.write(w, cost, check);
            }
            if (dynamicCharge) {
                dynamic(w, size);
            }
            int instrEnd = i + 1 < n ? starts[i + 1] : end;
            w.bytes(wasm, starts[i], instrEnd);
            segmentStart = endsSegment(op);
            if (segmentStart) {
                check = op == LOOP;
            }
            switch (op) {
                case 0x02, 0x03, 0x04 -> depth++;
                case 0x05 -> { // else: the else branch is reachable when its if was
                    if (deadDepth == depth) {
                        deadDepth = -1;
                    }
                }
                case 0x0b -> {
                    if (deadDepth == depth) {
                        deadDepth = -1;
                    }
                    depth--;
                }
                case 0x00, 0x0c, 0x0e, 0x0f -> { // unreachable, br, br_table, return
                    if (deadDepth < 0) {
                        deadDepth = depth;
                    }
                }
                default -> { }
            }
        }
        return w.toByteArray();
    }

    /** {@code local.tee size}, then the charge's code, which reads the size from that local. */
    private void dynamic(ByteWriter w, long size) {
        w.u8(0x22).u32(size);
        charge.writeDynamic(w, size);
    }

    /**
     * The bulk instructions whose size operand (the i32 on top of the stack) the IC charges at run time:
     * memory.init, memory.copy, memory.fill, table.init, table.copy, table.fill.
     */
    static boolean dynamic(int op) {
        return op >= 0xfc00 && (op == 0xfc08 || op == 0xfc0a || op == 0xfc0b || op == 0xfc0c || op == 0xfc0e
                || op == 0xfc11);
    }

    /** The IC's static cost of an instruction (opcode as {@link #decode} returns it). */
    static int cost(int op) {
        return op < 0x100 ? COST[op] : COST_FC[op & 0xff];
    }

    /**
     * The IC's cost table for wasm32 (dfinity/ic, rs/embedders/src/wasm_utils/instrumentation.rs,
     * {@code instruction_to_cost}); anything not listed there costs 1. SIMD, which the runtime rejects, is left out.
     */
    private static void costs() {
        Arrays.fill(COST, 1);
        set(COST, 0, 0x02, 0x03, 0x05, 0x0b); // block, loop, else, end
        set(COST, 2, 0x04, 0x0c, 0x0d, 0x0e); // if, br, br_if, br_table
        set(COST, 5, 0x10); // call
        set(COST, 10, 0x11); // call_indirect
        set(COST, 3, 0x12); // return_call
        set(COST, 60, 0x13); // return_call_indirect
        set(COST, 2, 0x23, 0x24); // global.get, global.set
        set(COST, 5, 0x25, 0x26); // table.get, table.set
        set(COST, 20, 0x3f); // memory.size
        set(COST, 300, 0x40); // memory.grow
        set(COST, 10, 0x6d, 0x6e, 0x6f, 0x70, 0x7f, 0x80, 0x81, 0x82); // i32/i64 div_s, div_u, rem_s, rem_u
        for (int op = 0x5b; op <= 0x66; op++) {
            COST[op] = 3; // f32/f64 eq, ne, lt, gt, le, ge
        }
        // f32: abs, neg, ceil, floor, trunc, nearest, sqrt, add, sub, mul, div, min, max, copysign
        int[] f32 = {1, 1, 2, 2, 2, 2, 5, 2, 2, 2, 3, 18, 18, 2};
        int[] f64 = {1, 1, 2, 2, 2, 2, 8, 2, 2, 2, 5, 18, 18, 3};
        System.arraycopy(f32, 0, COST, 0x8b, f32.length);
        System.arraycopy(f64, 0, COST, 0x99, f64.length);
        set(COST, 20, 0xa8, 0xa9, 0xaa, 0xab, 0xae, 0xaf, 0xb0, 0xb1); // i32/i64.trunc_f32/f64_s/u
        set(COST, 3, 0xb2, 0xb4, 0xb7, 0xb9); // f32/f64.convert_i32/i64_s
        set(COST, 16, 0xb3, 0xb5, 0xb8, 0xba); // f32/f64.convert_i32/i64_u
        set(COST, 5, 0xd1); // ref.is_null
        set(COST, 130, 0xd2); // ref.func
        Arrays.fill(COST_FC, 0, 8, 20); // i32/i64.trunc_sat_f32/f64_s/u
        set(COST_FC, 100, 8, 10, 11, 12, 14, 17); // memory.init, memory.copy, memory.fill, table.init/copy/fill
        set(COST_FC, 300, 9, 13, 15); // data.drop, elem.drop, table.grow
        set(COST_FC, 100, 16); // table.size
    }

    private static void set(int[] table, int cost, int... ops) {
        for (int op : ops) {
            table[op] = cost;
        }
    }

    private void add(int pos, int opcode) {
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            opcodes = Arrays.copyOf(opcodes, n * 2);
        }
        starts[n] = pos;
        opcodes[n] = opcode;
        n++;
    }

    private static boolean endsSegment(int op) {
        return switch (op) {
            case 0x00, 0x03, 0x04, 0x05, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x12, 0x13 -> true;
            default -> false;
        };
    }

    /** Reads one instruction with its immediates; returns its opcode (prefixed ones as 0xFC00 | sub-opcode). */
    private int decode(ByteReader r) {
        int op = r.u8();
        switch (op) {
            case 0x02, 0x03, 0x04 -> r.skipSigned(); // block type
            case 0x0c, 0x0d, 0x10, 0x12, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xd2 -> r.u32();
            case 0x0e -> {
                long targets = r.u32();
                for (long i = 0; i <= targets; i++) {
                    r.u32();
                }
            }
            case 0x11, 0x13 -> {
                r.u32();
                r.u32();
            }
            case 0x1c -> {
                long types = r.u32();
                r.skip((int) types);
            }
            case 0x3f, 0x40 -> r.u32();
            case 0x41, 0x42 -> r.skipSigned();
            case 0x43 -> r.skip(4);
            case 0x44 -> r.skip(8);
            case 0xd0 -> r.u8();
            case 0xfc -> {
                int sub = (int) r.u32();
                switch (sub) {
                    case 0, 1, 2, 3, 4, 5, 6, 7 -> { }
                    case 9, 11, 13, 15, 16, 17 -> r.u32();
                    case 8, 10, 12, 14 -> {
                        r.u32();
                        r.u32();
                    }
                    default -> throw unsupported(r, "0xfc " + sub);
                }
                return 0xfc00 | sub;
            }
            default -> {
                if ((op >= 0x28 && op <= 0x3e)) {
                    r.u32();
                    r.u32();
                } else if (op == 0x00 || op == 0x01 || op == 0x05 || op == 0x0b || op == 0x0f || op == 0x1a
                        || op == 0x1b || (op >= 0x45 && op <= 0xc4) || op == 0xd1) {
                    // no immediates
                } else {
                    throw unsupported(r, String.format("0x%02x", op));
                }
            }
        }
        return op;
    }

    private InvalidModuleException unsupported(ByteReader r, String op) {
        return new InvalidModuleException("function " + function + " uses instruction " + op + " at byte "
                + (r.pos() - 1) + ", which the JCDK runtime does not support (MVP, bulk memory, sign extension, "
                + "non-trapping float-to-int and reference types are supported; SIMD, exceptions and threads are not)");
    }
}
