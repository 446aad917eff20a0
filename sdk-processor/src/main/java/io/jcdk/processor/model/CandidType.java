package io.jcdk.processor.model;

import java.util.List;

/**
 * A Candid type as the processor sees it: enough to print it in a {@code .did} file, to compute the stable-state
 * fingerprint and to emit the code that builds the matching {@code io.jcdk.candid.IdlType} at run time.
 */
public sealed interface CandidType permits CandidType.Primitive, CandidType.Opt, CandidType.Vec, CandidType.Record {

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

    /** {@code record { ... }} with named fields, kept sorted by field id as Candid prints them. */
    record Record(List<Field> fields) implements CandidType {
        public Record {
            fields = CandidNames.sortedById(fields);
        }

        @Override
        public String didText() {
            if (fields.isEmpty()) {
                return "record {}";
            }
            StringBuilder sb = new StringBuilder("record {");
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                sb.append(i == 0 ? " " : "; ").append(CandidNames.printable(f.name())).append(" : ")
                        .append(f.type().didText());
            }
            return sb.append(" }").toString();
        }
    }

    /** A named record field. */
    record Field(String name, CandidType type) {
        /** The field id: Candid's hash of the name. */
        public long id() {
            return CandidNames.fieldHash(name);
        }
    }
}
