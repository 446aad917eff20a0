package io.jcdk.canister.internal.jdk;

/**
 * Double and float to text and back, as the JVM does it: {@code Double.toString}/{@code Float.toString} follow the
 * JDK 19+ specification (the shortest decimal that rounds to the value, the closest of those, at least two digits
 * when one would do), and {@code parseDouble}/{@code parseFloat} accept {@code Double.valueOf}'s grammar and round
 * correctly (half-even on the exact value, straight to float for floats). Both use exact arithmetic on
 * {@link Nat} except on the exact fast paths. TeaVM's own versions print other digits and round some inputs
 * differently.
 */
public final class FloatingText {
    private static final int DOUBLE_P = 53;
    private static final int DOUBLE_MIN_EXP = -1074;
    private static final int FLOAT_P = 24;
    private static final int FLOAT_MIN_EXP = -149;
    /** Decimal digits kept; more than the 768 significant digits any double halfway point can have. */
    private static final int MAX_DIGITS = 800;

    private FloatingText() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Entry points (ClassLibraryPatches wires them in place of TeaVM's)

    /** {@code Double.toString(double)}, {@code String.valueOf(double)}. */
    public static String toString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        return format(bits < 0, biased, fraction, 0x7FF, 52, DOUBLE_MIN_EXP);
    }

    /** {@code Float.toString(float)}, {@code String.valueOf(float)}. */
    public static String toString(float f) {
        int bits = Float.floatToRawIntBits(f);
        int biased = (bits >>> 23) & 0xFF;
        long fraction = bits & 0x7FFFFF;
        return format(bits < 0, biased, fraction, 0xFF, 23, FLOAT_MIN_EXP);
    }

    /** {@code StringBuilder.append(double)}, also string concatenation. */
    public static StringBuilder append(StringBuilder sb, double d) {
        return sb.append(toString(d));
    }

    /** {@code StringBuilder.append(float)}, also string concatenation. */
    public static StringBuilder append(StringBuilder sb, float f) {
        return sb.append(toString(f));
    }

    /** {@code StringBuilder.insert(int, double)}. */
    public static StringBuilder insert(StringBuilder sb, int offset, double d) {
        return sb.insert(offset, toString(d));
    }

    /** {@code StringBuilder.insert(int, float)}. */
    public static StringBuilder insert(StringBuilder sb, int offset, float f) {
        return sb.insert(offset, toString(f));
    }

    /** {@code StringBuffer.append(double)}. */
    public static StringBuffer append(StringBuffer sb, double d) {
        return sb.append(toString(d));
    }

    /** {@code StringBuffer.append(float)}. */
    public static StringBuffer append(StringBuffer sb, float f) {
        return sb.append(toString(f));
    }

    /** {@code StringBuffer.insert(int, double)}. */
    public static StringBuffer insert(StringBuffer sb, int offset, double d) {
        return sb.insert(offset, toString(d));
    }

    /** {@code StringBuffer.insert(int, float)}. */
    public static StringBuffer insert(StringBuffer sb, int offset, float f) {
        return sb.insert(offset, toString(f));
    }

