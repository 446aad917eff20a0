package io.jcdk.runtime.meter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the instructions of a call went: one entry per Wasm function that executed instructions (named from the
 * module's {@code name} section, else {@code func[<index>]}) and one per System API function called
 * ({@code ic0.<name>}, each call counting its fixed charge), sorted by instructions, most first. The total is exactly
 * the call's metered instruction count. Entries of executions on other canisters than the one called (inter-canister
 * calls made on behalf of the call) are prefixed with {@code [<canister>] }.
 *
 * @param entries the functions that used instructions, most first (ties by name)
 * @param total the sum of all entries
 */
public record Profile(List<Entry> entries, long total) {
    public static final Profile EMPTY = new Profile(List.of(), 0);

    /** One function and the instructions executed in its own body (not in the functions it called). */
    public record Entry(String name, long instructions) {}

    public Profile {
        entries = List.copyOf(entries);
    }

    /** A profile of these counts: zero counts are left out, the rest sorted. */
    public static Profile of(Map<String, Long> counts) {
        List<Entry> list = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() != 0) {
                list.add(new Entry(e.getKey(), e.getValue()));
                total += e.getValue();
            }
        }
        list.sort(Comparator.comparingLong(Entry::instructions).reversed().thenComparing(Entry::name));
        return new Profile(list, total);
    }

    /** The first {@code n} entries (all when there are fewer). */
    public List<Entry> top(int n) {
        return entries.subList(0, Math.min(n, entries.size()));
    }

    /** The instructions of the entry with this name, 0 when there is none. */
    public long instructions(String name) {
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                return e.instructions();
            }
        }
        return 0;
    }

    /** Adds up the profiles of several executions (a call's method, callbacks and the calls it made). */
    public static final class Builder {
        private final Map<String, Long> counts = new LinkedHashMap<>();

        /** Adds every entry of {@code p}, its name prefixed with {@code prefix}. */
        public Builder add(String prefix, Profile p) {
            for (Entry e : p.entries()) {
                counts.merge(prefix + e.name(), e.instructions(), Long::sum);
            }
            return this;
        }

        public Profile build() {
            return of(counts);
        }
    }
}
