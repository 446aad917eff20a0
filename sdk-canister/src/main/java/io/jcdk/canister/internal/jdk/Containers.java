package io.jcdk.canister.internal.jdk;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** java.util behaviour of Map.of, Arrays.copyOfRange, Optional and the summary statistics, as in the JDK. */
public final class Containers {
    private Containers() {
    }

    /** Runs first in {@code Map.of(k1, v1, k2, v2)} (TeaVM's larger {@code Map.of}s check this themselves). */
    public static void requireDistinct(Object k1, Object v1, Object k2, Object v2) {
        if (k1 != null && k1.equals(k2)) {
            throw new IllegalArgumentException("duplicate key: " + k2);
        }
    }

    /** Runs first in the constructor of TeaVM's map for {@code Map.of} with more than two keys. */
    public static void requireDistinctKeys(Object map, java.util.Map.Entry<?, ?>[] entries) {
        for (int i = 1; i < entries.length; i++) {
            Object key = entries[i].getKey();
            for (int j = 0; j < i; j++) {
                if (key != null && key.equals(entries[j].getKey())) {
                    throw new IllegalArgumentException("duplicate key: " + key);
                }
            }
        }
    }

    /** The length of {@code Arrays.copyOfRange(a, from, to)}, with the JDK's exceptions. */
    private static int rangeLength(int length, int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        if (from < 0 || from > length) {
            throw new ArrayIndexOutOfBoundsException(from < 0 ? "arraycopy: source index " + from
                    + " out of bounds" : "arraycopy: length " + (length - from) + " is negative");
        }
        return to - from;
    }

    /** The number of elements {@code copyOfRange} copies; the rest of the copy stays zero. */
    private static int copied(int length, int from, int to) {
        return Math.min(length - from, rangeLength(length, from, to));
    }

    public static int[] copyOfRange(int[] a, int from, int to) {
        int[] copy = new int[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    public static long[] copyOfRange(long[] a, int from, int to) {
        long[] copy = new long[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    public static byte[] copyOfRange(byte[] a, int from, int to) {
        byte[] copy = new byte[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    public static short[] copyOfRange(short[] a, int from, int to) {
        short[] copy = new short[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    public static char[] copyOfRange(char[] a, int from, int to) {
        char[] copy = new char[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    public static float[] copyOfRange(float[] a, int from, int to) {
        float[] copy = new float[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    public static double[] copyOfRange(double[] a, int from, int to) {
        double[] copy = new double[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] a, int from, int to) {
        boolean[] copy = new boolean[rangeLength(a.length, from, to)];
        System.arraycopy(a, from, copy, 0, copied(a.length, from, to));
        return copy;
    }

    /** The copy has the array's own component type, as in the JDK. */
    public static Object[] copyOfRange(Object[] a, int from, int to) {
        int n = copied(a.length, from, to);
        Object[] copy = Arrays.copyOf(a, to - from);
        System.arraycopy(a, from, copy, 0, n);
        Arrays.fill(copy, n, Math.min(a.length, copy.length), null);
        return copy;
    }

    public static String toString(Optional<?> o) {
        return o.isPresent() ? "Optional[" + o.get() + "]" : "Optional.empty";
    }

    public static String toString(OptionalInt o) {
        return o.isPresent() ? "OptionalInt[" + o.getAsInt() + "]" : "OptionalInt.empty";
    }

    public static String toString(OptionalLong o) {
        return o.isPresent() ? "OptionalLong[" + o.getAsLong() + "]" : "OptionalLong.empty";
    }

    public static String toString(OptionalDouble o) {
        return o.isPresent() ? "OptionalDouble[" + o.getAsDouble() + "]" : "OptionalDouble.empty";
    }

    public static String toString(IntSummaryStatistics s) {
        return String.format("IntSummaryStatistics{count=%d, sum=%d, min=%d, average=%f, max=%d}", s.getCount(),
                s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    public static String toString(LongSummaryStatistics s) {
        return String.format("LongSummaryStatistics{count=%d, sum=%d, min=%d, average=%f, max=%d}", s.getCount(),
                s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    public static String toString(DoubleSummaryStatistics s) {
        return String.format("DoubleSummaryStatistics{count=%d, sum=%f, min=%f, average=%f, max=%f}",
                s.getCount(), s.getSum(), s.getMin(), s.getAverage(), s.getMax());
    }

    /** The set of elements a {@code distinct()} stream has seen (made on first use). */
    public static java.util.Set<Object> seen(java.util.Set<Object> seen) {
        return seen != null ? seen : new java.util.HashSet<>();
    }

    /** The predicate of TeaVM's {@code distinct()}: passes an element on the first time only. */
    public static java.util.function.Predicate<Object> distinct(java.util.Set<Object> seen,
            java.util.function.Predicate<Object> next) {
        return x -> !seen.add(x) || next.test(x);
    }

    /** {@code IntStream.distinct()}'s predicate. */
    public static java.util.function.IntPredicate distinct(java.util.Set<Object> seen,
            java.util.function.IntPredicate next) {
        return x -> !seen.add(x) || next.test(x);
    }

    /** {@code LongStream.distinct()}'s predicate. */
    public static java.util.function.LongPredicate distinct(java.util.Set<Object> seen,
            java.util.function.LongPredicate next) {
        return x -> !seen.add(x) || next.test(x);
    }

    /** {@code DoubleStream.distinct()}'s predicate (boxed, so NaN is one value and -0.0 another, as the JDK). */
    public static java.util.function.DoublePredicate distinct(java.util.Set<Object> seen,
            java.util.function.DoublePredicate next) {
        return x -> !seen.add(x) || next.test(x);
    }
}
