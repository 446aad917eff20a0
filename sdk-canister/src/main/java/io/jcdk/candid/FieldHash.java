package io.jcdk.candid;


/** The Candid field-id hash: {@code hash(name) = sum(utf8(name)[i] * 223^(k-i)) mod 2^32}. */
public final class FieldHash {
    private FieldHash() {
    }

    /** The id of a field or variant case written as a name, as an unsigned 32-bit value in a long. */
    public static long hash(String name) {
        long h = 0;
        for (byte b : Utf8.encode(name)) {
            h = (h * 223 + (b & 0xff)) & 0xffffffffL;
        }
        return h;
    }
}
