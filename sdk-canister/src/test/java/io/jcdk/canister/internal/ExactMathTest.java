package io.jcdk.canister.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactMathTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
        -0.49999999999999994, 4503599627370495.5, -4503599627370495.5, 4503599627370496.0, 9007199254740993.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0, 3.0, 1e-310, 1e300, 0.1, -0.1};

    @Test
    void sqrtFloorCeilMatchStrictMathOnSpecialValues() {
        for (double x : SPECIAL) {
            check(x);
        }
    }

    @Test
    void sqrtFloorCeilMatchStrictMathOnRandomBitPatterns() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 2_000_000; i++) {
            check(Double.longBitsToDouble(random.nextLong()));
            check(random.nextDouble() * 1e6 - 5e5);
        }
    }

    @Test
    void sqrtOfPerfectSquaresIsExact() {
        for (long i = 0; i < 100_000; i++) {
            assertEquals(i, ExactMath.sqrt((double) (i * i)));
        }
    }

    @Test
    void classifiesNaNAndInfinities() {
        for (double x : SPECIAL) {
            assertEquals(Double.isNaN(x), ExactMath.isNaN(x), "isNaN " + x);
            assertEquals(Double.isInfinite(x), ExactMath.isInfinite(x), "isInfinite " + x);
            assertEquals(Double.isFinite(x), ExactMath.isFinite(x), "isFinite " + x);
        }
    }

    private static void check(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.sqrt(x)) | nanBits(StrictMath.sqrt(x)),
                Double.doubleToRawLongBits(ExactMath.sqrt(x)) | nanBits(ExactMath.sqrt(x)), () -> "sqrt " + x);
        assertEquals(Double.doubleToLongBits(StrictMath.floor(x)), Double.doubleToLongBits(ExactMath.floor(x)),
                () -> "floor " + x);
        assertEquals(Double.doubleToLongBits(StrictMath.ceil(x)), Double.doubleToLongBits(ExactMath.ceil(x)),
                () -> "ceil " + x);
    }

    /** NaN payloads may differ; compare all NaNs as one. */
    private static long nanBits(double d) {
        return d != d ? -1L : 0L;
    }
}
