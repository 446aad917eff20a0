package io.jcdk.canister.internal.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link Numbers}' parsing and hash codes against this JDK. */
class NumbersTest {
    private static final String[] INPUTS = {"0", "-0", "+0", "7", "-7", "+7", "", "-", "+", "12x", "x", "٣٤", "-٣",
        "\uff11\uff12", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "ff", "-FF",
        "7fffffff", "80000000", "-80000000", "zz", "1L", " 1", "1 ", "--1", "+-1", null};

    @Test
    void parseAsTheJdk() {
        for (String s : INPUTS) {
            for (int radix : new int[] {1, 2, 8, 10, 16, 36, 37}) {
                assertEquals(outcome(() -> Integer.parseInt(s, radix)), outcome(() -> Numbers.parseInt(s, radix)),
                        s + " " + radix);
                assertEquals(outcome(() -> Long.parseLong(s, radix)), outcome(() -> Numbers.parseLong(s, radix)),
                        s + " " + radix);
            }
        }
    }

    @Test
    void hashCodesAsTheJdk() {
        BigInteger v = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            for (BigInteger b : new BigInteger[] {v, v.negate(), v.subtract(BigInteger.ONE), v.add(BigInteger.TEN)}) {
                assertEquals(b.hashCode(), Numbers.hashCode(b), b.toString());
                assertEquals(b.doubleValue(), Numbers.doubleValue(b), b.toString());
                BigInteger odd = b.shiftLeft(1000).add(BigInteger.valueOf(i));
                assertEquals(odd.doubleValue(), Numbers.doubleValue(odd), odd.toString());
                for (int scale : new int[] {-3, 0, 2, 40}) {
                    BigDecimal d = new BigDecimal(b, scale);
                    assertEquals(d.hashCode(), Numbers.hashCode(d), d.toString());
                }
            }
            v = v.shiftLeft(1).add(BigInteger.valueOf(i % 3));
        }
    }

    private static String outcome(Supplier<Object> s) {
        try {
            return String.valueOf(s.get());
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
