package io.jcdk.maven.differential;

/** Integer and floating-point arithmetic, casts, bit operations and the small helpers of Integer, Long, Math. */
final class ArithmeticSnippets {
    // Not constants, so that neither javac nor TeaVM can fold the expressions below.
    static int zero = 0;
    static int minusOne = -1;
    static int seven = 7;
    static int intMin = Integer.MIN_VALUE;
    static int intMax = Integer.MAX_VALUE;
    static long longMin = Long.MIN_VALUE;
    static long longMax = Long.MAX_VALUE;
    static double dZero = 0.0;
    static double dNaN = Double.NaN;
    static double dInf = Double.POSITIVE_INFINITY;
    static float fZero = 0.0f;

    private ArithmeticSnippets() {
    }

    static void add(Snippets s) {
        s.add("int: 7 / 0", () -> seven / zero);
        s.add("int: 7 % 0", () -> seven % zero);
        s.add("long: 7 / 0", () -> (long) seven / zero);
        s.add("long: 7 % 0", () -> (long) seven % zero);
        s.add("int: MIN_VALUE / -1", () -> intMin / minusOne);
        s.add("int: MIN_VALUE % -1", () -> intMin % minusOne);
        s.add("long: MIN_VALUE / -1", () -> longMin / minusOne);
        s.add("long: MIN_VALUE % -1", () -> longMin % minusOne);
        s.add("int: -7 / 2, -7 % 2", () -> (-seven / 2) + " " + (-seven % 2));
        s.add("int: overflow MAX + 1", () -> intMax + 1);
        s.add("long: overflow MAX * 3", () -> longMax * 3);
        s.add("int: shifts by 33 and -1", () -> (seven << 33) + " " + (seven >> -1) + " " + (-seven >>> 28));
        s.add("long: shifts by 65", () -> ((long) seven << 65) + " " + (longMin >> 65) + " " + (longMin >>> 63));
        s.add("cast: double to int saturates", () -> (int) 1e20 + " " + (int) -1e20 + " " + (int) dNaN);
        s.add("cast: double to long saturates", () -> (long) 1e30 + " " + (long) -1e30 + " " + (long) dNaN);
        s.add("cast: float to int and char", () -> (int) 3.99f + " " + (int) (char) -1 + " " + (short) 70000);
        s.add("cast: long to float and double", () -> (float) longMax + " " + (double) (longMax - 1));
        s.add("cast: int to byte and char", () -> (byte) 200 + " " + (int) (char) (seven - 8));
        s.add("double: 1 / 0, -1 / 0, 0 / 0", () -> (1 / dZero) + " " + (-1 / dZero) + " " + (dZero / dZero));
        s.add("double: -(0.0)", () -> -dZero);
        s.add("float: -(0.0f)", () -> -fZero);
        s.add("double: 0.1 + 0.2", () -> 0.1 + dZero + 0.2);
        s.add("double: % with negatives", () -> (-7.5 % (2 + dZero)) + " " + (7.5 % -2.0) + " " + (5.0 % dZero));
        s.add("float: arithmetic", () -> (0.1f + 0.2f + fZero) + " " + (1f / 3f + fZero) + " " + (16777217f + fZero));
        s.add("double: compare -0.0 and NaN", () -> Double.compare(0.0, -dZero) + " " + Double.compare(dNaN, dInf)
                + " " + (dNaN == dNaN) + " " + Double.valueOf(dNaN).equals(dNaN) + " " + (0.0 == -dZero)
                + " " + Double.valueOf(0.0).equals(-dZero));
        s.add("float: compare -0.0f and NaN", () -> Float.compare(0.0f, -fZero) + " " + Float.valueOf(Float.NaN)
                .equals(Float.NaN) + " " + Float.valueOf(0f).equals(-fZero));
        s.add("double: hashCode", () -> Double.hashCode(1.5) + " " + Double.hashCode(-dZero) + " "
                + Double.hashCode(dNaN) + " " + Double.valueOf(3.25).hashCode());
        s.add("float: hashCode", () -> Float.hashCode(1.5f) + " " + Float.hashCode(-fZero));
        s.add("double: raw bits of NaN", () -> Long.toHexString(Double.doubleToLongBits(dNaN)) + " "
                + Long.toHexString(Double.doubleToLongBits(Double.longBitsToDouble(0x7ff0000000000123L))));
        s.add("float: bits", () -> Integer.toHexString(Float.floatToIntBits(-2.5f)) + " "
                + Float.intBitsToFloat(0x00000001));
        s.add("Math: min/max with -0.0 and NaN", () -> Math.min(-dZero, 0.0) + " " + Math.max(-dZero, 0.0) + " "
                + Math.max(dNaN, 1) + " " + Math.min(1f, Float.NaN) + " " + Math.min(-fZero, 0f));
        s.add("Math: abs", () -> Math.abs(intMin) + " " + Math.abs(longMin) + " " + Math.abs(-dZero) + " "
                + Math.abs(-fZero) + " " + Math.abs(-dInf));
        s.add("Math: signum, copySign", () -> Math.signum(-dZero) + " " + Math.signum(-3.0) + " "
                + Math.copySign(2.0, -dZero) + " " + Math.copySign(2f, -1f) + " " + Math.signum(dNaN));
        s.add("Math: ulp, nextUp, nextDown", () -> Math.ulp(1.0) + " " + Math.ulp(1e300) + " " + Math.nextUp(1.0)
                + " " + Math.nextDown(0.0 + dZero) + " " + Math.nextAfter(1.0, 0) + " " + Math.ulp(1f));
        s.add("Math: getExponent", () -> Math.getExponent(1024.0) + " " + Math.getExponent(Double.MIN_VALUE) + " "
                + Math.getExponent(dInf) + " " + Math.getExponent(0.75f));
        s.add("Math: floorDiv, floorMod", () -> Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " "
                + Math.floorDiv(-7L, 2L) + " " + Math.floorMod(7, -2) + " " + Math.floorMod(-7L, 3));
        s.add("Math: floorMod by 0", () -> Math.floorMod(seven, zero));
        s.add("Math: addExact overflow", () -> Math.addExact(intMax, 1));
        s.add("Math: multiplyExact overflow", () -> Math.multiplyExact(longMax, 2L));
        s.add("Math: toIntExact overflow", () -> Math.toIntExact(longMax));
        s.add("Math: negateExact MIN", () -> Math.negateExact(intMin));
        s.add("Math: multiplyHigh", () -> Math.multiplyHigh(longMax, longMax) + " " + Math.multiplyHigh(-5L, 3L));
        s.add("Math: round", () -> Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(-0.5) + " "
                + Math.round(-1.5) + " " + Math.round(0.49999999999999994) + " " + Math.round(-2.4));
        s.add("Math: round(float)", () -> Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(-0.5f) + " "
                + Math.round(0.49999997f) + " " + Math.round(Float.NaN) + " " + Math.round(1e20f));
        s.add("Math: round extremes", () -> Math.round(dNaN) + " " + Math.round(1e30) + " " + Math.round(-1e30)
                + " " + Math.round(4503599627370497.0) + " " + Math.round(-4503599627370497.0));
        s.add("Math: rint", () -> Math.rint(2.5) + " " + Math.rint(3.5) + " " + Math.rint(-2.5) + " "
                + Math.rint(-0.4) + " " + Math.rint(1e300) + " " + Math.rint(0.5000000000000001));
        s.add("Math: floor, ceil", () -> Math.floor(-2.5) + " " + Math.ceil(-0.5) + " " + Math.floor(1e300) + " "
                + Math.ceil(4503599627370495.5) + " " + Math.floor(-dZero));
        s.add("Math: IEEEremainder", () -> Math.IEEEremainder(5, 3) + " " + Math.IEEEremainder(-5, 3) + " "
                + Math.IEEEremainder(5.5, 2) + " " + Math.IEEEremainder(1e300, 3) + " " + Math.IEEEremainder(3, 0));
        s.add("Math: toRadians, toDegrees", () -> Math.toRadians(180) + " " + Math.toDegrees(Math.PI) + " "
                + Math.toRadians(1));
        s.add("Integer: bits", () -> Integer.bitCount(-1) + " " + Integer.reverse(1) + " " + Integer.rotateLeft(
                intMin, 1) + " " + Integer.numberOfLeadingZeros(0) + " " + Integer.numberOfTrailingZeros(8) + " "
                + Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.reverseBytes(1));
        s.add("Long: bits", () -> Long.bitCount(-1L) + " " + Long.reverse(1L) + " " + Long.rotateRight(1L, 1) + " "
                + Long.numberOfLeadingZeros(1L) + " " + Long.numberOfTrailingZeros(0L) + " " + Long.highestOneBit(
                -1L) + " " + Long.signum(longMin) + " " + Long.reverseBytes(1L));
        s.add("Integer: unsigned", () -> Integer.toUnsignedString(-1) + " " + Integer.divideUnsigned(-1, 3) + " "
                + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1) + " "
                + Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-16, 16));
        s.add("Long: unsigned", () -> Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 10) + " "
                + Long.remainderUnsigned(-1L, 10) + " " + Long.compareUnsigned(-1L, 1L) + " "
                + Long.toUnsignedString(-1L, 16));
        s.add("Integer: divideUnsigned by 0", () -> Integer.divideUnsigned(seven, zero));
        s.add("Long: remainderUnsigned by 0", () -> Long.remainderUnsigned(seven, zero));
        s.add("Integer: hashCode, compare, signum", () -> Integer.hashCode(-5) + " " + Integer.compare(intMin, 1)
                + " " + Integer.signum(-9) + " " + Long.hashCode(longMin) + " " + Long.compare(1, 2));
        s.add("Integer: valueOf cache identity", () -> (Integer.valueOf(127) == Integer.valueOf(127)) + " "
                + Integer.valueOf(1000).equals(1000));
        s.add("Short, Byte: unsigned", () -> Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt(
                (byte) -1) + " " + Byte.toUnsignedLong((byte) -2) + " " + Short.reverseBytes((short) 1));
        s.add("Character: arithmetic", () -> (char) ('a' + 1) + " " + (int) Character.MAX_VALUE + " "
                + Character.getNumericValue('7') + " " + Character.digit('f', 16) + " " + Character.forDigit(11,
                16));
        s.add("boolean: logical ops", () -> Boolean.logicalXor(true, false) + " " + Boolean.compare(true, false)
                + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.hashCode(true));
        s.add("Integer: sum, max, min", () -> Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Integer.min(3,
                4));
        s.add("Long: sum, max, min", () -> Long.sum(3L, longMax) + " " + Long.max(3, 4) + " " + Long.min(3, 4));
        s.add("Double: sum, max, min", () -> Double.sum(0.5, 0.25) + " " + Double.max(-dZero, 0.0) + " "
                + Double.min(1, 2));
        s.add("Integer: toUnsignedLong", () -> Integer.toUnsignedLong(-1) + " " + Integer.toUnsignedLong(5));
        s.add("Double: isFinite, isInfinite, isNaN", () -> Double.isFinite(dInf) + " " + Double.isInfinite(-dInf)
                + " " + Double.isNaN(dZero / dZero) + " " + Float.isFinite(1f) + " " + Float.isNaN(Float.NaN));
        s.add("Double: MIN_NORMAL, MIN_VALUE, MAX_VALUE", () -> Double.MIN_NORMAL + " " + Double.MIN_VALUE + " "
                + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL);
    }
}
