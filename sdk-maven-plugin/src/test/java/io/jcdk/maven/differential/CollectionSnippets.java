package io.jcdk.maven.differential;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** java.util collections, iterators, Arrays, Collections, Optional and streams. */
final class CollectionSnippets {
    enum Color { RED, GREEN, BLUE }

    private CollectionSnippets() {
    }

    static void add(Snippets s) {
        s.add("ArrayList: basic", () -> {
            List<Integer> l = new ArrayList<>(List.of(3, 1, 2));
            l.add(0, 9);
            l.remove(Integer.valueOf(1));
            l.remove(0);
            return l + " " + l.indexOf(2) + " " + l.contains(3) + " " + l.hashCode();
        });
        s.add("ArrayList: get out of range", () -> new ArrayList<>(List.of(1)).get(1));
        s.add("ArrayList: subList, removeIf, replaceAll", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
            l.subList(1, 3).clear();
            l.removeIf(x -> x % 2 == 0);
            l.replaceAll(x -> x * 10);
            return l;
        });
        s.add("List.of: immutable add", () -> List.of(1).add(2));
        s.add("List.of: null element", () -> List.of(1, null));
        s.add("List.copyOf, equals", () -> List.copyOf(new ArrayList<>(List.of("a"))).equals(List.of("a")) + " "
                + List.of(1, 2).equals(Arrays.asList(1, 2)) + " " + List.of().hashCode());
        s.add("Arrays.asList: set, and the class's simple name", () -> {
            List<String> l = Arrays.asList("a", "b");
            l.set(0, "z");
            return l + " " + l.getClass().getSimpleName().isEmpty();
        });
        s.add("Arrays.asList add", () -> Arrays.asList("a").add("b"));
        s.add("Iterator: empty next", () -> new ArrayList<String>().iterator().next());
        s.add("Iterator: List.of().iterator().next()", () -> List.of().iterator().next());
        s.add("Iterator: HashMap empty next", () -> new HashMap<String, String>().keySet().iterator().next());
        s.add("Iterator: TreeMap empty next", () -> new TreeMap<String, String>().values().iterator().next());
        s.add("Iterator: HashSet empty next", () -> new HashSet<>().iterator().next());
        s.add("Iterator: LinkedList empty next", () -> new LinkedList<>().iterator().next());
        s.add("Iterator: ArrayDeque empty next", () -> new ArrayDeque<>().iterator().next());
        s.add("Iterator: Collections.emptyList next", () -> Collections.emptyList().iterator().next());
        s.add("Iterator: Set.of().iterator().next()", () -> Set.of().iterator().next());
        s.add("Iterator: Map.of().entrySet next", () -> Map.of().entrySet().iterator().next());
        s.add("Iterator: exhausted ArrayList next", () -> {
            Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator();
            it.next();
            return it.next();
        });
        s.add("Iterator: remove before next", () -> {
            Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator();
            it.remove();
            return it;
        });
        s.add("ConcurrentModification: ArrayList", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            for (Integer x : l) {
                if (x == 1) {
                    l.remove(x);
                }
            }
            return l;
        });
        s.add("ConcurrentModification: HashMap", () -> {
            Map<Integer, Integer> m = new HashMap<>(Map.of(1, 1, 2, 2, 3, 3));
            for (Integer k : m.keySet()) {
                m.put(k + 10, 0);
            }
            return m.size();
        });
        s.add("HashMap: order of small int keys", () -> {
            Map<Integer, String> m = new HashMap<>();
            for (int i = 20; i >= 0; i -= 3) {
                m.put(i, "v" + i);
            }
            return m;
        });
        s.add("HashMap: order of strings", () -> {
            Map<String, Integer> m = new HashMap<>();
            for (String k : new String[] {"zeta", "alpha", "mu", "beta", "omega", "pi", "x", "Aa", "BB"}) {
                m.put(k, k.length());
            }
            return m + " " + m.hashCode();
        });
        s.add("HashSet: order", () -> new HashSet<>(List.of("banana", "apple", "cherry", "date", "fig")));
        s.add("HashMap: order through growth, removal and null", () -> {
            Map<Object, Integer> m = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                m.put("k" + (i * 7919 % 1000), i);
                if (i % 3 == 0) {
                    m.remove("k" + (i * 31 % 1000));
                }
            }
            m.put(null, -1);
            m.put(65536, 1);
            m.put(1 << 20, 2);
            m.put(-1L, 3);
            m.put(2.5, 4);
            m.remove("k0");
            return m.keySet().toString().hashCode() + " " + m.keySet().stream().limit(12).toList() + " "
                    + m.values().stream().skip(100).limit(5).toList();
        });
        s.add("HashSet: order of large and copied sets", () -> {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                words.add(Integer.toString(i * 104729, 36));
            }
            Set<String> set = new HashSet<>(words);
            // sources with a fixed order (Map.of's order is random on the JVM)
            Map<String, Integer> source = new LinkedHashMap<>();
            for (String k : new String[] {"a", "bb", "Aa", "BB", "ccc", "z"}) {
                source.put(k, k.length());
            }
            Map<String, Integer> copy = new HashMap<>(source);
            Map<String, Integer> three = new HashMap<>(new TreeMap<>(Map.of("q", 1, "r", 2, "s", 3)));
            return set + " " + copy + " " + three + " " + new HashSet<>(List.of(3, 1 << 16, 5 << 16, 17));
        });
        s.add("HashMap: order after putAll", () -> {
            Map<String, Integer> source = new LinkedHashMap<>();
            for (int i = 0; i < 30; i++) {
                source.put("key" + (i * 37 % 100), i);
            }
            Map<String, Integer> small = new LinkedHashMap<>();
            small.put("Aa", 1);
            small.put("q7", 2);
            small.put("zz", 3);
            Map<String, Integer> fresh = new HashMap<>();
            fresh.putAll(small);
            Map<String, Integer> sized = new HashMap<>(64);
            sized.putAll(source);
            Map<String, Integer> used = new HashMap<>();
            used.put("x", 0);
            used.putAll(source);
            Map<String, Integer> cleared = new HashMap<>();
            cleared.put("y", 0);
            cleared.clear();
            cleared.putAll(small);
            HashSet<String> set = new HashSet<>();
            set.addAll(source.keySet());
            // a fresh map's table fits the added map (4 buckets here: 8 before 1); a used one doubles only as needed
            Map<Object, Integer> two = new LinkedHashMap<>();
            two.put(1, 1);
            two.put(8, 8);
            Map<Object, Integer> freshInts = new HashMap<>();
            freshInts.putAll(two);
            Map<Object, Integer> twenty = new LinkedHashMap<>();
            twenty.put(1, 1);
            twenty.put(32, 32);
            for (int i = 100; i < 118; i++) {
                twenty.put(i, i);
            }
            Map<Object, Integer> usedInts = new HashMap<>();
            usedInts.put("x", 0);
            usedInts.putAll(twenty);
            return fresh + " " + sized.keySet().stream().limit(10).toList() + " " + used.keySet().stream()
                    .skip(10).limit(10).toList() + " " + cleared + " " + set.stream().limit(8).toList() + " "
                    + new HashMap<>(used).keySet().stream().limit(8).toList() + " " + freshInts + " "
                    + usedInts.keySet().stream().limit(4).toList();
        });
        s.add("HashSet: order with an overfull bucket", () -> {
            HashSet<Integer> ints = new HashSet<>();
            for (int i = 0; i < 100; i++) {
                ints.add(i * 65537);
            }
            return ints.toString().hashCode();
        });
        s.add("HashMap: null key and value", () -> {
            Map<String, String> m = new HashMap<>();
            m.put(null, "n");
            m.put("k", null);
            return m.get(null) + " " + m.containsKey("k") + " " + m.getOrDefault("k", "d") + " " + m;
        });
        s.add("HashMap: merge, compute, putIfAbsent", () -> {
            Map<String, Integer> m = new HashMap<>();
            m.merge("a", 1, Integer::sum);
            m.merge("a", 5, Integer::sum);
            m.computeIfAbsent("b", k -> 7);
            m.computeIfPresent("b", (k, v) -> null);
            m.putIfAbsent("c", 3);
            m.compute("c", (k, v) -> v == null ? 0 : v * 2);
            return new TreeMap<>(m);
        });
        s.add("Map.of: duplicate key", () -> Map.of("a", 1, "a", 2));
        s.add("Map.of: duplicate key message", () -> message(() -> Map.of("a", 1, "a", 2)) + " | "
                + message(() -> Map.of("k", 1, "j", 2, "k", 3)));
        s.add("Arrays.asList: add and remove throw", () -> message(() -> Arrays.asList("a", "b").add("c")) + " | "
                + message(() -> Arrays.asList("a").remove(0)));
        s.add("Map.entry, Map.copyOf", () -> Map.entry("k", 1) + " " + Map.copyOf(Map.of("x", 1)));
        s.add("LinkedHashMap: access order", () -> {
            LinkedHashMap<String, Integer> m = new LinkedHashMap<>(16, 0.75f, true);
            m.put("a", 1);
            m.put("b", 2);
            m.put("c", 3);
            m.get("a");
            return m.keySet();
        });
        s.add("LinkedHashSet: order", () -> new LinkedHashSet<>(List.of(5, 3, 9, 1)));
        s.add("TreeMap: navigation", () -> {
            TreeMap<Integer, String> m = new TreeMap<>();
            for (int i = 0; i < 10; i += 2) {
                m.put(i, "v" + i);
            }
            NavigableMap<Integer, String> d = m.descendingMap();
            return m.floorKey(5) + " " + m.ceilingEntry(5) + " " + m.headMap(4) + " " + m.tailMap(4, false) + " "
                    + d.firstKey() + " " + m.pollFirstEntry() + " " + m.subMap(2, 7) + " " + m.higherKey(8);
        });
        s.add("TreeMap: null key", () -> new TreeMap<String, Integer>().put(null, 1));
        s.add("TreeSet: comparator", () -> {
            TreeSet<String> t = new TreeSet<>(Comparator.comparing(String::length).thenComparing(
                    Comparator.reverseOrder()));
            t.addAll(List.of("bb", "a", "ccc", "aa", "c"));
            return t + " " + t.first() + " " + t.headSet("bb") + " " + t.descendingSet();
        });
        s.add("TreeSet: empty first", () -> new TreeSet<Integer>().first());
        s.add("EnumMap and EnumSet", () -> {
            EnumMap<Color, Integer> m = new EnumMap<>(Color.class);
            m.put(Color.BLUE, 3);
            m.put(Color.RED, 1);
            return m + " " + EnumSet.complementOf(EnumSet.of(Color.GREEN)) + " " + EnumSet.allOf(Color.class)
                    + " " + EnumSet.range(Color.RED, Color.GREEN);
        });
        s.add("ArrayDeque: stack and queue", () -> {
            ArrayDeque<Integer> d = new ArrayDeque<>();
            d.push(1);
            d.push(2);
            d.offerLast(3);
            return d + " " + d.pop() + " " + d.pollLast() + " " + d.peekFirst() + " " + d.size();
        });
        s.add("ArrayDeque: null element", () -> new ArrayDeque<>().add(null));
        s.add("PriorityQueue: order", () -> {
            PriorityQueue<Integer> q = new PriorityQueue<>(Comparator.reverseOrder());
            q.addAll(List.of(5, 1, 9, 3, 7));
            StringBuilder sb = new StringBuilder();
            while (!q.isEmpty()) {
                sb.append(q.poll()).append(' ');
            }
            return sb.toString();
        });
        s.add("LinkedList: operations", () -> {
            LinkedList<String> l = new LinkedList<>(List.of("a", "b", "c"));
            l.addFirst("z");
            l.removeLastOccurrence("b");
            return l + " " + l.getLast() + " " + l.indexOf("c");
        });
        s.add("LinkedList: getFirst empty", () -> new LinkedList<>().getFirst());
        s.add("Collections: sort, reverse, shuffle-free ops", () -> {
            List<Integer> l = new ArrayList<>(List.of(4, 2, 5, 1));
            Collections.sort(l);
            Collections.reverse(l);
            Collections.swap(l, 0, 3);
            return l + " " + Collections.max(l) + " " + Collections.frequency(l, 2) + " "
                    + Collections.binarySearch(List.of(1, 3, 5), 4) + " " + Collections.nCopies(2, "x");
        });
        s.add("Collections: unmodifiable add", () -> Collections.unmodifiableList(new ArrayList<>()).add(1));
        s.add("Collections: stable sort", () -> {
            List<String> l = new ArrayList<>(List.of("bb", "a", "cc", "b", "aa", "c"));
            l.sort(Comparator.comparing(String::length));
            return l;
        });
        s.add("Arrays: sort, binarySearch, fill, equals", () -> {
            int[] a = {5, -1, 3, 3, 0};
            Arrays.sort(a);
            double[] d = {3.0, -0.0, 0.0, Double.NaN, -1};
            Arrays.sort(d);
            long[] l = new long[3];
            Arrays.fill(l, 7);
            return Arrays.toString(a) + Arrays.binarySearch(a, 4) + Snippets.text(d) + Arrays.toString(l)
                    + Arrays.equals(a, a.clone()) + Arrays.hashCode(a) + Arrays.deepHashCode(new Object[] {a});
        });
        s.add("Arrays: copyOfRange beyond end", () -> Arrays.toString(Arrays.copyOfRange(new int[] {1, 2}, 1, 4)));
        s.add("Arrays: copyOfRange of each type beyond end", () -> Arrays.toString(Arrays.copyOfRange(new long[] {1},
                0, 2)) + Arrays.toString(Arrays.copyOfRange(new byte[] {1, 2}, 2, 3)) + Arrays.toString(
                Arrays.copyOfRange(new char[] {'a', 'b'}, 1, 3)) + Arrays.toString(Arrays.copyOfRange(new double[] {1},
                0, 2)) + Arrays.toString(Arrays.copyOfRange(new boolean[] {true}, 0, 2)) + Arrays.toString(
                Arrays.copyOfRange(new short[] {3}, 0, 2)) + Arrays.toString(Arrays.copyOfRange(new float[] {1}, 1, 2))
                + Arrays.toString(Arrays.copyOfRange(new String[] {"a", "b", "c"}, 1, 5)) + " "
                + Arrays.copyOfRange(new String[] {"a"}, 0, 2).getClass().getSimpleName());
        s.add("Arrays: copyOfRange bad ranges", () -> message(() -> Arrays.copyOfRange(new int[2], 2, 1)) + " | "
                + message(() -> Arrays.copyOfRange(new int[2], 3, 4)).startsWith("java.lang.ArrayIndexOutOfBounds")
                + " | " + message(() -> Arrays.copyOfRange(new Object[2], -1, 1)).startsWith(
                "java.lang.ArrayIndexOutOfBounds") + " " + Arrays.copyOfRange(new int[2], 2, 2).length);
        s.add("Arrays: copyOf negative", () -> Arrays.copyOf(new int[1], -1));
        s.add("Arrays: mismatch, compare", () -> Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}));
        s.add("Arrays: sort objects stable", () -> {
            String[] a = {"bb", "a", "cc", "b"};
            Arrays.sort(a, Comparator.comparing(String::length));
            return Arrays.toString(a);
        });
        s.add("BitSet", () -> {
            BitSet b = new BitSet();
            b.set(3);
            b.set(70, 72);
            return b + " " + b.cardinality() + " " + b.nextSetBit(4) + " " + b.length() + " "
                    + Arrays.toString(b.toLongArray());
        });
        s.add("Optional", () -> Optional.of(3).map(x -> x * 2).filter(x -> x > 5).orElse(0) + " "
                + Optional.empty().isPresent() + " " + Optional.ofNullable(null).or(() -> Optional.of("y")).get()
                + " " + Optional.of("v") + " " + Optional.empty());
        s.add("Optional: get empty", () -> Optional.empty().get());
        s.add("Optional: toString of the primitive ones", () -> java.util.OptionalInt.of(3) + " "
                + java.util.OptionalInt.empty() + " " + java.util.OptionalLong.of(-4) + " "
                + java.util.OptionalLong.empty() + " " + java.util.OptionalDouble.of(2.5) + " "
                + java.util.OptionalDouble.empty() + " " + Optional.of(List.of(1)) + " " + Optional.ofNullable(null));
        s.add("Stream: summary statistics toString", () -> new java.util.LongSummaryStatistics() + " | "
                + new java.util.IntSummaryStatistics() + " | " + new java.util.DoubleSummaryStatistics() + " | "
                + LongStream.of(5, -2).summaryStatistics() + " | " + IntStream.of(1, 2).summaryStatistics() + " | "
                + java.util.stream.DoubleStream.of(0.1, 1e10).summaryStatistics());
        s.add("Optional: orElseThrow", () -> Optional.empty().orElseThrow());
        s.add("Stream: map, filter, collect", () -> Stream.of(5, 3, 8, 1).filter(x -> x > 2).map(x -> x * x)
                .sorted().collect(Collectors.toList()));
        s.add("Stream: groupingBy counting", () -> new TreeMap<>(Stream.of("a", "bb", "cc", "ddd", "e")
                .collect(Collectors.groupingBy(String::length, Collectors.counting()))));
        s.add("Stream: joining, toMap, partitioningBy", () -> Stream.of("x", "y").collect(Collectors.joining(",",
                "<", ">")) + " " + new TreeMap<>(Stream.of("a", "bb").collect(Collectors.toMap(x -> x, String::length)))
                + " " + Stream.of(1, 2, 3).collect(Collectors.partitioningBy(x -> x > 1)));
        s.add("Stream: toMap duplicate key", () -> Stream.of("a", "a").collect(Collectors.toMap(x -> x, x -> 1)));
        s.add("Stream: reduce, summary statistics", () -> IntStream.rangeClosed(1, 10).sum() + " "
                + IntStream.of(3, 1, 2).summaryStatistics() + " " + LongStream.range(0, 5).reduce(1, (a, b) -> a + b)
                + " " + IntStream.of(1, 2).average().getAsDouble());
        s.add("Stream: double summary", () -> Stream.of(1.5, 2.25).mapToDouble(Double::doubleValue)
                .summaryStatistics().toString());
        s.add("Stream: flatMap, distinct, limit, skip", () -> Stream.of(List.of(1, 2), List.of(2, 3), List.of(4))
                .flatMap(List::stream).distinct().skip(1).limit(2).collect(Collectors.toList()));
        s.add("Stream: iterate, takeWhile, dropWhile", () -> Stream.iterate(1, x -> x * 3).takeWhile(x -> x < 500)
                .dropWhile(x -> x < 5).map(String::valueOf).collect(Collectors.joining("+")));
        s.add("Stream: anyMatch, findFirst, min", () -> Stream.of(3, 4).anyMatch(x -> x > 3) + " "
                + Stream.empty().findFirst() + " " + Stream.of("b", "a").min(Comparator.naturalOrder()).get());
        s.add("Stream: toList", () -> Stream.of(1, 2).toList());
        s.add("Stream: distinct remembers across pulls", () -> Stream.of("a", "b", "a", "c", "b", "d").distinct()
                .skip(1).limit(2).collect(Collectors.joining()) + " " + Stream.of(List.of(1, 1), List.of(1, 2, 2))
                .flatMap(List::stream).distinct().limit(5).count() + " " + IntStream.of(3, 3, 1, 3, 1).distinct()
                .skip(1).sum() + " " + Stream.of(5, 5, 6).distinct().findFirst().get() + " " + Stream.of(1, 2, 1)
                .distinct().iterator().next());
        s.add("List.of: get out of range", () -> message(() -> List.of(1, 2, 3).get(3)).replaceAll(":.*", "") + " "
                + List.of().isEmpty() + " "
                + List.of() + " " + List.of().equals(List.of()) + " " + message(() -> List.of().add(1)));
        s.add("Stream: reuse", () -> {
            Stream<Integer> st = Stream.of(1);
            st.count();
            return st.count();
        });
        s.add("Stream: sorted with nulls", () -> Stream.of("b", null, "a").sorted(Comparator.nullsFirst(
                Comparator.naturalOrder())).collect(Collectors.toList()));
        s.add("Collectors: counting", () -> Stream.of(1, 2, 3).collect(Collectors.counting()));
        s.add("Collectors: summingLong, averaging", () -> Stream.of(1, 2, 3).collect(Collectors.summingLong(
                x -> x)) + " " + Stream.of(1, 2).collect(Collectors.averagingInt(x -> x)));
        s.add("Comparator: composite", () -> {
            List<int[]> l = new ArrayList<>(List.of(new int[] {1, 2}, new int[] {0, 5}, new int[] {1, 1}));
            l.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> -a[1]).reversed());
            return l.stream().map(Arrays::toString).collect(Collectors.joining());
        });
    }

    /** The exception's class and message, or the value. */
    static String message(Snippets.Body body) {
        try {
            return String.valueOf(body.run());
        } catch (Throwable t) {
            return t.getClass().getName() + ": " + t.getMessage();
        }
    }
}
