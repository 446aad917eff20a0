package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written UTF-8 encoder and decoder agree with the JDK's. */
class Utf8Test {
    @Test
    void agreesWithTheJdkOnRandomStrings() {
        Random rnd = new Random(42);
        char[] pool = {'a', 'Z', '\u0000', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u4e2d', '\uffff',
            '\ud83d', '\ude00', '\udbff', '\udfff', '\ud800', '\udc00'};
        for (int n = 0; n < 20_000; n++) {
            int len = rnd.nextInt(12);
            char[] cs = new char[len];
            for (int i = 0; i < len; i++) {
                cs[i] = rnd.nextInt(3) == 0 ? (char) rnd.nextInt(0x10000) : pool[rnd.nextInt(pool.length)];
            }
            String s = new String(cs);
            byte[] jdk = s.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(jdk, Utf8.encode(s), s);
            if (Utf8.isValid(jdk)) {
                assertEquals(new String(jdk, StandardCharsets.UTF_8), Utf8.decodeStrict(jdk, 0, jdk.length));
            }
        }
    }

    @Test
    void decimalOfBigNumbersAgreesWithBigInteger() {
        Random rnd = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            java.math.BigInteger b = new java.math.BigInteger(rnd.nextInt(400), rnd);
            if (rnd.nextBoolean()) {
                b = b.negate();
            }
            assertEquals(b.toString(), Msg.decimal(b));
        }
        java.math.BigInteger p = java.math.BigInteger.TEN.pow(40);
        assertEquals(p.toString(), Msg.decimal(p));
        assertEquals(p.subtract(java.math.BigInteger.ONE).toString(), Msg.decimal(p.subtract(java.math.BigInteger.ONE)));
    }
}
