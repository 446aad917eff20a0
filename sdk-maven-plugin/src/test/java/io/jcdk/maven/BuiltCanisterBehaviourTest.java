package io.jcdk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.maven.fixtures.HeapGrowthFixture;
import io.jcdk.maven.fixtures.HostFunctionsFixture;
import io.jcdk.maven.fixtures.JavaSemanticsFixture;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modules built by the real pipeline, run on the bundled runtime: what the transformers promise holds in Wasm. */
class BuiltCanisterBehaviourTest {
    private static final byte[] NO_ARGS = {'D', 'I', 'D', 'L', 0, 0};

    private static Replica install(Class<?> fixture) throws Exception {
        byte[] module = CanisterPackager.finish(TeaVmBuild.compile(fixture), "service : {}");
        Replica replica = Replica.inMemory();
        CallResult installed = replica.install("fixture", module, NO_ARGS, InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);
        return replica;
    }

    @Test
    void integerDivisionAndArrayCreationFollowJavaNotWasm() throws Exception {
        Replica replica = install(JavaSemanticsFixture.class);
        CallResult r = replica.update("fixture", "check", NO_ARGS);
        assertTrue(r.isReply(), r::describeReject);
        assertEquals(List.of(
                "int / 0: java.lang.ArithmeticException: / by zero",
                "int % 0: java.lang.ArithmeticException: / by zero",
                "long / 0: java.lang.ArithmeticException: / by zero",
                "long % 0: java.lang.ArithmeticException: / by zero",
                "floorMod(7, 0): java.lang.ArithmeticException: / by zero",
                "MIN_VALUE / -1: " + (Integer.MIN_VALUE / -1),
                "MIN_VALUE % -1: 0",
                "Long.MIN_VALUE / -1: " + (Long.MIN_VALUE / -1),
                "-7 / 2: -3, -7 % 2: -1",
                "new int[-7]: java.lang.NegativeArraySizeException: -7",
                "new int[2][-7]: java.lang.NegativeArraySizeException: -7",
                "sqrt(2): " + Double.doubleToLongBits(StrictMath.sqrt(2)),
                "floor(-2.5): -3.0, ceil(-0.5) bits: " + Double.doubleToLongBits(-0.0),
                "-(0.0) bits: " + Double.doubleToLongBits(-0.0) + ", -(0.0f) bits: " + Float.floatToIntBits(-0.0f),
                "-0.0 prints as -0.0, -0.0"), r.debugOutput());
    }

    @Test
    void mathFunctionsGiveStrictMathResults() throws Exception {
        Replica replica = install(JavaSemanticsFixture.class);
        CallResult r = replica.update("fixture", "sin", NO_ARGS);
        assertTrue(r.isReply(), r::describeReject);
        assertEquals(List.of("sin(1): " + StrictMath.sin(1.0)), r.debugOutput());
    }

    @Test
    void consoleOutputAndTimeReachTheReplica() throws Exception {
        Replica replica = install(HostFunctionsFixture.class);
        CallResult r = replica.update("fixture", "roots", NO_ARGS);
        assertTrue(r.isReply(), r::describeReject);
        long millis = replica.time() / 1_000_000L;
        assertEquals(List.of("roots 10 at " + millis, "nano " + replica.time()), r.debugOutput());
    }

    /** TeaVM's collector grows the heap for one object bigger than the heap (it reported out-of-memory). */
    @Test
    void aFreshCanisterAllocatesArraysLargerThanItsHeap() throws Exception {
        int[] sizes = {1 << 20, (1 << 20) + 4, 3_000_001, 8_000_003};
        for (int i = 0; i < sizes.length; i++) {
            int j = i;
            Replica replica = install(HeapGrowthFixture.class);
            CallResult r = replica.update("fixture", "grow", new byte[] {'D', 'I', 'D', 'L', 0, 0, (byte) i});
            assertTrue(r.isReply(), () -> sizes[j] + " bytes: " + r.describeReject());
            assertEquals(List.of("allocated " + sizes[i] + " and " + (sizes[i] / 4 + 1) + " ints, last " + sizes[i]),
                    r.debugOutput());
        }
    }
}
