package io.jcdk.canister.internal;

/**
 * Java's {@code Math} functions that TeaVM leaves to the host, computed in Java so that a canister gets the JVM's
 * results bit for bit. Pure arithmetic: no allocation, because TeaVM calls these from unmanaged code.
 */
public final class ExactMath {
    private static final long SIGN = 0x8000000000000000L;
    private static final long EXP_MASK = 0x7ff0000000000000L;
    private static final long FRACTION_MASK = 0x000fffffffffffffL;
    private static final long HIDDEN_BIT = 0x0010000000000000L;

    private ExactMath() {
    }

    /** The correctly rounded square root, as IEEE 754 (and so {@code Math.sqrt}) defines it. */
    public static double sqrt(double x) {
        if (x != x || x == Double.POSITIVE_INFINITY || x == 0.0) {
            return x; // NaN, +inf, +0.0 and -0.0 are their own roots
        }
        if (x < 0) {
            return Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) (bits >>> 52);
        long m = bits & FRACTION_MASK;
        if (exp == 0) { // subnormal: normalise the fraction
            while ((m & HIDDEN_BIT) == 0) {
                m <<= 1;
                exp--;
            }
            exp++;
        } else {
            m |= HIDDEN_BIT;
        }
        int e = exp - 1023; // x = m * 2^(e - 52), m in [2^52, 2^53)
        if ((e & 1) != 0) { // make the exponent even
            m <<= 1;
            e--;
        }
        // Square root, digit by digit, of the 108-bit radicand m * 2^54: 54 result bits, the last one for rounding.
        long q = 0;
        long r = 0;
        for (int i = 53; i >= 0; i--) {
            int shift = 2 * i - 54;
            long pair = shift >= 0 ? (m >>> shift) & 3 : 0;
            r = (r << 2) | pair;
            long t = (q << 2) | 1;
            if (r >= t) {
                r -= t;
                q = (q << 1) | 1;
            } else {
                q <<= 1;
            }
        }
        long mant = q >>> 1;
        boolean round = (q & 1) != 0;
        boolean sticky = r != 0;
        if (round && (sticky || (mant & 1) != 0)) {
            mant++;
        }
        int resultExp = e / 2 + 1023;
        if (mant == (HIDDEN_BIT << 1)) {
            mant >>>= 1;
            resultExp++;
        }
        return Double.longBitsToDouble(((long) resultExp << 52) | (mant & FRACTION_MASK));
    }

    /** {@code Math.floor}: the largest integral value not above {@code x}; keeps -0.0, NaN and infinities. */
    public static double floor(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits & EXP_MASK) >>> 52) - 1023;
        if (exp >= 52) {
            return x; // integral already, or NaN / infinity
        }
        if (exp < 0) { // |x| < 1
            if (x == 0.0) {
                return x;
            }
            return (bits & SIGN) != 0 ? -1.0 : 0.0;
        }
        long fraction = FRACTION_MASK >>> exp;
        if ((bits & fraction) == 0) {
            return x;
        }
        if ((bits & SIGN) != 0) {
            bits += HIDDEN_BIT >>> exp;
        }
        return Double.longBitsToDouble(bits & ~fraction);
    }

    /** {@code Math.ceil}: the smallest integral value not below {@code x}; (-1, 0) gives -0.0. */
    public static double ceil(double x) {
        return -floor(-x);
    }

    public static boolean isNaN(double x) {
        return x != x;
    }

    public static boolean isInfinite(double x) {
        return x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY;
    }

    public static boolean isFinite(double x) {
        return x - x == 0.0;
    }

    /** The {@code float} forms: TeaVM's Float imports the same host functions with a float parameter. */
    public static boolean isNaN(float x) {
        return x != x;
    }

    public static boolean isInfinite(float x) {
        return x == Float.POSITIVE_INFINITY || x == Float.NEGATIVE_INFINITY;
    }

    public static boolean isFinite(float x) {
        return x - x == 0.0f;
    }
}
