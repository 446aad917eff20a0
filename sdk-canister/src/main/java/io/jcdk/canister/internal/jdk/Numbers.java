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

    /** {@code Integer.parseInt(String, int)}: the JDK's digits (any Unicode decimal digit) and messages. */
    public static int parseInt(String s, int radix) {
        return (int) parse(s, radix, Integer.MIN_VALUE);
    }

    /** {@code Integer.parseInt(String)}. */
    public static int parseInt(String s) {
        return parseInt(s, 10);
    }

    /** {@code Long.parseLong(String, int)}. */
    public static long parseLong(String s, int radix) {
        return parse(s, radix, Long.MIN_VALUE);
    }

    /** {@code Long.parseLong(String)}. */
    public static long parseLong(String s) {
        return parse(s, 10, Long.MIN_VALUE);
    }

    /** A signed number in [min, -(min + 1)], accumulated negatively so that min itself fits. */
    private static long parse(String s, int radix, long min) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i == n) {
            throw forInput(s, radix);
        }
        long limit = negative ? min : min + 1;
        long result = 0;
        for (; i < n; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < limit / radix) {
                throw forInput(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInput(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** {@code BigInteger.hashCode}, as the JDK: 31 * h + each 32-bit word of the magnitude, times the sign. */
    public static int hashCode(java.math.BigInteger value) {
        byte[] bytes = value.abs().toByteArray();
        int h = 0;
        int first = bytes.length % 4;
        int word = 0;
        for (int i = 0; i < bytes.length; i++) {
            word = (word << 8) | (bytes[i] & 0xff);
            if ((i + 1) % 4 == first) {
                // a word is complete; the leading zero words (from the sign byte) add nothing to h
                h = 31 * h + word;
                word = 0;
            }
        }
        return h * value.signum();
    }

    /** {@code BigDecimal.hashCode}, as the JDK: 31 * the unscaled value's hash + the scale. */
    public static int hashCode(java.math.BigDecimal value) {
        return 31 * hashCode(value.unscaledValue()) + value.scale();
    }

    /** {@code BigInteger.doubleValue}: rounded to nearest, ties to even, as the JDK (TeaVM's may be 1 ulp off). */
    public static double doubleValue(java.math.BigInteger value) {
        java.math.BigInteger abs = value.abs();
        int n = abs.bitLength();
        if (n <= 62) {
            return (double) value.longValue();
        }
        int shift = n - 54;
        long m = abs.shiftRight(shift).longValue();
        boolean sticky = abs.getLowestSetBit() < shift;
        long rounded = (m >> 1) + ((m & 1) != 0 && (sticky || (m & 2) != 0) ? 1 : 0);
        if (rounded == 1L << 53) {
            rounded >>= 1;
            shift++;
        }
        // rounded * 2^(shift + 1), with rounded in [2^52, 2^53): the exponent is 52 + shift + 1
        long exponent = 52 + shift + 1 + 1023;
        double magnitude = exponent > 2046 ? Double.POSITIVE_INFINITY
                : Double.longBitsToDouble(exponent << 52 | (rounded & ((1L << 52) - 1)));
        return value.signum() < 0 ? -magnitude : magnitude;
    }
}
