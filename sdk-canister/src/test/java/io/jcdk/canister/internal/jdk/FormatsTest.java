package io.jcdk.canister.internal.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Formattable;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Formats} against the JDK's Formatter (Locale.ROOT), on this JVM: outputs, exception types, messages. */
class FormatsTest {
    private static final Object[] VALUES = {0, 1, -1, 42, -42, 1234567, Integer.MIN_VALUE, Integer.MAX_VALUE,
        Long.MIN_VALUE, Long.MAX_VALUE, (byte) -1, (short) -300, 'x', "hi", "straße", true, null, 0.0, -0.0, 1.0,
        -1.5, 0.1, 0.25, 1.0005, 2.675, 1.005, 0.05, 123456.789, 1e-5, 1e10, 1e21, 1e300, 9.999, 99950.0, 0.0001,
        0.00009999995, 1e-320, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1f, 3.4e38f,
        new BigInteger("-12345678901234567890"), new BigInteger("255"), new BigDecimal("2.675"),
        new BigDecimal("-0.00001"), new BigDecimal("0.00"), BigDecimal.ZERO, new BigDecimal("1E+5"),
        new BigDecimal("123456.789")};
    private static final String[] CONVERSIONS = {"b", "B", "h", "s", "S", "c", "d", "o", "x", "X", "e", "E", "f",
        "g", "G", "a", "A"};
    private static final String[] SHAPES = {"", "10", "-10", "010", "+", " ", ",", "(", "#", "+,012", "(,15",
        ".0", ".1", ".3", ".10", "12.4", "-12.2", "#.0", "+.2", "0.3", "08.1", ", 14.2"};

    @Test
    void everyConversionFlagAndValueAsTheJdk() {
        List<String> wrong = new ArrayList<>();
        for (String c : CONVERSIONS) {
            for (String shape : SHAPES) {
                for (Object v : VALUES) {
                    compare(wrong, "%" + shape + c, v);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void grammarAndErrorsAsTheJdk() {
        List<String> wrong = new ArrayList<>();
        String[] formats = {"%5", "%.", "%-", "%.5", "%", "%#B", "%-s", "%<s", "%-0 5d", "%+ d", "%q", "%D",
            "%d", "%c", "%--5d", "%5n", "%-%", "%5%|%-5%|", "%#s", "%.2c", "%n", "a%nb%%", "%s %s %s",
            "%2$s %3$s", "%2$s %1$s %<s", "%1$s %1$s %s %s", "%-08d", "%#d", "%,x", "%#g", "%,e", "%(a", "%t",
            "%+x", "%(o", "% x", "%.q", "%5-d", "%s%", "plain", "", "%10.3f|%-10.1f|", "%%d", "%3$-5s|%1$5s",
            "%1$<s", "%(,s", "%(+x", "%-5q", "%5q", "%05%", "%-5%"};
        for (String f : formats) {
            compare(wrong, f, "a", "b");
            compare(wrong, f, 7, -7.5);
            compare(wrong, f, -1);
        }
        compare(wrong, "%s", (Object[]) null);
        compare(wrong, "%s %s", (Object[]) null);
        compare(wrong, "%c|%c|%c", 0x1F600, (byte) 65, (short) 0x263A);
        compare(wrong, "%c", 0x110000);
        compare(wrong, "%d", 1.5);
        compare(wrong, "%f", 1);
        compare(wrong, "%a", new BigDecimal("1.5"));
        compare(wrong, "%x", "s");
        assertEquals(List.of(), wrong);
    }

    @Test
    void formattable() {
        Formattable f = (formatter, flags, width, precision) -> formatter.format("[%d %d %d]", flags, width,
                precision);
        assertEquals(String.format("%s|%-#8.3S|", f, f), Formats.format("%s|%-#8.3S|", new Object[] {f, f}));
    }

    @Test
    void theFormatterWritesToItsAppendable() {
        StringBuilder sb = new StringBuilder("x");
        java.util.Formatter formatter = new java.util.Formatter(sb);
        Formats.format(formatter, null, "%d-%s", new Object[] {1, "a"});
        assertEquals("x1-a", sb.toString());
    }

    private static void compare(List<String> wrong, String format, Object... args) {
        String jdk = outcome(() -> String.format(Locale.ROOT, format, args));
        String ours = outcome(() -> Formats.format(format, args));
        if (!jdk.equals(ours)) {
            wrong.add(format + " " + java.util.Arrays.toString(args) + ": JDK " + jdk + " ours " + ours);
        }
    }

    private static String outcome(java.util.function.Supplier<String> s) {
        try {
            return "[" + s.get() + "]";
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
