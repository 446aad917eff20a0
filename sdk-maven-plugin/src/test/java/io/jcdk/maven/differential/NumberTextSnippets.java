package io.jcdk.maven.differential;

import java.util.ArrayList;
import java.util.List;

/** Numbers to text and back: toString, parse, valueOf, radix conversions, the unsigned forms. */
final class NumberTextSnippets {
    private NumberTextSnippets() {
    }

    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.5, 0.1, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 1.0E-3,
        9999999.0, 12345678.9, 1e21, 1e22, 1e23, 2e23, 1.7976931348623157e308, 4.9e-324, 2.2250738585072014E-308,
        123456789012345680.0, 0.001, 1.0E-5, 5e-324 * 3, Math.PI, Math.E, 299792.458, 0.1 + 0.2, 1.1, 100.5,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 8.41E21, 5.0E-324, 1.0E16, 9.007199254740993E15,
        2.9802322387695312E-8, 4.35, 0.0001, 1234567.0, 9.999999999999999E22};

    private static final float[] FLOATS = {0f, -0f, 1f, 0.1f, 1f / 3, 1e7f, 1.0E-3f, 3.4028235e38f, 1.4e-45f,
        16777216f, 3.14159f, 1.17549435E-38f, 100.5f, 1e10f, 0.3f, 9999999f, 1.0E-5f, 8.5e-40f};

    private static final String[] DOUBLE_TEXTS = {"1", "-0", "+1.5", "  2.5  ", "1e10", "1E-5", ".5", "5.", "0x1p3",
        "0x1.8p1", "-0x1.fffffffffffffp1023", "0x.8p0", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity",
        "4.9e-324", "2.4e-324", "2.5e-324", "1e-400", "1e400", "2.2250738585072011e-308", "1.5d", "2f", "1_0", "",
        "abc", "1e", "0.1", "3.0000000000000004", "9007199254740993", "1.7976931348623158e308",
        "123456789012345678901234567890", "0.000000000000000000000000000001", "1.00000000000000011102230246251565404236316680908203125"};

    private static final String[] INT_TEXTS = {"0", "-0", "+7", "2147483647", "-2147483648", "2147483648", "", "-",
        "12a", " 1", "1_000", "٣٤"};

    static void add(Snippets s) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (double d : DOUBLES) {
            if (!seen.add("d" + Double.doubleToRawLongBits(d))) {
                continue;
            }
            s.add("Double.toString(" + Double.doubleToRawLongBits(d) + ")", () -> Double.toString(d));
        }
        for (float f : FLOATS) {
            if (!seen.add("f" + Float.floatToRawIntBits(f))) {
                continue;
            }
            s.add("Float.toString(" + Float.floatToRawIntBits(f) + ")", () -> Float.toString(f));
        }
        for (String t : DOUBLE_TEXTS) {
            s.add("Double.parseDouble(\"" + t + "\")", () -> Double.parseDouble(t));
            s.add("Float.parseFloat(\"" + t + "\")", () -> Float.parseFloat(t));
        }
        for (String t : INT_TEXTS) {
            s.add("Integer.parseInt(\"" + t + "\")", () -> Integer.parseInt(t));
            s.add("Long.parseLong(\"" + t + "\")", () -> Long.parseLong(t));
        }
        s.add("Double: toString of many values", () -> {
            List<String> out = new ArrayList<>();
            long x = 0x123456789abcdefL;
            for (int i = 0; i < 300; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
                double d = Double.longBitsToDouble(x);
                if (d == d) {
                    out.add(Double.toString(d));
                }
            }
            return String.join(" ", out);
        });
        s.add("Double: parse of its toString, many values", () -> {
            long x = 0x0fedcba987654321L;
            int same = 0;
            for (int i = 0; i < 300; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
                double d = Double.longBitsToDouble(x);
                if (d != d || Double.doubleToRawLongBits(Double.parseDouble(Double.toString(d))) == x) {
                    same++;
                }
            }
            return same;
        });
        s.add("Integer.parseInt radix", () -> Integer.parseInt("-ff", 16) + " " + Integer.parseInt("1010", 2) + " "
                + Integer.parseInt("zz", 36) + " " + Long.parseLong("7fffffffffffffff", 16));
        s.add("Integer.parseInt bad radix", () -> Integer.parseInt("1", 37));
        s.add("Integer.toString radix", () -> Integer.toString(-255, 16) + " " + Integer.toString(255, 37) + " "
                + Long.toString(Long.MIN_VALUE, 2) + " " + Integer.toHexString(-1) + " " + Long.toOctalString(8)
                + " " + Integer.toBinaryString(-8));
        s.add("Integer.decode", () -> Integer.decode("0x1F") + " " + Integer.decode("-010") + " "
                + Long.decode("#ff") + " " + Integer.decode("0"));
        s.add("Integer.valueOf(String)", () -> Integer.valueOf("-12") + Long.valueOf("34") + Short.parseShort("-7")
                + Byte.parseByte("12"));
        s.add("Byte.parseByte overflow", () -> Byte.parseByte("128"));
        s.add("Integer.parseUnsignedInt", () -> Integer.parseUnsignedInt("ffffffff", 16) + " "
                + Integer.toUnsignedString(Integer.parseUnsignedInt("3000000000")));
        s.add("Long.parseUnsignedLong", () -> Long.parseUnsignedLong("18446744073709551615") + " "
                + Long.parseUnsignedLong("ffffffffffffffff", 16) + " " + Long.parseUnsignedLong("0"));
        s.add("Long.parseUnsignedLong overflow", () -> Long.parseUnsignedLong("18446744073709551616"));
        s.add("Long.parseUnsignedLong negative", () -> Long.parseUnsignedLong("-1"));
        s.add("Double.valueOf, Double.toHexString", () -> Double.valueOf("2.5") + " " + Double.toHexString(1.0)
                + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE));
        s.add("String.valueOf primitives", () -> String.valueOf(1.0f) + String.valueOf(-7L) + String.valueOf('c')
                + String.valueOf(true) + String.valueOf(new char[] {'x', 'y'}) + (1 + 'a') + ("" + 1 + 'a'));
        s.add("string concatenation of doubles", () -> "" + 1e-5 + " " + 100.0 + " " + 1e7 + " " + (float) 1e-5
                + " " + -0.0f);
    }
}
