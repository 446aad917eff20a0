package io.jcdk.runtime.meter;

import io.jcdk.runtime.module.InvalidModuleException;
import java.util.Arrays;

/**
 * Instruments one function body: splits it into straight-line segments and puts a {@link SegmentCharge} at the start
 * of each reachable one (see {@link MeteringInstrumenter} for the scheme). The charge decides what code is written,
 * so metering and profiling share this walk.
 */
final class FunctionMeter {
    private static final int LOOP = 0x03;

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

    static byte[] instrument(byte[] wasm, int start, int end, SegmentCharge charge, int function) {
        return new FunctionMeter(wasm, charge, function).run(start, end);
    }

    private byte[] run(int start, int end) {
        ByteReader r = new ByteReader(wasm, start, end);
        long groups = r.u32();
        for (long i = 0; i < groups; i++) {
            r.u32();
            r.u8();
        }
        int codeStart = r.pos();
        while (!r.atEnd()) {
            add(r.pos(), decode(r));
        }
        ByteWriter w = new ByteWriter((end - start) * 3 / 2 + 32);
        w.bytes(wasm, start, codeStart);
        boolean check = true; // function entry
        int depth = 0; // open blocks, loops and ifs
        int deadDepth = -1; // >= 0: code is unreachable until the end or else that closes this depth
        boolean segmentStart = true;
        for (int i = 0; i < n; i++) {
            int op = opcodes[i];
            if (segmentStart && deadDepth < 0) {
                long cost = 0;
                for (int j = i; j < n; j++) {
                    cost += cost(opcodes[j]);
                    if (endsSegment(opcodes[j])) {
                        break;
                    }
                }
                charge.write(w, cost, check);
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

    /**
     * Instructions that only mark structure ({@code block}, {@code loop}, {@code else}, {@code end}) cost nothing,
     * as on the IC; every other instruction costs 1.
     */
    private static int cost(int op) {
        return op == 0x02 || op == 0x03 || op == 0x05 || op == 0x0b ? 0 : 1;
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
