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
        2.9802322387695312E-8, 4.35, 0.0001, 1234567.0, 9.999999999999999E22,
        // subnormal and normal boundaries, 10^k neighbours where the notation changes, JDK 17/19+ differences
        1.0E-323, 2.0E-323, 9.9E-324, 1.58E-322, 2.2250738585072009E-308, 4.4501477170144023E-308,
        1.7976931348623155E308, 9.999999999999998E-4, 9999999.999999998, 1.0000000000000002E7, 1.0E-4, 1.0E23,
        8.0948E-320, 6.0E-7, 123.456, -2.5E-10, 5.0E-5, 1.0E15, 1.0E-300, 2.0E-3, 65536.0, 0.5, 4.0E22};

    private static final float[] FLOATS = {0f, -0f, 1f, 0.1f, 1f / 3, 1e7f, 1.0E-3f, 3.4028235e38f, 1.4e-45f,
        16777216f, 3.14159f, 1.17549435E-38f, 100.5f, 1e10f, 0.3f, 9999999f, 1.0E-5f, 8.5e-40f,
        2.8e-45f, 1.1754942E-38f, 3.4028233E38f, 9.999999E-4f, 1.0E-3f, 9999999.5f, 1.0E7f, 2.0E-44f, 33554432f,
        1.0E-10f, 0.2f, -7.0E-30f, 8.0E-45f};

    private static final String[] DOUBLE_TEXTS = {"1", "-0", "+1.5", "  2.5  ", "1e10", "1E-5", ".5", "5.", "0x1p3",
        "0x1.8p1", "-0x1.fffffffffffffp1023", "0x.8p0", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity",
        "4.9e-324", "2.4e-324", "2.5e-324", "1e-400", "1e400", "2.2250738585072011e-308", "1.5d", "2f", "1_0", "",
        "abc", "1e", "0.1", "3.0000000000000004", "9007199254740993", "1.7976931348623158e308",
        "123456789012345678901234567890", "0.000000000000000000000000000001", "1.00000000000000011102230246251565404236316680908203125",
        // halfway cases and their neighbours, for double and (double-rounding traps) float
        "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126",
        "9007199254740993.0000000000000000000000000001", "9007199254740995", "1.000000059604644775390625",
        "1.000000059604644775390625000000001", "1.000000059604644775390624999999999", "16777217", "16777217.00001",
        "33554434", "33554435", "1.00000017881393432617187499",
        // subnormal and overflow boundaries
        "2.4703282292062327e-324", "2.4703282292062328e-324", "7.4109846876186982e-324", "7.4109846876186981e-324",
        "2.2250738585072012e-308", "2.2250738585072014e-308", "1.7976931348623157e308", "1.7976931348623159e308",
        "1.797693134862315807e308", "1.797693134862315808e308", "1e-320", "4.9406564584124654e-324",
        "1.4e-45", "7.006492321624085e-46", "7.006492321624086e-46", "1.1754942e-38", "3.4028235e38",
        "3.40282356779733661637539395458142568447e38", "3.40282356779733661637539395458142568448e38", "3.4028236e38",
        "1e99999999999999999999", "-1e-99999999999999999999", "0e99999", "0.0e-5", "00.00100",
        // hexadecimal forms
        "0X1P3", "0x1p1f", "0x1.8p1d", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x0.8p-1073",
        "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffffp1023", "0x1p-149", "0x1p-150", "0x1.000001p-150",
        "0x1.000001p0", "0x1.0000018p0", "0x1.00000100000000001p0", "0x123456789abcdef0123p-40", "0x0p0",
        "0x1", "0x1p", "0xp1", "0x.p1", "0x1.p1", "0x",
        // whitespace, suffixes, signs and malformed texts
        "\t1.5\n", " -2 ", "\u00a01", "1e5f", "1e5D", "1fd", "1.e5", ".e5", ".", "e5", "1e+", "1e-", "1e1.5",
        "1..2", "1.2.3", "--1", "+-1", "1 2", "NaNd", "nan", "+NaN", "Infinityf", "infinity", "-Infinity ", "Inf",
        "0x1p1.5", "1,5", "١"};

    private static final String[] INT_TEXTS = {"0", "-0", "+7", "2147483647", "-2147483648", "2147483648", "", "-",
        "12a", " 1", "1_000", "٣٤"};

    /** A long text: digits, then many zeros, then a final digit (hundreds of digits in all). */
    private static String longDigits(String head, int zeros, String tail) {
        StringBuilder sb = new StringBuilder(head);
        for (int i = 0; i < zeros; i++) {
            sb.append('0');
        }
        return sb.append(tail).toString();
    }

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
            s.add("Double.parseDouble(\"" + Snippets.escape(t) + "\")", () -> Double.parseDouble(t));
            s.add("Float.parseFloat(\"" + Snippets.escape(t) + "\")", () -> Float.parseFloat(t));
        }
        String[] longTexts = {
            // just above, at and below the halfway point between 1 and the next double
            longDigits("1.00000000000000011102230246251565404236316680908203125", 700, "1"),
            longDigits("1.00000000000000011102230246251565404236316680908203124", 700, "9"),
            longDigits("1.000000059604644775390625", 500, "1"),
            longDigits("0.", 400, "5e400"), longDigits("9", 400, "9e-400"), longDigits("1", 320, ""),
            longDigits("0.", 330, "1"), longDigits("24703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125",
                0, "e-1075"),
            longDigits("2.47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281251",
                0, "e-324")};
        for (String t : longTexts) {
            String name = t.length() > 60 ? t.substring(0, 30) + "...(" + t.length() + " chars)..."
                    + t.substring(t.length() - 12) : t;
            s.add("Double.parseDouble(\"" + name + "\")", () -> Double.parseDouble(t));
            s.add("Float.parseFloat(\"" + name + "\")", () -> Float.parseFloat(t));
        }
        s.add("Double.parseDouble(null)", () -> Double.parseDouble(null));
        s.add("Float.parseFloat(null)", () -> Float.parseFloat(null));
        s.add("Double.valueOf(String), Float.valueOf(String), new Double(String)", () -> Double.valueOf(" 0x1p-2 ")
                + " " + Float.valueOf("1e-45f") + " " + Double.valueOf("-0").equals(-0.0) + " "
                + Double.valueOf("2.4703282292062328e-324") + " " + Float.valueOf("1.000000059604644775390626"));
        s.add("Double.valueOf(\"12x\")", () -> Double.valueOf("12x"));
        s.add("exception: messages of parseDouble and parseFloat", () -> {
            StringBuilder out = new StringBuilder();
            for (String t : new String[] {"12x", "", "  ", " 1e ", "1..2", "0x1.2.3p1", "NaNd", " 0x1 "}) {
                try {
                    out.append(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    out.append(e.getMessage());
                }
                try {
                    out.append(Float.parseFloat(t));
                } catch (NumberFormatException e) {
                    out.append(e.getMessage());
                }
                out.append('|');
            }
            return out.toString();
        });
        s.add("Float.valueOf(\"\")", () -> Float.valueOf(""));
        s.add("double to text: every entry point", () -> {
            double[] ds = {Double.MIN_VALUE, 2.9802322387695312E-8, 1.0E21, -0.0, 1.0E-3, 1.0E7, Double.NaN,
                Double.NEGATIVE_INFINITY, 0.1 + 0.2, 1.5E-323};
            StringBuilder out = new StringBuilder();
            for (double d : ds) {
                StringBuilder sb = new StringBuilder("<>");
                sb.append(d).insert(1, d);
                StringBuffer buf = new StringBuffer("<>");
                buf.append(d).insert(1, d);
                out.append(Double.toString(d)).append('|').append(String.valueOf(d)).append('|').append("" + d)
                        .append('|').append(d + "!").append('|').append(Double.valueOf(d)).append('|')
                        .append(Double.valueOf(d).toString()).append('|').append(sb).append('|').append(buf)
                        .append('|').append(String.valueOf((Object) d)).append('|').append(String.format("%s", d))
                        .append('\n');
            }
            return out.toString();
        });
        s.add("float to text: every entry point", () -> {
            float[] fs = {Float.MIN_VALUE, 1.0E-38f, 8.5e-40f, -0.0f, 1.0E-3f, 1.0E7f, Float.NaN,
                Float.POSITIVE_INFINITY, 0.1f + 0.2f, 3.4028235E38f};
            StringBuilder out = new StringBuilder();
            for (float f : fs) {
                StringBuilder sb = new StringBuilder("<>");
                sb.append(f).insert(1, f);
                StringBuffer buf = new StringBuffer("<>");
                buf.append(f).insert(1, f);
                out.append(Float.toString(f)).append('|').append(String.valueOf(f)).append('|').append("" + f)
                        .append('|').append(f + "!").append('|').append(Float.valueOf(f)).append('|')
                        .append(Float.valueOf(f).toString()).append('|').append(sb).append('|').append(buf)
                        .append('|').append(String.valueOf((Object) f)).append('|').append(String.format("%s", f))
                        .append('\n');
            }
            return out.toString();
        });
        s.add("Float: toString of many values", () -> {
            List<String> out = new ArrayList<>();
            int x = 0x12345679;
            for (int i = 0; i < 300; i++) {
                x ^= x << 13;
                x ^= x >>> 17;
                x ^= x << 5;
                float f = Float.intBitsToFloat(x);
                if (f == f) {
                    out.add(Float.toString(f));
                }
            }
            return String.join(" ", out);
        });
        s.add("Float: parse of its toString, many values", () -> {
            int x = 0x7654321;
            int same = 0;
            for (int i = 0; i < 300; i++) {
                x ^= x << 13;
                x ^= x >>> 17;
                x ^= x << 5;
                float f = Float.intBitsToFloat(x);
                if (f != f || Float.floatToRawIntBits(Float.parseFloat(Float.toString(f))) == x) {
                    same++;
                }
            }
            return same;
        });
        s.add("Double: parse of many random decimal texts", () -> {
            List<String> out = new ArrayList<>();
            long x = 0x2545F4914F6CDD1DL;
            for (int i = 0; i < 200; i++) {
                StringBuilder t = new StringBuilder();
                int len = 1 + (int) ((x >>> 1) % 30);
                for (int j = 0; j < len; j++) {
                    x ^= x << 13;
                    x ^= x >>> 7;
                    x ^= x << 17;
                    t.append((char) ('0' + (int) ((x >>> 1) % 10)));
                    if (j == len / 3) {
                        t.append('.');
                    }
                }
                t.append('e').append((int) ((x >>> 8) % 700) - 350);
                double d = Double.parseDouble(t.toString());
                float f = Float.parseFloat(t.toString());
                out.add(Long.toHexString(Double.doubleToRawLongBits(d)) + "/"
                        + Integer.toHexString(Float.floatToRawIntBits(f)));
            }
            return String.join(" ", out);
        });
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
