package io.jcdk.canister.internal;

/**
 * Java's integer division and array-creation rules, which TeaVM's Wasm output does not keep: Wasm traps on a zero
 * divisor and on {@code MIN_VALUE / -1}, and {@code new int[-1]} becomes an out-of-bounds access. The build
 * plugin's {@code JavaSemanticsTransformer} routes every {@code int}/{@code long} division and remainder and every
 * array creation of the canister (and of the class library) through these methods. This class itself is exempt,
 * so its own {@code /} and {@code %} are the machine's.
 */
public final class JavaArithmetic {
    private JavaArithmetic() {
    }

    public static int divide(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? -a : a / b; // -MIN_VALUE wraps to MIN_VALUE, as in Java
    }

    public static int remainder(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? 0 : a % b;
    }

    public static long divide(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? -a : a / b;
    }

    public static long remainder(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return b == -1 ? 0 : a % b;
    }

    /** Java's {@code -x}: multiplying by -1 flips the sign bit exactly, zeros and infinities included. */
    public static double negate(double x) {
        return x * -1.0;
    }

    public static float negate(float x) {
        return x * -1.0f;
    }

    /** The size of a new array, or NegativeArraySizeException as the JVM throws. */
    public static int arraySize(int size) {
        if (size < 0) {
            throw new NegativeArraySizeException(Integer.toString(size));
        }
        return size;
    }
}
