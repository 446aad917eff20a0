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

    /** Java's {@code %} on doubles: exact, NaN for a zero divisor (TeaVM's gives x for x % 0.0). */
    public static double remainder(double a, double b) {
        return ExactMath.fmod(a, b);
    }

    /** Java's {@code %} on floats: the double remainder of two floats is exact, so narrowing it is too. */
    public static float remainder(float a, float b) {
        return (float) ExactMath.fmod(a, b);
    }

    /** {@code Integer.divideUnsigned}: ArithmeticException for a zero divisor (TeaVM's traps). */
    public static int divideUnsigned(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return (int) ((a & 0xffffffffL) / (b & 0xffffffffL));
    }

    public static int remainderUnsigned(int a, int b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        return (int) ((a & 0xffffffffL) % (b & 0xffffffffL));
    }

    /** {@code Long.divideUnsigned}. */
    public static long divideUnsigned(long a, long b) {
        if (b == 0) {
            throw new ArithmeticException("/ by zero");
        }
        if (b < 0) { // divisor >= 2^63: the quotient is 0 or 1
            return Long.compareUnsigned(a, b) < 0 ? 0 : 1;
        }
        if (a >= 0) {
            return a / b;
        }
        long q = ((a >>> 1) / b) << 1;
        long r = a - q * b;
        return q + (Long.compareUnsigned(r, b) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long a, long b) {
        return a - divideUnsigned(a, b) * b;
    }
}
