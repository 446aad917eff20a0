package io.jcdk.maven.differential;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Math and StrictMath, bit for bit: in the canister both must give what StrictMath gives on the JVM (fdlibm's
 * results), over special values, a dense range and random bit patterns.
 */
final class MathSnippets {
    private MathSnippets() {
    }

    static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, 10.0, 100.0, 1e-300, -1e-300,
        4.9e-324, -4.9e-324, 2.2250738585072014E-308, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Math.PI, Math.PI / 2, Math.PI / 4,
        -Math.PI / 2, 3 * Math.PI / 4, 2 * Math.PI, Math.E, 0.7853981633974483, 1.5707963267948966, 1e8, 1e15,
        1e22, 1e100, 1.0e-8, 0.9999999999999999, 1.0000000000000002, 709.782712893384, 709.79, -745.1332191019411,
        -746.0, 0.1, 1.5e-5, 3.4e38, 1024.0, -1023.0, 7.0e-10, 0.6931471805599453, 2.302585092994046,
        6.283185307179586e10, 1.2345678901234567e19, 5e-324 * 1024, 0.49, 0.51, 0.99, 0.25, 12.5, 27.0, 64.0,
        -8.0, 0.001, 1e-5};

    /** Special values, a grid over [-20, 20], and random bit patterns (finite and not). */
    static double[] inputs(long seed, int randomCount) {
        double[] out = new double[SPECIAL.length + 161 + randomCount * 2];
        int n = 0;
        for (double d : SPECIAL) {
            out[n++] = d;
        }
        for (int i = -80; i <= 80; i++) {
            out[n++] = i * 0.25 + i * 1e-3;
        }
        long x = seed;
        for (int i = 0; i < randomCount; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            out[n++] = Double.longBitsToDouble(x);
            // a value of moderate size: random fraction, exponent in [-30, 30]
            long bits = (x & 0x800fffffffffffffL) | ((long) (1023 + (int) ((x >>> 52) % 61) - 30) << 52);
            out[n++] = Double.longBitsToDouble(bits);
        }
        return out;
    }

    static String unary(DoubleUnaryOperator f, long seed) {
        StringBuilder sb = new StringBuilder();
        for (double x : inputs(seed, 150)) {
            sb.append(Long.toHexString(Double.doubleToLongBits(f.applyAsDouble(x)))).append(' ');
        }
        return sb.toString();
    }

    static String binary(DoubleBinaryOperator f, long seed) {
        double[] xs = inputs(seed, 60);
        double[] ys = inputs(seed * 31 + 7, 60);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            for (int j = i % 53; j < ys.length; j += 53) {
                sb.append(Long.toHexString(Double.doubleToLongBits(f.applyAsDouble(xs[i], ys[j])))).append(' ');
            }
        }
        return sb.toString();
    }

    private static void unary(Snippets s, String name, DoubleUnaryOperator math, DoubleUnaryOperator strict,
            long seed) {
        s.add("StrictMath." + name, () -> unary(strict, seed));
        s.add("Math." + name, () -> unary(math, seed), () -> unary(strict, seed));
    }

    private static void binary(Snippets s, String name, DoubleBinaryOperator math, DoubleBinaryOperator strict,
            long seed) {
        s.add("StrictMath." + name, () -> binary(strict, seed));
        s.add("Math." + name, () -> binary(math, seed), () -> binary(strict, seed));
    }

    static void add(Snippets s) {
        unary(s, "sqrt", Math::sqrt, StrictMath::sqrt, 11);
        unary(s, "cbrt", Math::cbrt, StrictMath::cbrt, 12);
        unary(s, "sin", Math::sin, StrictMath::sin, 13);
        unary(s, "cos", Math::cos, StrictMath::cos, 14);
        unary(s, "tan", Math::tan, StrictMath::tan, 15);
        unary(s, "asin", Math::asin, StrictMath::asin, 16);
        unary(s, "acos", Math::acos, StrictMath::acos, 17);
        unary(s, "atan", Math::atan, StrictMath::atan, 18);
        unary(s, "exp", Math::exp, StrictMath::exp, 19);
        unary(s, "log", Math::log, StrictMath::log, 20);
        unary(s, "log10", Math::log10, StrictMath::log10, 21);
        unary(s, "floor", Math::floor, StrictMath::floor, 22);
        unary(s, "ceil", Math::ceil, StrictMath::ceil, 23);
        unary(s, "rint", Math::rint, StrictMath::rint, 24);
        unary(s, "expm1", Math::expm1, StrictMath::expm1, 25);
        unary(s, "log1p", Math::log1p, StrictMath::log1p, 26);
        unary(s, "sinh", Math::sinh, StrictMath::sinh, 27);
        unary(s, "cosh", Math::cosh, StrictMath::cosh, 28);
        unary(s, "tanh", Math::tanh, StrictMath::tanh, 29);
        binary(s, "atan2", Math::atan2, StrictMath::atan2, 30);
        binary(s, "pow", Math::pow, StrictMath::pow, 31);
        binary(s, "hypot", Math::hypot, StrictMath::hypot, 32);
        binary(s, "IEEEremainder", Math::IEEEremainder, StrictMath::IEEEremainder, 33);
        s.add("Math.pow: special cases", MathSnippets::powSpecials, MathSnippets::powSpecialsStrict);
        s.add("Math: exactness of common values", () -> Math.pow(2, 10) + " " + Math.pow(10, -2) + " "
                + Math.exp(1) + " " + Math.log(Math.E) + " " + Math.log10(1000) + " " + Math.cbrt(27) + " "
                + Math.hypot(3, 4) + " " + Math.sin(Math.PI) + " " + Math.cos(Math.PI / 3) + " " + Math.atan2(1, 1),
            () -> StrictMath.pow(2, 10) + " " + StrictMath.pow(10, -2) + " " + StrictMath.exp(1) + " "
                + StrictMath.log(Math.E) + " " + StrictMath.log10(1000) + " " + StrictMath.cbrt(27) + " "
                + StrictMath.hypot(3, 4) + " " + StrictMath.sin(Math.PI) + " " + StrictMath.cos(Math.PI / 3) + " "
                + StrictMath.atan2(1, 1));
    }

    static String powSpecials() {
        return powTable(Math::pow);
    }

    static String powSpecialsStrict() {
        return powTable(StrictMath::pow);
    }

    static String powTable(DoubleBinaryOperator pow) {
        {
            double[] v = {0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 1e308, 1e-308};
            StringBuilder sb = new StringBuilder();
            for (double x : v) {
                for (double y : v) {
                    sb.append(pow.applyAsDouble(x, y)).append(' ');
                }
            }
            return sb.toString();
        }
    }
}
