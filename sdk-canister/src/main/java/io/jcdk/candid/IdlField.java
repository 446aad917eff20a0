package io.jcdk.candid;

/**
 * A field of a record type or a case of a variant type: a 32-bit id (the {@link FieldHash} of its name when it has
 * one) and a type. The name is kept only for printing and for host bindings; equality looks at the id alone.
 */
public final class IdlField {
    private final long id;
    private final String name;
    private final IdlType type;

    private IdlField(long id, String name, IdlType type) {
        if (id < 0 || id > 0xffffffffL) {
            throw CandidException.of(Msg.cat("field id ", id, " is not a 32-bit unsigned number"));
        }
        if (type == null) {
            throw CandidException.of(Msg.cat("field ", (name != null ? Msg.cat("\"", name, "\"") : String.valueOf(id)), " has no type"));
        }
        this.id = id;
        this.name = name;
        this.type = type;
    }

    /** A field written with a name; its id is the hash of the name. */
    public static IdlField named(String name, IdlType t) {
        return new IdlField(FieldHash.hash(name), name, t);
    }

    /** A field written with a numeric id. */
    public static IdlField id(long id, IdlType t) {
        return new IdlField(id, null, t);
    }

    public long id() {
        return id;
    }

    /** The name this field was declared with, or null for numeric ids. */
    public String name() {
        return name;
    }

    public IdlType type() {
        return type;
    }

    /** The name if known, else the decimal id: for messages. */
    public String label() {
        return name != null ? name : String.valueOf(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdlField && ((IdlField) o).id == id && ((IdlField) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return (int) id * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            Names.appendName(sb, name);
        } else {
            sb.append(id);
        }
        return sb.append(" : ").append(type).toString();
    }
}