    /** {@code Double.parseDouble} (and so {@code Double.valueOf(String)}, {@code new Double(String)}). */
    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, true));
    }

    /** {@code Float.parseFloat} (and so {@code Float.valueOf(String)}, {@code new Float(String)}). */
    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, false));
    }

    // ---------------------------------------------------------------------------------------------------------
    // To text

    private static String format(boolean negative, int biased, long fraction, int maxBiased, int fractionBits,
            int minExp) {
        if (biased == maxBiased) {
            return fraction != 0 ? "NaN" : negative ? "-Infinity" : "Infinity";
        }
        if (biased == 0 && fraction == 0) {
            return negative ? "-0.0" : "0.0";
        }
        long f;
        int e;
        if (biased == 0) {
            f = fraction;
            e = minExp;
        } else {
            f = fraction | (1L << fractionBits);
            e = biased - 1 + minExp;
        }
        // the value is f * 2^e; the decimals that round to it lie within half a gap to each neighbour (closed
        // when f is even: ties go to even); below a power of two the lower gap is half as wide
        boolean lowerCloser = fraction == 0 && biased > 1;
        boolean even = (f & 1) == 0;
        char[] digits = new char[20];
        int[] exponent = new int[1];
        int count = shortest(f, e, lowerCloser, even, digits, exponent);
        return layout(negative, digits, count, exponent[0]);
    }

    /**
     * Writes the JDK 19+ decimal for f * 2^e into digits (without trailing zeros) and its exponent (that of the
     * first digit) into exponent[0]; returns the number of digits.
     */
    static int shortest(long f, int e, boolean lowerCloser, boolean even, char[] digits, int[] exponent) {
        // x = 4f * 2^(e-2); the interval's half-widths are 2 (upper) and 2 or 1 (lower) in the same unit.
        // Scaled by 10^-k: x / 10^k = num / den, and the half-widths are hi / den and lo / den.
        Nat num = new Nat(f << 2);
        Nat hi = new Nat(2);
        Nat lo = lowerCloser ? new Nat(1) : hi;
        Nat den = new Nat(1);
        int g = e - 2;
        if (g >= 0) {
            num.shiftLeft(g);
            hi.shiftLeft(g);
            if (lo != hi) {
                lo.shiftLeft(g);
            }
        } else {
            den.shiftLeft(-g);
        }
        int bitLength = 64 - Long.numberOfLeadingZeros(f);
        // a lower bound of log10(x), so k is the exponent of x's first digit or one less
        int k = (int) Math.floor((e + bitLength - 1) * 0.30102999566398114);
        if (k >= 0) {
            den.mulPow10(k);
        } else {
            num.mulPow10(-k);
            hi.mulPow10(-k);
            if (lo != hi) {
                lo.mulPow10(-k);
            }
        }
        Nat tenDen = den.copy();
        tenDen.mulAdd(10, 0);
        if (Nat.compare(num, tenDen) >= 0) {
            den = tenDen;
            k++;
        }
        Nat sum = new Nat(0);
        int count = 0;
        while (true) {
            int digit = 0;
            while (Nat.compare(num, den) >= 0) {
                num.sub(den);
                digit++;
            }
            digits[count++] = (char) ('0' + digit);
            // is the decimal truncated here (x - num/den) within the interval? is the next one up?
            int c = Nat.compare(num, lo);
            boolean low = c < 0 || c == 0 && even;
            sum.set(num);
            sum.add(hi);
            c = Nat.compare(sum, den);
            boolean high = c > 0 || c == 0 && even;
            // when one digit would do, the specification picks the closest decimal of one or two digits
            if ((low || high) && count > 1) {
                boolean up;
                if (low && high) {
                    sum.set(num);
                    sum.add(num);
                    c = Nat.compare(sum, den);
                    up = c > 0 || c == 0 && (digit & 1) != 0;
                } else {
                    up = high;
                }
                if (up) {
                    int i = count - 1;
                    while (i >= 0 && digits[i] == '9') {
                        i--;
                    }
                    if (i < 0) {
                        digits[0] = '1';
                        count = 1;
                        k++;
                    } else {
                        digits[i]++;
                        count = i + 1;
                    }
                }
                break;
            }
            num.mulAdd(10, 0);
            hi.mulAdd(10, 0);
            if (lo != hi) {
                lo.mulAdd(10, 0);
            }
        }
        while (count > 1 && digits[count - 1] == '0') {
            count--;
        }
        exponent[0] = k;
        return count;
    }

    private static String layout(boolean negative, char[] digits, int count, int k) {
        StringBuilder sb = new StringBuilder(26);
        if (negative) {
            sb.append('-');
        }
        if (k >= -3 && k < 0) {
            sb.append("0.");
            for (int i = -1; i > k; i--) {
                sb.append('0');
            }
            sb.append(digits, 0, count);
        } else if (k >= 0 && k < 7) {
            for (int i = 0; i <= k; i++) {
                sb.append(i < count ? digits[i] : '0');
            }
            sb.append('.');
            if (count > k + 1) {
                sb.append(digits, k + 1, count - k - 1);
            } else {
                sb.append('0');
            }
        } else {
            sb.append(digits[0]).append('.');
            if (count > 1) {
                sb.append(digits, 1, count - 1);
            } else {
                sb.append('0');
            }
            sb.append('E').append(k);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // From text

    private static long parse(String in, boolean isDouble) {
        if (in == null) {
            // as JDK 17, with its helpful message
            throw new NullPointerException("Cannot invoke \"String.trim()\" because \"in\" is null");
        }
        int start = 0;
        int end = in.length();
        while (start < end && in.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && in.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            throw new NumberFormatException("empty String");
        }
        String s = start == 0 && end == in.length() ? in : in.substring(start, end);
        int n = s.length();
        int i = 0;
        boolean negative = false;
        char c = s.charAt(0);
        if (c == '+' || c == '-') {
            negative = c == '-';
            i++;
        }
        long sign = negative ? (isDouble ? Long.MIN_VALUE : 0x80000000L) : 0;
        if (n - i == 3 && s.startsWith("NaN", i)) {
            return isDouble ? 0x7FF8000000000000L : 0x7FC00000L;
        }
        if (n - i == 8 && s.startsWith("Infinity", i)) {
            return sign | (isDouble ? 0x7FF0000000000000L : 0x7F800000L);
        }
        long bits = n - i > 2 && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                ? parseHex(s, i + 2, isDouble) : parseDecimal(s, i, isDouble);
        if (bits == -1) {
            throw new NumberFormatException("For input string: \"" + s + "\"");
        }
        return sign | bits;
    }

    /** Index after an optional float type suffix at i, which must end the text; -1 if something else follows. */
    private static boolean endsAt(String s, int i) {
        int n = s.length();
        if (i < n) {
            char c = s.charAt(i);
            if (c == 'f' || c == 'F' || c == 'd' || c == 'D') {
                i++;
            }
        }
        return i == n;
    }

    /** Parses a signed exponent at i into exp[0] (clamped to +-100000); returns the index after it, or -1. */
    private static int exponent(String s, int i, int[] exp) {
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        int value = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = Math.min(value * 10 + (c - '0'), 100000);
        }
        exp[0] = negative ? -value : value;
        return i == start ? -1 : i;
    }

    /** The magnitude's bits, or -1 for a malformed text. */
    private static long parseDecimal(String s, int i, boolean isDouble) {
        int n = s.length();
        byte[] digits = new byte[Math.min(n, MAX_DIGITS) + 1];
        int count = 0;
        long scale = 0;
        boolean sawDigit = false;
        boolean sawPoint = false;
        boolean sticky = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                if (count == 0 && c == '0') {
                    scale -= sawPoint ? 1 : 0;
                } else if (count < MAX_DIGITS) {
                    digits[count++] = (byte) (c - '0');
                    scale -= sawPoint ? 1 : 0;
                } else {
                    sticky |= c != '0';
                    scale += sawPoint ? 0 : 1;
                }
            } else if (c == '.') {
                if (sawPoint) {
                    throw new NumberFormatException("multiple points");
                }
                sawPoint = true;
            } else {
                break;
            }
        }
        if (!sawDigit) {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int[] exp = new int[1];
            i = exponent(s, i + 1, exp);
            if (i < 0) {
                return -1;
            }
            scale += exp[0];
        }
        if (!endsAt(s, i)) {
            return -1;
        }
        if (sticky) {
            // the dropped digits are not all zero: a 1 after the kept ones decides every rounding the same way
            digits[count++] = 1;
            scale--;
        }
        while (count > 0 && digits[count - 1] == 0) {
            count--;
            scale++;
        }
        if (count == 0) {
            return 0;
        }
        // the value is digits * 10^scale, in [10^(lead-1), 10^lead)
        long lead = count + scale;
        if (lead > (isDouble ? 310 : 40)) {
            return isDouble ? 0x7FF0000000000000L : 0x7F800000L;
        }
        if (lead < (isDouble ? -326 : -47)) {
            return 0;
        }
        int q = (int) scale;
        if (count <= (isDouble ? 15 : 7) && Math.abs(q) <= (isDouble ? 22 : 10)) {
            // exact digits and an exact power of ten: one correctly rounded operation
            long v = 0;
            for (int j = 0; j < count; j++) {
                v = v * 10 + digits[j];
            }
            double pow = 1;
            for (int j = Math.abs(q); j > 0; j--) {
                pow *= 10;
            }
            if (isDouble) {
                double p = pow;
                return Double.doubleToRawLongBits(q >= 0 ? v * p : v / p);
            }
            float p = (float) pow;
            float fv = v;
            return Float.floatToRawIntBits(q >= 0 ? fv * p : fv / p);
        }
        Nat num = new Nat(0);
        for (int j = 0; j < count; j++) {
            num.mulAdd(10, digits[j]);
        }
        Nat den = new Nat(1);
        if (q >= 0) {
            num.mulPow10(q);
        } else {
            den.mulPow10(-q);
        }
        // num / den in (2^(b + p + 1), 2^(b + p + 3)): take p + 3 bits of quotient and whether any remain
        int p = isDouble ? DOUBLE_P : FLOAT_P;
        int b = num.bitLength() - den.bitLength() - (p + 2);
        if (b >= 0) {
            den.shiftLeft(b);
        } else {
            num.shiftLeft(-b);
        }
        int bits = p + 3;
        den.shiftLeft(bits - 1);
        long quotient = 0;
        for (int j = bits - 1; j >= 0; j--) {
            if (Nat.compare(num, den) >= 0) {
                num.sub(den);
                quotient |= 1L << j;
            }
            num.shiftLeft(1);
        }
        return round(quotient, !num.isZero(), b, isDouble);
    }

    /** The magnitude's bits of a hexadecimal form after its "0x", or -1 for a malformed text. */
    private static long parseHex(String s, int i, boolean isDouble) {
        int n = s.length();
        long value = 0;
        long scale = 0;
        boolean sawDigit = false;
        boolean sawPoint = false;
        boolean sticky = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (h >= 0) {
                sawDigit = true;
                if (value == 0 && h == 0) {
                    scale -= sawPoint ? 4 : 0;
                } else if (value < 1L << 56) {
                    value = value << 4 | h;
                    scale -= sawPoint ? 4 : 0;
                } else {
                    sticky |= h != 0;
                    scale += sawPoint ? 0 : 4;
                }
            } else if (c == '.' && !sawPoint) {
                sawPoint = true;
            } else {
                break;
            }
        }
        if (!sawDigit || i >= n || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
            return -1;
        }
        int[] exp = new int[1];
        i = exponent(s, i + 1, exp);
        if (i < 0 || !endsAt(s, i)) {
            return -1;
        }
        if (value == 0) {
            return 0;
        }
        scale = Math.max(-200000, Math.min(200000, scale + exp[0]));
        return round(value, sticky, (int) scale, isDouble);
    }

    /**
     * The bits of the double or float nearest (half-even) to (q + s) * 2^b, where q > 0 has at most 63 bits and
     * s, less than one, is nonzero exactly when sticky.
     */
    static long round(long q, boolean sticky, int b, boolean isDouble) {
        int p = isDouble ? DOUBLE_P : FLOAT_P;
        int minExp = isDouble ? DOUBLE_MIN_EXP : FLOAT_MIN_EXP;
        int shift = 64 - Long.numberOfLeadingZeros(q) - p;
        if (b + shift < minExp) {
            shift = minExp - b;
        }
        long m;
        if (shift <= 0) {
            m = q << -shift;
        } else if (shift >= 64) {
            m = 0;
        } else {
            long half = 1L << (shift - 1);
            long rest = q & ((1L << shift) - 1);
            m = q >>> shift;
            if (rest > half || rest == half && (sticky || (m & 1) != 0)) {
                m++;
            }
        }
        int exp = b + shift;
        if (m == 1L << p) {
            m >>>= 1;
            exp++;
        }
        long biased = m >= 1L << (p - 1) ? exp - minExp + 1 : 0;
        if (biased >= (isDouble ? 0x7FF : 0xFF)) {
            return isDouble ? 0x7FF0000000000000L : 0x7F800000L;
        }
        return biased << (p - 1) | (m & ((1L << (p - 1)) - 1));
    }
}
