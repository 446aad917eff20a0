package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The LEB128 writers against a reference computed bit by bit from the value's two's complement. */
class Leb128Test {
    static List<Long> values() {
        List<Long> out = new ArrayList<>();
        for (int shift = 0; shift < 64; shift++) {
            long p = 1L << shift;
            for (long d = -2; d <= 2; d++) {
                out.add(p + d);
                out.add(-p + d);
            }
        }
        for (long v : new long[] {0, -1, 63, 64, -64, -65, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            out.add(v);
        }
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            out.add(random.nextLong() >> random.nextInt(64));
        }
        return out;
    }

    static byte[] reference(BigInteger v, boolean signed) {
        int bits = v.bitLength() + (signed ? 1 : 0);
        int groups = Math.max(1, (bits + 6) / 7);
        byte[] out = new byte[groups];
        for (int g = 0; g < groups; g++) {
            int b = 0;
            for (int k = 0; k < 7; k++) {
                if (v.testBit(7 * g + k)) {
                    b |= 1 << k;
                }
            }
            out[g] = (byte) (g < groups - 1 ? b | 0x80 : b);
        }
        return out;
    }

    @Test
    void signedLongsAreMinimalTwosComplementGroups() {
        for (long v : values()) {
            ByteSink s = new ByteSink();
            Leb128.writeSigned(s, v);
            assertArrayEquals(reference(BigInteger.valueOf(v), true), s.toByteArray(), () -> "sleb128 of " + v);
            ByteSink big = new ByteSink();
            Leb128.writeSigned(big, BigInteger.valueOf(v));
            assertArrayEquals(s.toByteArray(), big.toByteArray(), () -> "sleb128 of BigInteger " + v);
        }
    }

    @Test
    void unsignedLongsAreMinimalGroups() {
        for (long v : values()) {
            BigInteger u = new BigInteger(Long.toUnsignedString(v));
            ByteSink s = new ByteSink();
            Leb128.writeUnsigned(s, v);
            assertArrayEquals(reference(u, false), s.toByteArray(), () -> "uleb128 of " + Long.toUnsignedString(v));
            ByteSink big = new ByteSink();
            Leb128.writeUnsigned(big, u);
            assertArrayEquals(s.toByteArray(), big.toByteArray(), () -> "uleb128 of BigInteger " + u);
        }
    }
}
