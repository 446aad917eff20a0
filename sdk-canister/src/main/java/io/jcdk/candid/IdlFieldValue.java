package io.jcdk.candid;

/**
 * A field of a record value or the case of a variant value: an id, an optional name (kept for printing and host
 * bindings; equality ignores it) and a value.
 */
public final class IdlFieldValue {
    private final long id;
    private final String name;
    private final IdlValue value;

    IdlFieldValue(long id, String name, IdlValue value) {
        if (id < 0 || id > 0xffffffffL) {
            throw CandidException.of(Msg.cat("field id ", id, " is not a 32-bit unsigned number"));
        }
        if (value == null) {
            throw CandidException.of(Msg.cat("field ", (name != null ? Msg.cat("\"", name, "\"") : String.valueOf(id)), " has no value (use IdlValue.opt(null) for an absent option)"));
        }
        this.id = id;
        this.name = name;
        this.value = value;
    }

    public static IdlFieldValue named(String name, IdlValue value) {
        return new IdlFieldValue(FieldHash.hash(name), name, value);
    }

    public static IdlFieldValue id(long id, IdlValue value) {
        return new IdlFieldValue(id, null, value);
    }

    public long id() {
        return id;
    }

    /** The name, when known (from the text, the expected type or the factory), else null. */
    public String name() {
        return name;
    }

    public IdlValue value() {
        return value;
    }

    /** The name if known, else the decimal id. */
    public String label() {
        return name != null ? name : String.valueOf(id);
    }

    IdlFieldValue withName(String newName) {
        return newName == null || newName.equals(name) ? this : new IdlFieldValue(id, newName, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdlFieldValue && ((IdlFieldValue) o).id == id && ((IdlFieldValue) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return (int) id * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            Names.appendName(sb, name);
        } else {
            sb.append(id);
        }
        return sb.append(" = ").append(value).toString();
    }
}
