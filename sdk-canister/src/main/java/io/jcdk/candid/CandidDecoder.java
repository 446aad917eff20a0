package io.jcdk.candid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decodes Candid messages ({@code DIDL} + type table + argument types + values).
 *
 * <p>Arguments are coerced like a tuple record: extra wire arguments are skipped (but still validated), missing ones
 * become null/none/reserved when the expected type allows it, and everything else follows the coercion rules of the
 * spec (see {@link ValueDecoder}). Trailing bytes are rejected.
 *
 * <p>Decoding is metered ({@link Limits}): hostile messages that claim billions of zero-sized values are refused
 * quickly and without allocating their claimed sizes.
 */
public final class CandidDecoder {

    private CandidDecoder() {
    }

    /** Resource limits of one decoding. */
    public static final class Limits {
        /** Work units allowed regardless of the message size. */
        public static final long BASE_QUOTA = 2_000_000L;
        /** Extra work units allowed per message byte. */
        public static final long QUOTA_PER_BYTE = 4;
        public static final int DEFAULT_MAX_DEPTH = 512;

        private final long quota;
        private final int maxDepth;

        /**
         * @param quota work units: one per value decoded or skipped, type-table item and subtype check step
         * @param maxDepth the deepest nesting of values accepted (bounds the native stack use)
         */
        public Limits(long quota, int maxDepth) {
            this.quota = quota;
            this.maxDepth = maxDepth;
        }

        /** The default: {@code BASE_QUOTA + QUOTA_PER_BYTE * length} units, {@code DEFAULT_MAX_DEPTH} levels. */
        public static Limits forMessage(int length) {
            return new Limits(BASE_QUOTA + QUOTA_PER_BYTE * length, DEFAULT_MAX_DEPTH);
        }

        public long quota() {
            return quota;
        }

        public int maxDepth() {
            return maxDepth;
        }
    }

    /** The result of decoding by wire types: the types the sender declared, and the values. */
    public static final class Decoded {
        private final List<IdlType> types;
        private final List<IdlValue> values;

        Decoded(List<IdlType> types, List<IdlValue> values) {
            this.types = Collections.unmodifiableList(types);
            this.values = Collections.unmodifiableList(values);
        }

        public List<IdlType> types() {
            return types;
        }

        public List<IdlValue> values() {
            return values;
        }
    }

    /**
     * Decodes the arguments at the expected types.
     *
     * @param expected the parameter types; null decodes every argument at its wire type
     * @throws CandidException when the message is malformed, does not coerce, or exceeds the limits
     */
    public static List<IdlValue> decodeArgs(byte[] message, List<IdlType> expected) {
        return decodeArgs(message, expected, Limits.forMessage(message.length));
    }

    public static List<IdlValue> decodeArgs(byte[] message, List<IdlType> expected, Limits limits) {
        return run(message, expected, limits).values;
    }

    /** Decodes by wire types and also returns those types (for printing, as {@code didc decode} does). */
    public static Decoded decode(byte[] message) {
        return run(message, null, Limits.forMessage(message.length));
    }

    private static Decoded run(byte[] message, List<IdlType> expected, Limits limits) {
        CandidReader r = CandidReader.open(message, namesOf(expected), limits);
        ValueDecoder dec = new ValueDecoder(r, r.quota(), limits.maxDepth());
        List<IdlValue> values = new ArrayList<>();
        int count = expected == null ? r.types().argCount() : expected.size();
        for (int i = 0; i < count; i++) {
            values.add(dec.decode(r.arg(), expected == null ? null : expected.get(i)));
        }
        r.end();
        return new Decoded(dec.table().argTypes(), values);
    }

    /** The field names of the expected types, for error messages. */
    private static FieldNames namesOf(List<IdlType> expected) {
        if (expected == null) {
            return FieldNames.NONE;
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.Set<IdlType> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<IdlType> work = new java.util.ArrayDeque<>(expected);
        while (!work.isEmpty()) {
            IdlType t = work.pop().resolve();
            if (!seen.add(t)) {
                continue;
            }
            switch (t.kind()) {
                case OPT:
                case VEC:
                    work.push(t.inner());
                    break;
                case RECORD:
                case VARIANT:
                    for (IdlField f : t.fields()) {
                        if (f.name() != null) {
                            names.add(f.name());
                        }
                        work.push(f.type());
                    }
                    break;
                default:
                    break;
            }
        }
        return new FieldNames(names.toArray(new String[0]));
    }
}
