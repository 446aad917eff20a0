package io.jcdk.canister.internal.jdk;

/**
 * HashMap and HashSet iteration in the JDK's order. TeaVM's HashMap (Harmony's) indexes buckets with the raw
 * {@code hashCode()}, puts a new entry first in its bucket and reverses buckets when it grows; the JDK spreads the
 * hash ({@code h ^ h >>> 16}), appends, and keeps each bucket's order when it grows. The build plugin
 * ({@code TeaVmRuntimePatches}) makes TeaVM's map call these and its entries implement {@link Node}; the
 * copying constructors of HashMap and HashSet get the JDK's table sizes. Not emulated: the JDK's extra growth
 * when one bucket holds 8 entries in a table under 64, and the table size of {@code clone()} of a map that shrank.
 */
public final class HashOrder {
    /** TeaVM's {@code HashMap.HashEntry}, as the build plugin extends it. */
    public interface Node {
        Object jcdkNext();

        void jcdkSetNext(Object next);

        int jcdkHash();
    }

    /** TeaVM's {@code HashMap}, as the build plugin extends it. */
    public interface Table {
        int jcdkModCount();

        int jcdkThreshold();

        boolean jcdkDefault();

        int jcdkLength();

        /** Moves the entries to a table of {@code length} buckets, each bucket keeping its order. */
        void jcdkResize(int length);
    }

    private HashOrder() {
    }

    /**
     * Runs first in {@code putAll}: the JDK's table size. A map never put into gets the size for the added map
     * alone (a {@code new HashMap<>()} even a smaller table than 16); another one doubles while the added map is
     * larger than its threshold; the puts then grow it as usual.
     */
    public static void presize(Table map, java.util.Map<?, ?> added) {
        int s = added.size();
        if (s == 0) {
            return;
        }
        if (map.jcdkModCount() == 0) {
            int t = (int) (s / 0.75f + 1.0f);
            int threshold = map.jcdkDefault() ? 0 : map.jcdkLength();
            if (t > threshold) {
                map.jcdkResize(tableSizeFor(t));
            }
        } else {
            int length = map.jcdkLength();
            int threshold = map.jcdkThreshold();
            while (s > threshold && length < 1 << 30) {
                length <<= 1;
                threshold = (int) (length * 0.75f);
            }
            if (length != map.jcdkLength()) {
                map.jcdkResize(length);
            }
        }
    }

    /** Replaces TeaVM's own growth before {@code putAll} (see presize). */
    public static void skip(Object map, int capacity) {
    }

    /** The JDK's {@code HashMap.hash}: the high half of the hash code folded into the low half. */
    public static int spread(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** Appends a new entry at the end of its bucket. */
    public static void append(Object[] table, int index, Node entry) {
        Node e = (Node) table[index];
        if (e == null) {
            table[index] = entry;
            return;
        }
        while (e.jcdkNext() != null) {
            e = (Node) e.jcdkNext();
        }
        e.jcdkSetNext(entry);
    }

    /** TeaVM's new table length for {@code rehash(capacity)}: the next power of two of twice the capacity. */
    public static int grownLength(int capacity) {
        int x = capacity == 0 ? 1 : capacity << 1;
        if (x >= 1 << 30) {
            return 1 << 30;
        }
        return x <= 1 ? 1 : Integer.highestOneBit(x - 1) << 1;
    }

    /** Moves every entry of {@code old} into {@code table}, each bucket keeping its order (old is cleared). */
    public static void rehash(Object[] old, Object[] table) {
        Object[] tails = new Object[table.length];
        int mask = table.length - 1;
        for (int j = 0; j < old.length; j++) {
            Node e = (Node) old[j];
            old[j] = null;
            while (e != null) {
                Node next = (Node) e.jcdkNext();
                e.jcdkSetNext(null);
                int i = e.jcdkHash() & mask;
                if (tails[i] == null) {
                    table[i] = e;
                } else {
                    ((Node) tails[i]).jcdkSetNext(e);
                }
                tails[i] = e;
                e = next;
            }
        }
    }

    /** The table length of {@code new HashMap<>(map)} for a map of {@code size} entries, as in the JDK. */
    public static int copyCapacity(int size) {
        return size == 0 ? 16 : tableSizeFor((int) (size / 0.75f + 1.0f));
    }

    /** The capacity that {@code new HashSet<>(collection)} asks for, as in the JDK. */
    public static int setCapacity(int size) {
        return Math.max((int) (size / 0.75f) + 1, 16);
    }

    private static int tableSizeFor(int capacity) {
        if (capacity >= 1 << 30) {
            return 1 << 30;
        }
        return capacity <= 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1;
    }
}
