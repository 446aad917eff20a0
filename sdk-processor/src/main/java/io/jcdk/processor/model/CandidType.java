package io.jcdk.processor.model;

import io.jcdk.candid.FieldHash;
import io.jcdk.candid.Names;
import java.util.List;

/**
 * A Candid type as the processor sees it: enough to print it in a {@code .did} file, to compute the stable-state
 * fingerprint and to emit the code that builds the matching {@code io.jcdk.candid.IdlType} at run time. Java
 * records, classes, enums and sealed interfaces map to {@link Named} references, defined once by a
 * {@link NamedType}: that is how recursive types are written.
 */
public sealed interface CandidType
        permits CandidType.Primitive, CandidType.Opt, CandidType.Vec, CandidType.Record, CandidType.Variant,
        CandidType.Named {

    /** The textual Candid syntax, as {@code io.jcdk.candid.IdlType#toString()} prints it. */
    String didText();

    /** The primitive types, with their Candid keyword and the name of their {@code IdlType} constant. */
    enum Primitive implements CandidType {
        NULL("null"), BOOL("bool"), NAT("nat"), INT("int"), NAT8("nat8"), NAT16("nat16"), NAT32("nat32"),
        NAT64("nat64"), INT8("int8"), INT16("int16"), INT32("int32"), INT64("int64"), FLOAT32("float32"),
        FLOAT64("float64"), TEXT("text"), RESERVED("reserved"), EMPTY("empty"), PRINCIPAL("principal");

        private final String keyword;

        Primitive(String keyword) {
            this.keyword = keyword;
        }

        @Override
        public String didText() {
            return keyword;
        }
    }

    /** {@code opt t}. */
    record Opt(CandidType inner) implements CandidType {
        @Override
        public String didText() {
            return "opt " + inner.didText();
        }
    }

    /** {@code vec t}; {@code vec nat8} prints as {@code blob}. */
    record Vec(CandidType inner) implements CandidType {
        public static final Vec BLOB = new Vec(Primitive.NAT8);

        public boolean isBlob() {
            return inner == Primitive.NAT8;
        }

        @Override
        public String didText() {
            return isBlob() ? "blob" : "vec " + inner.didText();
        }
    }

    /** {@code record { ... }}, kept sorted by field id as Candid prints them; a tuple prints without labels. */
    record Record(List<Field> fields) implements CandidType {
        public Record {
            fields = sortedById(fields);
        }

        /** A tuple: fields {@code 0 .. n-1} without names, n > 0. */
        public static Record tuple(List<CandidType> elements) {
            List<Field> fields = new java.util.ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                fields.add(new Field(null, i, elements.get(i)));
            }
            return new Record(fields);
        }

        public boolean isTuple() {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name() != null || fields.get(i).id() != i) {
                    return false;
                }
            }
            return !fields.isEmpty();
        }

        @Override
        public String didText() {
            return appendFields("record", fields, isTuple(), false);
        }
    }

    /** {@code variant { ... }}: cases sorted by id; a case of type {@code null} prints without its type. */
    record Variant(List<Field> fields) implements CandidType {
        public Variant {
            fields = sortedById(fields);
        }

        @Override
        public String didText() {
            return appendFields("variant", fields, false, true);
        }
    }

    /** A reference to a type defined by name in the {@code .did} ({@code type Name = ...;}). */
    record Named(String name) implements CandidType {
        @Override
        public String didText() {
            return name;
        }
    }

    private static String appendFields(String keyword, List<Field> fields, boolean tuple, boolean variant) {
        if (fields.isEmpty()) {
            return keyword + " {}";
        }
        StringBuilder sb = new StringBuilder(keyword).append(" {");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            sb.append(i == 0 ? " " : "; ");
            if (!tuple) {
                sb.append(f.name() != null ? Names.printable(f.name()) : Long.toString(f.id()));
                if (variant && f.type() == Primitive.NULL) {
                    continue;
                }
                sb.append(" : ");
            }
            sb.append(f.type().didText());
        }
        return sb.append(" }").toString();
    }

    /**
     * A record field or variant case: a name (null for a numeric id, as in tuples), its id and its type.
     */
    record Field(String name, long id, CandidType type) {
        /** A named field; its id is Candid's hash of the name. */
        public Field(String name, CandidType type) {
            this(name, FieldHash.hash(name), type);
        }
    }

    private static List<Field> sortedById(List<Field> fields) {
        List<Field> sorted = new java.util.ArrayList<>(fields);
        sorted.sort(java.util.Comparator.comparingLong(Field::id));
        return List.copyOf(sorted);
    }
}
