package io.jcdk.runtime.exec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the Internet Computer charges for each System API call, from {@code ic0-costs.tsv} next to this class (its
 * header names the dfinity/ic sources): a fixed overhead, plus instructions per byte of a size argument, plus for
 * debug_print and trap the canister-log charge and for stable writes the dirty-page charge. Loaded once.
 */
public final class Ic0Costs {
    static final String RESOURCE = "ic0-costs.tsv";
    /** The canister log the IC charges debug_print and trap against: 4 KiB per message execution. */
    static final long LOG_CAPACITY = 4 * 1024;
    /** Bytes a log record takes besides its content: its index and timestamp (two u64). */
    static final long LOG_RECORD_OVERHEAD = 16;
    /** Instructions per stable-memory OS page (4 KiB) that a message writes for the first time. */
    static final long DIRTY_PAGE_OVERHEAD = 1000;
    static final int OS_PAGE_SHIFT = 12;

    /** How one function is charged beyond its overhead and per-byte part. */
    public enum Extra { NONE, LOG, DIRTY_PAGES }

    /**
     * One function's charge.
     *
     * @param sizeArgs 0-based argument indexes whose values add up to the size (empty: none)
     */
    public record Cost(String function, long overhead, long perByte, int[] sizeArgs, Extra extra) {
        /** The size the call passes: the sum of its size arguments, read as unsigned. */
        long size(long[] args, boolean[] i32) {
            long size = 0;
            for (int a : sizeArgs) {
                long v = i32[a] ? args[a] & 0xFFFF_FFFFL : args[a];
                size = v < 0 || size + v < 0 ? Long.MAX_VALUE : size + v; // saturating, like the IC
            }
            return size;
        }
    }

    private static final Map<String, Cost> COSTS = load();

    private Ic0Costs() {}

    /** Every function's cost, by ic0 name (without the {@code ic0.} prefix), in file order. */
    public static Map<String, Cost> all() {
        return COSTS;
    }

    static Cost of(String function) {
        Cost c = COSTS.get(function);
        if (c == null) {
            throw new IllegalStateException(RESOURCE + " has no row for ic0." + function);
        }
        return c;
    }

    /** The IC's charge for logging {@code size} bytes when {@code used} bytes of the message's log are taken. */
    static long logCharge(long size, long used) {
        long remaining = Math.max(0, LOG_CAPACITY - used);
        return 2 * Math.min(size, LOG_CAPACITY) + 50 * Math.min(size, remaining);
    }

    private static Map<String, Cost> load() {
        InputStream in = Ic0Costs.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        Map<String, Cost> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 5) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 5 columns");
                }
                int[] sizeArgs = c[3].equals("-") ? new int[0]
                        : java.util.Arrays.stream(c[3].split("\\+")).mapToInt(s -> Integer.parseInt(s) - 1).toArray();
                Extra extra = switch (c[4]) {
                    case "-" -> Extra.NONE;
                    case "log" -> Extra.LOG;
                    case "dirty_pages" -> Extra.DIRTY_PAGES;
                    default -> throw new IllegalStateException(RESOURCE + " line " + number + ": extra " + c[4]);
                };
                if (out.put(c[0], new Cost(c[0], Long.parseLong(c[1]), Long.parseLong(c[2]), sizeArgs, extra))
                        != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": " + c[0] + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
