package io.jcdk.candid;

/**
 * The field and case names a canister's types use, so that a decoding error can say {@code record field "path"}
 * instead of the field's hash. Hashes are computed only when an error is reported.
 */
public final class FieldNames {
    /** No names: errors show field ids. */
    public static final FieldNames NONE = new FieldNames();

    private final String[] names;

    public FieldNames(String... names) {
        this.names = names;
    }

    /** The name whose hash is {@code id}, or null. */
    String nameOf(long id) {
        for (String n : names) {
            if (FieldHash.hash(n) == id) {
                return n;
            }
        }
        return null;
    }
}
