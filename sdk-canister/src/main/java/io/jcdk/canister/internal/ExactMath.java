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

    /** {@code Math.rint}: the nearest integral value, ties to even; keeps the sign of zero. */
    public static double rint(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exp = (int) ((bits & EXP_MASK) >>> 52) - 1023;
        if (exp >= 52) {
            return a; // integral already, or NaN / infinity
        }
        double twoTo52 = 4503599627370496.0;
        double magnitude = Double.longBitsToDouble(bits & ~SIGN);
        magnitude = (twoTo52 + magnitude) - twoTo52; // the addition rounds to an integer, ties to even
        return Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) | (bits & SIGN));
    }

    /** {@code Math.round(double)}: floor(a + 1/2) computed without the addition's rounding error. */
    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        long biasedExp = (bits & EXP_MASK) >> 52;
        long shift = (51 + 1023) - biasedExp;
        if ((shift & -64) == 0) { // 0 <= shift < 64: the value has a fractional part or fits as is
            long r = (bits & FRACTION_MASK) | HIDDEN_BIT;
            if (bits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        return (long) a; // |a| < 1/2 (0), very large (saturates) or NaN (0), as Java's conversion does
    }

    /** {@code Math.round(float)}. */
    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int biasedExp = (bits & 0x7f800000) >> 23;
        int shift = (22 + 127) - biasedExp;
        if ((shift & -32) == 0) {
            int r = (bits & 0x007fffff) | 0x00800000;
            if (bits < 0) {
                r = -r;
            }
            return ((r >> shift) + 1) >> 1;
        }
        return (int) a;
    }

    /** The exact remainder of x / y with the sign of x (C's fmod, Java's {@code %} on doubles). */
    public static double fmod(double x, double y) {
        if (x != x || y != y || isInfinite(x) || y == 0.0) {
            return Double.NaN;
        }
        long bx = Double.doubleToRawLongBits(x);
        long by = Double.doubleToRawLongBits(y) & ~SIGN;
        long sx = bx & SIGN;
        bx &= ~SIGN;
        if (bx < by || by == EXP_MASK) {
            return x; // |x| < |y|, or y infinite
        }
        int ex = (int) (bx >>> 52);
        int ey = (int) (by >>> 52);
        long mx;
        long my;
        if (ex == 0) {
            int shift = Long.numberOfLeadingZeros(bx) - 11;
            mx = bx << shift;
            ex = 1 - shift;
        } else {
            mx = (bx & FRACTION_MASK) | HIDDEN_BIT;
        }
        if (ey == 0) {
            int shift = Long.numberOfLeadingZeros(by) - 11;
            my = by << shift;
            ey = 1 - shift;
        } else {
            my = (by & FRACTION_MASK) | HIDDEN_BIT;
        }
        for (; ex > ey; ex--) {
            if (mx >= my) {
                mx -= my;
            }
            mx <<= 1;
        }
        if (mx >= my) {
            mx -= my;
        }
        if (mx == 0) {
            return Double.longBitsToDouble(sx);
        }
        while (mx < HIDDEN_BIT) {
            mx <<= 1;
            ey--;
        }
        long bits;
        if (ey > 0) {
            bits = ((long) ey << 52) | (mx & FRACTION_MASK);
        } else {
            bits = mx >>> (1 - ey);
        }
        return Double.longBitsToDouble(bits | sx);
    }

    /** {@code Math.ulp(double)}: the distance to the next double of larger magnitude. */
    public static double ulp(double d) {
        long bits = Double.doubleToRawLongBits(d) & ~SIGN;
        int exp = (int) (bits >>> 52);
        if (exp == 0x7ff) {
            return bits == EXP_MASK ? Double.POSITIVE_INFINITY : d * d; // infinity, NaN
        }
        if (exp == 0x7fe) {
            return Double.longBitsToDouble(0x7ca0000000000000L); // 2^971
        }
        if (exp <= 52) { // the ulp is subnormal: 2^(exp - 1075), at least MIN_VALUE
            return Double.longBitsToDouble(exp <= 1 ? 1L : 1L << (exp - 1));
        }
        return Double.longBitsToDouble((long) (exp - 52) << 52);
    }
}
