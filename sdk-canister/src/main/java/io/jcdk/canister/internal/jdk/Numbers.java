package io.jcdk.canister.internal.jdk;

/** Methods of Integer and Long that TeaVM's class library lacks. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code Integer.sum}. */
    public static int sum(int a, int b) {
        return a + b;
    }

    /** {@code Long.sum}. */
    public static long sum(long a, long b) {
        return a + b;
    }

    /** {@code Integer.toUnsignedLong}. */
    public static long toUnsignedLong(int x) {
        return x & 0xffffffffL;
    }

    /** {@code Long.max}. */
    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    /** {@code Long.min}. */
    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /** {@code Double.sum}. */
    public static double sum(double a, double b) {
        return a + b;
    }

    /** {@code Double.max}: as Math.max (NaN wins, +0.0 above -0.0). */
    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    /** {@code Double.min}. */
    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    /** {@code Float.sum}. */
    public static float sum(float a, float b) {
        return a + b;
    }

    /** {@code Float.max}. */
    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    /** {@code Float.min}. */
    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    /** {@code Math.multiplyHigh}: the high 64 bits of the 128-bit product. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    /** {@code Integer.parseUnsignedInt(String)}. */
    public static int parseUnsignedInt(String s) {
        return parseUnsignedInt(s, 10);
    }

    /** {@code Integer.parseUnsignedInt(String, int)}. */
    public static int parseUnsignedInt(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string: null");
        }
        if (!s.isEmpty() && s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        long value = Long.parseLong(s, radix);
        if ((value & 0xffffffff00000000L) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) value;
    }

    /** {@code Long.parseUnsignedLong(String)}. */
    public static long parseUnsignedLong(String s) {
        return parseUnsignedLong(s, 10);
    }

    /** {@code Long.parseUnsignedLong(String, int)}: as the JDK, including its exception types. */
    public static long parseUnsignedLong(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string: null");
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " out of range");
        }
        int n = s.length();
        if (n == 0) {
            throw new NumberFormatException("For input string: \"\"" + (radix == 10 ? "" : " under radix " + radix));
        }
        int i = 0;
        char first = s.charAt(0);
        if (first == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (first == '+') {
            i = 1;
            if (n == 1) {
                throw forInput(s, radix);
            }
        }
        long result = 0;
        for (; i < n; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0) {
                throw forInput(s, radix);
            }
            // result * radix + digit must stay below 2^64
            long hi = multiplyHigh(result, radix) + ((result >> 63) & radix);
            long lo = result * radix;
            long sum = lo + digit;
            if (hi != 0 || Long.compareUnsigned(sum, lo) < 0) {
                throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
            }
            result = sum;
        }
        return result;
    }

    private static NumberFormatException forInput(String s, int radix) {
        return new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? ""
                : " under radix " + radix));
    }
}
