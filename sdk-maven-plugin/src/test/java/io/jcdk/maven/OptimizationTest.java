package io.jcdk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jcdk.maven.teavm.TeaVmCompiler.Optimization;
import org.junit.jupiter.api.Test;

class OptimizationTest {
    @Test
    void speedAndSizeInAnyCaseAndNothingElse() {
        assertEquals(Optimization.SPEED, Optimization.parse("speed"));
        assertEquals(Optimization.SIZE, Optimization.parse("SIZE"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimization.parse("fast"));
        assertEquals("jcdk.optimize must be speed or size, not 'fast'", e.getMessage());
    }
}
