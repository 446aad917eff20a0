package io.jcdk.candid;

/**
 * The kinds of Candid types and values, with their binary type opcodes ({@code T} in the spec).
 * {@link #FUTURE} stands for any opcode below -24 that a newer sender may use; it only appears in wire types.
 */
public enum IdlKind {
    NULL(-1, "null"), BOOL(-2, "bool"), NAT(-3, "nat"), INT(-4, "int"),
    NAT8(-5, "nat8"), NAT16(-6, "nat16"), NAT32(-7, "nat32"), NAT64(-8, "nat64"),
    INT8(-9, "int8"), INT16(-10, "int16"), INT32(-11, "int32"), INT64(-12, "int64"),
    FLOAT32(-13, "float32"), FLOAT64(-14, "float64"), TEXT(-15, "text"), RESERVED(-16, "reserved"),
    EMPTY(-17, "empty"), OPT(-18, "opt"), VEC(-19, "vec"), RECORD(-20, "record"), VARIANT(-21, "variant"),
    FUNC(-22, "func"), SERVICE(-23, "service"), PRINCIPAL(-24, "principal"), FUTURE(-25, "future");

    private final int opcode;
    private final String keyword;

    IdlKind(int opcode, String keyword) {
        this.opcode = opcode;
        this.keyword = keyword;
    }

    /** The (negative) binary opcode; for {@link #FUTURE} the largest future opcode, -25. */
    public int opcode() {
        return opcode;
    }

    /** The keyword of the textual type syntax. */
    public String keyword() {
        return keyword;
    }

    /** Primitive types are written inline in a type table; the others need a table entry. */
    public boolean isPrimitive() {
        return opcode >= -17 || this == PRINCIPAL;
    }

    /** Fixed-width integers ({@code nat8} .. {@code int64}). */
    public boolean isFixedInt() {
        return opcode <= -5 && opcode >= -12;
    }

    /** Byte width of fixed-size numbers (fixed ints and floats), else 0. */
    public int byteWidth() {
        switch (this) {
            case NAT8: case INT8: return 1;
            case NAT16: case INT16: return 2;
            case NAT32: case INT32: case FLOAT32: return 4;
            case NAT64: case INT64: case FLOAT64: return 8;
            default: return 0;
        }
    }

    /** True for the unsigned fixed-width integers. */
    public boolean isUnsigned() {
        return this == NAT8 || this == NAT16 || this == NAT32 || this == NAT64;
    }

    private static final IdlKind[] BY_OPCODE = new IdlKind[25];

    static {
        for (IdlKind k : values()) {
            if (k != FUTURE) {
                BY_OPCODE[-k.opcode] = k;
            }
        }
    }

    /** The kind of a defined opcode (-1 .. -24), or null. */
    public static IdlKind ofOpcode(long opcode) {
        if (opcode <= -1 && opcode >= -24) {
            return BY_OPCODE[(int) -opcode];
        }
        return null;
    }

    /** The primitive kind named by a keyword of the type syntax, or null. */
    public static IdlKind primitiveOfKeyword(String word) {
        for (IdlKind k : values()) {
            if (k.isPrimitive() && k.keyword.equals(word)) {
                return k;
            }
        }
        return null;
    }
}
