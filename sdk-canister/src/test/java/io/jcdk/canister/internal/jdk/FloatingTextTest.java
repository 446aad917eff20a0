package io.jcdk.canister.internal.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class FloatingTextTest {
    private static final boolean JDK19 = Runtime.version().feature() >= 19;

    @Test
    void toStringMatchesJdk25OnItsSample() throws IOException {
        int lines = 0;
        try (InputStream raw = FloatingTextTest.class.getResourceAsStream("/floating-text/to-string-jdk25.txt.gz");
                BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                        StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ");
                if (f[0].equals("d")) {
                    double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
                    assertEquals(f[2], FloatingText.toString(d), line);
                } else {
                    float x = Float.intBitsToFloat(Integer.parseUnsignedInt(f[1], 16));
                    assertEquals(f[2], FloatingText.toString(x), line);
                }
                lines++;
            }
        }
        assertTrue(lines > 15_000, "sample has " + lines + " lines");
    }

    @Test
    void toStringFollowsTheJdk19Specification() {
        assertEquals("4.9E-324", FloatingText.toString(Double.MIN_VALUE));
        assertEquals("9.9E-324", FloatingText.toString(2 * Double.MIN_VALUE));
        assertEquals("1.4E-45", FloatingText.toString(Float.MIN_VALUE));
        assertEquals("1.0E23", FloatingText.toString(1e23));
        assertEquals("2.9802322387695312E-8", FloatingText.toString(0x1p-25));
        assertEquals("1.7976931348623157E308", FloatingText.toString(Double.MAX_VALUE));
        assertEquals("3.4028235E38", FloatingText.toString(Float.MAX_VALUE));
        assertEquals("1.1754944E-38", FloatingText.toString(Float.MIN_NORMAL));
        assertEquals("-0.0", FloatingText.toString(-0.0));
        assertEquals("0.0", FloatingText.toString(0.0f));
        assertEquals("NaN", FloatingText.toString(Double.NaN));
        assertEquals("-Infinity", FloatingText.toString(Float.NEGATIVE_INFINITY));
        assertEquals("0.001", FloatingText.toString(1e-3));
        assertEquals("9.999999999999998E-4", FloatingText.toString(Math.nextDown(1e-3)));
        assertEquals("9999999.999999998", FloatingText.toString(Math.nextDown(1e7)));
        assertEquals("1.0E7", FloatingText.toString(1e7));
        assertEquals("100.0", FloatingText.toString(100.0));
        assertEquals("0.30000000000000004", FloatingText.toString(0.1 + 0.2));
        assertEquals("<1.5>", FloatingText.insert(new StringBuilder("<>"), 1, 1.5).toString());
        assertEquals("x2.5", FloatingText.append(new StringBuffer("x"), 2.5f).toString());
    }

    @Test
    void toStringRoundTripsAndIsShortest() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            String s = FloatingText.toString(d);
            assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits(Double.parseDouble(s)), s);
            float f = Float.intBitsToFloat(random.nextInt());
            String t = FloatingText.toString(f);
            assertEquals(Float.floatToIntBits(f), Float.floatToIntBits(Float.parseFloat(t)), t);
            if (JDK19) {
                assertEquals(Double.toString(d), s);
                assertEquals(Float.toString(f), t);
            }
        }
    }

    @Test
    void parseAcceptsTheValueOfGrammar() {
        String[] texts = {"1", "-0", "+1.5", "  2.5  ", "\t1e10\n", ".5", "5.", "1.e5", "1E-5", "1e+5", "1.5d", "2f",
            "1e5F", "1e5D", "NaN", "-NaN", "+NaN", "Infinity", "-Infinity", "+Infinity", "0x1p3", "0X1P3", "0x1.8p1",
            "0x.8p0", "0x1.p1", "0x1p1f", "-0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p-1074",
            "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-149", "0x1p-150", "0x1.000001p-150",
            "0x123456789abcdef0123p-40", "00.00100", "0e99999", "1e99999999999999999999",
            "1e-99999999999999999999", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "2.2250738585072011e-308", "1.7976931348623158e308", "1.7976931348623159e308", "1.4e-45",
            "7.006492321624085e-46", "7.006492321624086e-46", "3.40282356779733661637539395458142568447e38",
            "3.40282356779733661637539395458142568448e38", "9007199254740993", "1.000000059604644775390625",
            "1.000000059604644775390625000000001", "1.000000059604644775390624999999999",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203126"};
        for (String t : texts) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                    Double.doubleToRawLongBits(FloatingText.parseDouble(t)), t);
            assertEquals(Float.floatToRawIntBits(Float.parseFloat(t)),
                    Float.floatToRawIntBits(FloatingText.parseFloat(t)), t);
        }
        // rounding straight to float: through double the first of these would round to 1.0f
        assertEquals(Math.nextUp(1.0f), FloatingText.parseFloat("1.000000059604644775390625000000001"));
        assertEquals(1.0f, FloatingText.parseFloat("1.000000059604644775390625"));
    }

    @Test
    void parseRejectsWhatTheJvmRejects() {
        String[] texts = {"", " ", "12x", ".", "e5", "1e", "1e+", "1e1.5", "1..2", "1.2.3", "--1", "+-1", "1 2", "1_0",
            "NaNd", "nan", "Infinityf", "infinity", "Inf", "0x", "0x1", "0x1p", "0xp1", "0x.p1", "0x1p1.5",
            "0x1.2.3p1", "1fd", "1,5", "\u0661", "\u00a01"};
        for (String t : texts) {
            assertThrows(NumberFormatException.class, () -> Double.parseDouble(t), t);
            assertThrows(NumberFormatException.class, () -> FloatingText.parseDouble(t), t);
            assertThrows(NumberFormatException.class, () -> FloatingText.parseFloat(t), t);
        }
        assertEquals("For input string: \"12x\"",
                assertThrows(NumberFormatException.class, () -> FloatingText.parseDouble("12x")).getMessage());
        assertEquals("empty String",
                assertThrows(NumberFormatException.class, () -> FloatingText.parseFloat("  ")).getMessage());
        assertEquals("multiple points",
                assertThrows(NumberFormatException.class, () -> FloatingText.parseDouble("1..2")).getMessage());
        assertThrows(NullPointerException.class, () -> FloatingText.parseDouble(null));
        assertThrows(NullPointerException.class, () -> FloatingText.parseFloat(null));
    }

    @Test
    void parseRoundsAsTheJvmOnRandomTexts() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 40_000; i++) {
            double d = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isNaN(d) || Double.isInfinite(d) || d == Double.MAX_VALUE) {
                continue;
            }
            // the exact halfway point to the next double, and decimals just around it
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            check(mid.toString());
            check(mid.add(mid.ulp()).toString());
            check(mid.subtract(mid.ulp()).toString());
            check(mid.round(new MathContext(17 + random.nextInt(30))).toString());
            float f = Math.abs(Float.intBitsToFloat(random.nextInt()));
            if (!Float.isNaN(f) && !Float.isInfinite(f) && f != Float.MAX_VALUE) {
                BigDecimal fmid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
                check(fmid.toPlainString());
                check(fmid.add(fmid.ulp()).toString());
                check(fmid.subtract(fmid.ulp()).toString());
                check(Double.toHexString(f));
            }
            check(Double.toHexString(d));
            check(Double.toString(d));
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "-" : "");
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 900 : 25);
            int point = random.nextInt(length + 1);
            for (int j = 0; j < length; j++) {
                sb.append(j == point ? "." : "").append((char) ('0' + random.nextInt(10)));
            }
            check(sb.append('e').append(random.nextInt(700) - 350).toString());
        }
    }

    private static void check(String t) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                Double.doubleToRawLongBits(FloatingText.parseDouble(t)), t);
        assertEquals(Float.floatToRawIntBits(Float.parseFloat(t)), Float.floatToRawIntBits(FloatingText.parseFloat(t)),
                t);
    }
}
