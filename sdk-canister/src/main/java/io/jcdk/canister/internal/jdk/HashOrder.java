package io.jcdk.canister.internal.jdk;

/**
 * HashMap and HashSet iteration in the JDK's order. TeaVM's HashMap (Harmony's) indexes buckets with the raw
 * {@code hashCode()}, puts a new entry first in its bucket and reverses buckets when it grows; the JDK spreads the
 * hash ({@code h ^ h >>> 16}), appends, and keeps each bucket's order when it grows. The build plugin
 * ({@code TeaVmRuntimePatches}) makes TeaVM's map call these and its entries implement {@link Node}; the
 * copying constructors of HashMap and HashSet get the JDK's table sizes. Not emulated: the JDK's extra growth
 * when one bucket holds 8 entries in a table under 64, its table size after {@code putAll} into a map that grows
 * by it, and after {@code clone()} of a map that shrank.
 */
public final class HashOrder {
    /** TeaVM's {@code HashMap.HashEntry}, as the build plugin extends it. */
    public interface Node {
        Object jcdkNext();

        void jcdkSetNext(Object next);

        int jcdkHash();
    }

    private HashOrder() {
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
