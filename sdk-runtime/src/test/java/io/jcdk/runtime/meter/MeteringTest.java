package io.jcdk.runtime.meter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import io.jcdk.runtime.exec.CompiledModules;
import io.jcdk.runtime.testing.TestCanisters;
import io.jcdk.runtime.testing.WasmBuilder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Exact instruction counts of the metering scheme, the IC's cost table: constants, locals and integer arithmetic 1,
 * global.get/set and branches 2, call 5; block, loop, else and end 0; unreachable code costs nothing. Each count is
 * the difference to the same update without the code under test, so the System API's own charges cancel out.
 */
class MeteringTest {
    private static final byte[] NONE = new byte[0];
    private static final int BLOCK = 0x02;
    private static final int LOOP = 0x03;
    private static final int IF = 0x04;
    private static final int ELSE = 0x05;
    private static final int END = 0x0b;
    private static final int BR = 0x0c;
    private static final int BR_IF = 0x0d;
    private static final int RETURN = 0x0f;
    private static final int VOID = 0x40;

    private static long instructions(Consumer<WasmBuilder.Code> code) {
        WasmBuilder b = new WasmBuilder();
        int reply = b.importIc0("msg_reply");
        int g = b.mutableGlobal(WasmBuilder.I32, 0);
        int helper = b.function(null, c -> c.i32(7).globalSet(g));
        b.function("canister_update run", c -> {
            code.accept(c.op()); // the code under test may use global 0 and call function `helper`
            c.call(reply);
        });
        assertEquals(0, g);
        assertEquals(1, helper);
        Replica r = Replica.inMemory();
        assertTrue(r.install("m", b.build(), NONE, InstallMode.INSTALL).isReply());
        CallResult result = r.update("m", "run", NONE);
        assertTrue(result.isReply(), result::describeReject);
        return result.instructions();
    }

    private static long cost(Consumer<WasmBuilder.Code> code) {
        return instructions(code) - instructions(c -> { });
    }

    @Test
    void straightLineCodeCountsEachInstruction() {
        assertEquals(4, cost(c -> c.i32(1).drop().i32(2).drop()));
    }

    @Test
    void aCallCountsTheCallAndTheCalleesInstructions() {
        assertEquals(5 + 1 + 1 + 2, cost(c -> c.call(1)), "call, the callee's entry, i32.const, global.set");
    }

    @Test
    void loopsCountEveryIteration() {
        // g = 0; loop { g = g + 1; br_if (g < 10) }: 3 + 10 * 12
        assertEquals(123, cost(c -> c.i32(0).globalSet(0)
                .op(LOOP, VOID)
                .globalGet(0).i32(1).i32Add().globalSet(0)
                .globalGet(0).i32(10).op(0x49, BR_IF, 0) // i32.lt_u
                .op(END)));
    }

    @Test
    void structureIsFreeAndUnreachableCodeCostsNothing() {
        assertEquals(3, cost(c -> c.op(BLOCK, VOID).i32(1).op(BR_IF, 0).i32(5).drop().op(END)),
                "a taken br_if skips the rest of its block");
        assertEquals(2, cost(c -> c.op(BLOCK, VOID, BR, 0).i32(1).drop().i32(2).drop().op(END)),
                "code after br is never run");
        assertEquals(5, cost(c -> c.i32(0).op(IF, VOID).i32(1).drop().op(ELSE).i32(2).drop().op(END)),
                "only the branch taken counts");
        assertEquals(7, cost(c -> c.op(BLOCK, VOID, BLOCK, VOID, BLOCK, VOID).i32(1).drop().op(END, END, END)
                .i32(2).drop().i32(3).drop().op(0x01))); // nop counts
    }

    @Test
    void aReturnEndsTheCount() {
        WasmBuilder b = new WasmBuilder();
        int reply = b.importIc0("msg_reply");
        b.function("canister_update early", c -> c.call(reply).op(RETURN).i32(1).drop().i32(2).drop());
        b.function("canister_update plain", c -> c.call(reply));
        Replica r = Replica.inMemory();
        assertTrue(r.install("m", b.build(), NONE, InstallMode.INSTALL).isReply());
        assertEquals(r.update("m", "plain", NONE).instructions() + 1, r.update("m", "early", NONE).instructions());
    }

    @Test
    void anEndlessLoopStopsAtTheLimit() {
        WasmBuilder b = new WasmBuilder();
        b.importIc0("msg_reply");
        b.function("canister_update spin", c -> c.op(LOOP, VOID, BR, 0, END));
        Replica r = Replica.inMemory();
        assertTrue(r.install("m", b.build(), NONE, InstallMode.INSTALL).isReply());
        r.setInstructionLimits(InstructionLimits.IC.withUpdate(100_000));
        CallResult spin = r.update("m", "spin", NONE);
        assertTrue(spin.rejectMessage().contains("instruction limit exceeded"), spin::describeReject);
        assertTrue(spin.instructions() > 100_000);
    }

    @Test
    void handWrittenModulesCompileWithoutInterpreterFallback() {
        CompiledModules compiled = new CompiledModules();
        assertTrue(compiled.get(TestCanisters.counter()).interpretedFunctions().isEmpty());
    }
}
