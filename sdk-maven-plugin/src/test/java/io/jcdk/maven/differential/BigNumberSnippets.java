package io.jcdk.maven.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** java.math: BigInteger and BigDecimal. */
final class BigNumberSnippets {
    private BigNumberSnippets() {
    }

    static void add(Snippets s) {
        BigInteger big = new BigInteger("123456789012345678901234567890");
        s.add("BigInteger: arithmetic", () -> big.multiply(big).add(BigInteger.TEN).subtract(BigInteger.ONE)
                + " " + big.divide(BigInteger.valueOf(-7)) + " " + big.mod(BigInteger.valueOf(97)) + " "
                + big.negate().remainder(BigInteger.valueOf(97)) + " " + big.pow(3).bitLength());
        s.add("BigInteger: divide by zero", () -> big.divide(BigInteger.ZERO));
        s.add("BigInteger: toString radix, toByteArray", () -> big.toString(16) + " " + big.negate().toString(36)
                + " " + java.util.Arrays.toString(BigInteger.valueOf(-129).toByteArray()) + " "
                + new BigInteger(1, new byte[] {(byte) 0xff, 1}));
        s.add("BigInteger: gcd, modPow, modInverse, sqrt", () -> big.gcd(BigInteger.valueOf(30)) + " "
                + BigInteger.valueOf(3).modPow(BigInteger.valueOf(200), BigInteger.valueOf(1000007)) + " "
                + BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)) + " " + big.sqrt());
        s.add("BigInteger: bit operations", () -> big.shiftLeft(10).shiftRight(3) + " " + big.negate().shiftRight(
                7) + " " + big.and(BigInteger.valueOf(0xffff)) + " " + big.negate().not() + " " + big.testBit(3)
                + " " + big.bitCount() + " " + BigInteger.valueOf(-1).getLowestSetBit());
        s.add("BigInteger: compare, hashCode, longValue", () -> big.compareTo(BigInteger.ONE) + " " + big.hashCode()
                + " " + big.longValue() + " " + big.intValue() + " " + big.doubleValue() + " " + big.signum());
        s.add("BigInteger: longValueExact overflow", () -> big.longValueExact());
        s.add("BigInteger: doubleValue bits", () -> Long.toHexString(Double.doubleToLongBits(big.doubleValue())));
        s.add("BigInteger: hashCode of signs and word boundaries", () -> {
            StringBuilder sb = new StringBuilder();
            for (String v : new String[] {"0", "1", "-1", "4294967295", "4294967296", "-4294967296",
                "18446744073709551616", "-123456789012345678901234567890", "2147483648", "255"}) {
                sb.append(new BigInteger(v).hashCode()).append(' ');
            }
            return sb.toString() + BigInteger.ONE.shiftLeft(200).hashCode() + " " + BigInteger.TEN.pow(40).negate()
                    .hashCode();
        });
        s.add("BigDecimal: hashCode", () -> {
            StringBuilder sb = new StringBuilder();
            for (String v : new String[] {"0", "0.00", "2.0", "-2.00", "1E+5", "123456789012345678901234.5678",
                "-9223372036854775808", "9223372036854775807", "-0.000001"}) {
                sb.append(new BigDecimal(v).hashCode()).append(' ');
            }
            return sb.toString();
        });
        s.add("BigInteger: parse bad", () -> new BigInteger("12z"));
        s.add("BigInteger: isProbablePrime", () -> BigInteger.valueOf(1_000_000_007).isProbablePrime(20) + " "
                + BigInteger.valueOf(561).isProbablePrime(20));
        s.add("BigInteger: unsigned 64-bit", () -> new BigInteger(Long.toUnsignedString(-1L)).add(BigInteger.ONE)
                + " " + BigInteger.TWO.pow(64).subtract(BigInteger.ONE).longValue());
        BigDecimal d = new BigDecimal("1234.5678");
        s.add("BigDecimal: arithmetic", () -> d.add(new BigDecimal("0.0022")) + " " + d.multiply(d) + " "
                + d.subtract(BigDecimal.TEN).negate() + " " + d.scale() + " " + d.precision() + " "
                + d.unscaledValue());
        s.add("BigDecimal: divide with MathContext", () -> BigDecimal.ONE.divide(new BigDecimal(3),
                MathContext.DECIMAL64) + " " + BigDecimal.ONE.divide(new BigDecimal(7), 10, RoundingMode.HALF_EVEN));
        s.add("BigDecimal: non-terminating divide", () -> BigDecimal.ONE.divide(new BigDecimal(3)));
        s.add("BigDecimal: setScale rounding modes", () -> {
            StringBuilder sb = new StringBuilder();
            for (RoundingMode m : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
                RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN}) {
                sb.append(new BigDecimal("-2.5").setScale(0, m)).append(new BigDecimal("2.45").setScale(1, m))
                        .append(' ');
            }
            return sb;
        });
        s.add("BigDecimal: UNNECESSARY rounding", () -> new BigDecimal("2.5").setScale(0, RoundingMode.UNNECESSARY));
        s.add("BigDecimal: toString forms", () -> new BigDecimal("1E+5") + " " + new BigDecimal("0.000001")
                + " " + new BigDecimal("0.0000001") + " " + new BigDecimal("1E+5").toPlainString() + " "
                + new BigDecimal("123.4500").stripTrailingZeros() + " " + new BigDecimal("1234E-10")
                .toEngineeringString() + " " + new BigDecimal("-0.00"));
        s.add("BigDecimal: from double", () -> new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " "
                + BigDecimal.valueOf(1e-7) + " " + new BigDecimal(1e20));
        s.add("BigDecimal: equals vs compareTo", () -> new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " "
                + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").hashCode());
        s.add("BigDecimal: doubleValue", () -> new BigDecimal("0.1").doubleValue() + " "
                + new BigDecimal("1e400").doubleValue() + " " + new BigDecimal("123456789.123456789e-300")
                .doubleValue() + " " + new BigDecimal("2.5").floatValue());
        s.add("BigDecimal: sqrt, pow, movePoint", () -> new BigDecimal(2).pow(2, new MathContext(20)) + " "
                + new BigDecimal("1.1").pow(5) + " " + d.movePointLeft(6) + " " + d.movePointRight(2));
        s.add("BigDecimal: round, intValueExact", () -> d.round(new MathContext(3)) + " " + new BigDecimal("12.0")
                .intValueExact());
        s.add("BigDecimal: remainder, divideToIntegralValue", () -> new BigDecimal("7.5").remainder(
                new BigDecimal("-2")) + " " + new BigDecimal("7.5").divideToIntegralValue(new BigDecimal("2")));
    }
}
