package io.jcdk.runtime.meter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import io.jcdk.runtime.testing.WasmBuilder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Exact counts under the IC's cost model (dfinity/ic instrumentation.rs and the System API charges): whole updates,
 * System API charges included, with and without profiling (the profile's total is always the metered count).
 */
class IcCostModelTest {
    private static final byte[] NONE = new byte[0];
    private static final int LOOP = 0x03;
    private static final int END = 0x0b;
    private static final int BR_IF = 0x0d;
    private static final int VOID = 0x40;
    private static final int[] I32_3 = {WasmBuilder.I32, WasmBuilder.I32, WasmBuilder.I32};
    /** Entry 1, call msg_reply 5, and msg_reply's own 500. */
    private static final long REPLY = 1 + 5 + 500;

    /** An update "run" (plus a query "get" replying the first byte of memory) around {@code code}. */
    private static byte[] module(Consumer<WasmBuilder.Code> code) {
        WasmBuilder b = new WasmBuilder();
        int reply = b.importIc0("msg_reply");
        int append = b.importIc0("msg_reply_data_append");
        b.memory(1, 1);
        int g = b.mutableGlobal(WasmBuilder.I32, 0);
        int empty = b.function(null, c -> { });
        b.function("canister_update run", c -> {
            code.accept(c);
            c.call(reply);
        });
        b.function("canister_query get", c -> c.i32(0).i32(1).call(append).call(reply));
        assertEquals(0, reply);
        assertEquals(1, append);
        assertEquals(0, g);
        assertEquals(2, empty);
        return b.build();
    }

    /** The instructions of one run of the update, checked to be the same with profiling, and the profile's total. */
    private static long run(byte[] wasm) {
        long[] counts = new long[2];
        for (int mode = 0; mode < 2; mode++) {
            Replica r = Replica.inMemory();
            r.setProfiling(mode == 1);
            CallResult installed = r.install("m", wasm, NONE, InstallMode.INSTALL);
            assertTrue(installed.isReply(), installed::describeReject);
            CallResult result = r.update("m", "run", NONE);
            assertTrue(result.isReply(), result::describeReject);
            counts[mode] = result.instructions();
            if (mode == 1) {
                assertEquals(result.instructions(), result.profile().total(), "the profile adds up to the count");
            }
        }
        assertEquals(counts[0], counts[1], "profiling changes no count");
        return counts[0];
    }

    private static long run(Consumer<WasmBuilder.Code> code) {
        return run(module(code));
    }

    @Test
    void aBareUpdateIsItsEntryTheReplyCallAndTheReply() {
        assertEquals(REPLY, run(c -> { }));
    }

    @Test
    void divisionCallAndGlobalGetCostTenFiveAndTwo() {
        // i32.const 84 (1), i32.const 2 (1), i32.div_u (10), drop (1), call empty (5; its entry 1), global.get (2),
        // drop (1)
        assertEquals(REPLY + 1 + 1 + 10 + 1 + 5 + 1 + 2 + 1,
                run(c -> c.i32(84).i32(2).i32DivU().drop().call(2).globalGet(0).drop()));
    }

    @Test
    void anEmptyFunctionCostsOne() {
        assertEquals(REPLY + 5 + 1, run(c -> c.call(2)));
        assertEquals(REPLY + 3 * (5 + 1), run(c -> c.call(2).call(2).call(2)));
    }

    @Test
    void aLoopIsChargedPerIteration() {
        for (int n : new int[] {1, 10, 1000}) {
            // g = 0 (1 + 2); loop { g = g + 1 (2 + 1 + 1 + 2); br_if (g < n) (2 + 1 + 1 + 2) }
            assertEquals(REPLY + 3 + 12L * n, run(c -> c.i32(0).globalSet(0)
                    .op(LOOP, VOID)
                    .globalGet(0).i32(1).i32Add().globalSet(0)
                    .globalGet(0).i32(n).op(0x49, BR_IF, 0) // i32.lt_u
                    .op(END)), "n = " + n);
        }
    }

    @Test
    void memoryCopyCostsAHundredPlusItsSize() {
        for (int n : new int[] {0, 1, 1000, 65536}) {
            assertEquals(REPLY + 3 + 100 + n, run(c -> c.i32(0).i32(0).i32(n).op(0xfc, 10, 0, 0)), "n = " + n);
        }
    }

    @Test
    void memoryFillCostsAHundredPlusItsSize() {
        assertEquals(REPLY + 3 + 100, run(c -> c.i32(0).i32(7).i32(0).op(0xfc, 11, 0)));
        assertEquals(REPLY + 3 + 100 + 4096, run(c -> c.i32(0).i32(7).i32(4096).op(0xfc, 11, 0)));
    }

    @Test
    void bulkInstructionsInAFunctionWithParametersAndLocals() {
        // The fresh local for the size goes after the parameters and the existing locals.
        WasmBuilder b = new WasmBuilder();
        int reply = b.importIc0("msg_reply");
        b.memory(1, 1);
        int copy = b.function(null, I32_3, new int[0],
                c -> c.op(0x20, 0, 0x20, 1, 0x20, 2).op(0xfc, 10, 0, 0) // memory.copy(p0, p1, p2)
                        .op(0x20, 0, 0x20, 1, 0x20, 2).op(0xfc, 11, 0)); // memory.fill(p0, p1, p2)
        b.function("canister_update run", c -> c.i32(8).i32(0).i32(500).call(copy).call(reply));
        // run: 3 consts + call 5; copy: entry 1, 3 local.get, 100 + 500, 3 local.get, 100 + 500
        assertEquals(REPLY + 3 + 5 + 1 + 3 + 600 + 3 + 600, run(b.build()));
    }

    @Test
    void aCopyLargerThanTheRemainingBudgetTrapsAndRollsBack() {
        byte[] wasm = module(c -> c.i32(0).i32(9).i32(1).op(0xfc, 11, 0) // memory[0] = 9
                .i32(0).i32(0).i32(60_000).op(0xfc, 10, 0, 0));
        Replica r = Replica.inMemory();
        assertTrue(r.install("m", wasm, NONE, InstallMode.INSTALL).isReply());
        r.setInstructionLimits(InstructionLimits.IC.withUpdate(50_000));
        CallResult over = r.update("m", "run", NONE);
        assertTrue(over.rejectMessage().contains("instruction limit exceeded"), over::describeReject);
        // The body is one segment, charged in full on entry (1 + two bulk instructions with their constants + the
        // reply call), then the fill's 1 byte and the copy's 60000.
        assertEquals(1 + 2 * (3 + 100) + 5 + 1 + 60_000, over.instructions(), "charged up to the copy's size");
        CallResult get = r.query("m", "get", NONE);
        assertTrue(get.isReply(), get::describeReject);
        assertArrayEquals(new byte[] {0}, get.reply(), "the fill before the copy was rolled back");
        r.setInstructionLimits(InstructionLimits.IC);
        assertTrue(r.update("m", "run", NONE).isReply());
        assertArrayEquals(new byte[] {9}, r.query("m", "get", NONE).reply());
    }

    @Test
    void replyDataCostsFiftyPerByte() {
        // msg_reply_data_append: 500 + 50 per byte (BYTE_TRANSMISSION_COST_FACTOR); the code: 2 consts, call 5
        for (int n : new int[] {0, 1, 100}) {
            assertEquals(REPLY + 2 + 5 + 500 + 50L * n, run(c -> c.i32(0).i32(n).call(1)), "n = " + n);
        }
    }

    @Test
    void copiesOutCostOnePerByteAndStableWritesTheirNewDirtyPages() {
        WasmBuilder b = new WasmBuilder();
        int reply = b.importIc0("msg_reply");
        int argCopy = b.importIc0("msg_arg_data_copy");
        int grow = b.importIc0("stable64_grow");
        int write = b.importIc0("stable64_write");
        int size = b.importIc0("stable64_size");
        b.memory(1, 1);
        b.function("canister_update args", c -> c.i32(0).i32(0).i32(5).call(argCopy).call(reply));
        b.function("canister_update stable", c -> c.i64(1).call(grow).drop()
                .i64(4000).i64(0).i64(200).call(write) // pages 0 and 1, both new: 2 * 1000
                .i64(100).i64(0).i64(5000).call(write) // pages 0 and 1 again: no dirty charge
                .call(size).drop()
                .call(reply));
        Replica r = Replica.inMemory();
        assertTrue(r.install("m", b.build(), NONE, InstallMode.INSTALL).isReply());
        CallResult args = r.update("m", "args", new byte[] {1, 2, 3, 4, 5});
        assertTrue(args.isReply(), args::describeReject);
        assertEquals(REPLY + 3 + 5 + 500 + 5, args.instructions());
        CallResult stable = r.update("m", "stable", NONE);
        assertTrue(stable.isReply(), stable::describeReject);
        long code = 1 + (1 + 5 + 1) + (3 + 5) + (3 + 5) + (5 + 1); // entry, grow and drop, two writes, size and drop
        assertEquals(code + 5 + 500 + 100 + (20 + 200 + 2000) + (20 + 5000) + 0, stable.instructions());
        CallResult again = r.update("m", "stable", NONE);
        assertEquals(stable.instructions(), again.instructions(), "a new message dirties its pages anew");
    }
}
