package io.jcdk.candid;

import io.jcdk.canister.Principal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable Candid value. Values do not carry their type: the same value can be encoded at several types (e.g. a
 * record at a record type with fewer optional fields). Accessors throw {@link CandidException} on a wrong kind.
 *
 * <p>{@code vec nat8} has a compact representation, {@link #blob(byte[])}; a blob equals the vector of the same
 * {@code nat8} values. Floats compare by their bits (so NaN equals NaN). Record and variant fields compare by id; names
 * are informative only. {@code toString} is the textual form of {@link CandidText#print(List)}.
 */
public abstract class IdlValue {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    IdlValue() {
    }

    /** The kind of the value; {@code blob} values are of kind {@link IdlKind#VEC}. */
    public abstract IdlKind kind();

    // ---------------------------------------------------------------- factories

    public static IdlValue text(String s) {
        if (s == null) {
            throw CandidException.of("text value is null");
        }
        return new Text(s);
    }

    public static IdlValue bool(boolean b) {
        return b ? Bool.TRUE : Bool.FALSE;
    }

    /** The value of type {@code null}. */
    public static IdlValue nullValue() {
        return Null.INSTANCE;
    }

    /** The value of type {@code reserved}. */
    public static IdlValue reserved() {
        return Reserved.INSTANCE;
    }

    public static IdlValue nat(BigInteger n) {
        if (n == null || n.signum() < 0) {
            throw CandidException.of(Msg.cat("nat value must be non-negative, got ", n == null ? "null" : Msg.decimal(n)));
        }
        return new BigNum(IdlKind.NAT, n);
    }

    public static IdlValue nat(long n) {
        return nat(BigInteger.valueOf(n));
    }

    public static IdlValue int_(BigInteger n) {
        if (n == null) {
            throw CandidException.of("int value is null");
        }
        return new BigNum(IdlKind.INT, n);
    }

    public static IdlValue int_(long n) {
        return int_(BigInteger.valueOf(n));
    }

    public static IdlValue nat8(int n) {
        return fixed(IdlKind.NAT8, n, 0, 255);
    }

    public static IdlValue nat16(int n) {
        return fixed(IdlKind.NAT16, n, 0, 65535);
    }

    public static IdlValue nat32(long n) {
        return fixed(IdlKind.NAT32, n, 0, 0xffffffffL);
    }

    /** A nat64 given by its 64 bits (read as unsigned: -1 is 2^64-1). */
    public static IdlValue nat64(long bits) {
        return new FixedInt(IdlKind.NAT64, bits);
    }

    public static IdlValue int8(int n) {
        return fixed(IdlKind.INT8, n, -128, 127);
    }

    public static IdlValue int16(int n) {
        return fixed(IdlKind.INT16, n, -32768, 32767);
    }

    public static IdlValue int32(int n) {
        return new FixedInt(IdlKind.INT32, n);
    }

    public static IdlValue int64(long n) {
        return new FixedInt(IdlKind.INT64, n);
    }

    /** A fixed-width integer of the given kind from its 64-bit two's complement pattern, range-checked. */
    public static IdlValue fixedInt(IdlKind kind, long bits) {
        switch (kind) {
            case NAT8: return fixed(kind, bits, 0, 255);
            case NAT16: return fixed(kind, bits, 0, 65535);
            case NAT32: return fixed(kind, bits, 0, 0xffffffffL);
            case INT8: return fixed(kind, bits, -128, 127);
            case INT16: return fixed(kind, bits, -32768, 32767);
            case INT32: return fixed(kind, bits, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case NAT64:
            case INT64: return new FixedInt(kind, bits);
            default: throw CandidException.of(Msg.cat(kind.keyword(), " is not a fixed-width integer type"));
        }
    }

    private static IdlValue fixed(IdlKind kind, long n, long min, long max) {
        if (n < min || n > max) {
            throw CandidException.of(Msg.cat(n, " is out of range for ", kind.keyword()));
        }
        return new FixedInt(kind, n);
    }

    public static IdlValue float32(float f) {
        return new Float32(f);
    }

    public static IdlValue float64(double d) {
        return new Float64(d);
    }

    /** {@code vec nat8}, stored compactly. The array is copied. */
    public static IdlValue blob(byte[] bytes) {
        return new Blob(bytes.clone());
    }

    static IdlValue blobNoCopy(byte[] bytes) {
        return new Blob(bytes);
    }

    public static IdlValue principal(Principal p) {
        if (p == null) {
            throw CandidException.of("principal value is null");
        }
        return new Ref(IdlKind.PRINCIPAL, p, null);
    }

    /** A service reference. */
    public static IdlValue service(Principal p) {
        if (p == null) {
            throw CandidException.of("service value is null");
        }
        return new Ref(IdlKind.SERVICE, p, null);
    }

    /** A function reference: a public method of a service. */
    public static IdlValue func(Principal service, String method) {
        if (service == null || method == null) {
            throw CandidException.of("func value needs a service and a method name");
        }
        return new Ref(IdlKind.FUNC, service, method);
    }

    /** An option: {@code opt v}, or none when {@code v} is null. */
    public static IdlValue opt(IdlValue v) {
        return v == null ? Opt.NONE : new Opt(v);
    }

    /** The empty option, same as {@code opt(null)}. */
    public static IdlValue none() {
        return Opt.NONE;
    }

    public static IdlValue some(IdlValue v) {
        if (v == null) {
            throw CandidException.of("some(null): use none()");
        }
        return new Opt(v);
    }

    public static IdlValue vec(List<IdlValue> elems) {
        List<IdlValue> copy = new ArrayList<>(elems.size());
        for (IdlValue e : elems) {
            if (e == null) {
                throw CandidException.of("vector element is null");
            }
            copy.add(e);
        }
        return new Vec(Collections.unmodifiableList(copy));
    }

    public static IdlValue vec(IdlValue... elems) {
        return vec(Arrays.asList(elems));
    }

    static IdlValue vecNoCopy(List<IdlValue> elems) {
        return new Vec(Collections.unmodifiableList(elems));
    }

    /** A record; fields are sorted by id and duplicate ids are rejected. */
    public static IdlValue record(List<IdlFieldValue> fields) {
        List<IdlFieldValue> fs = new ArrayList<>(fields);
        for (int i = 1; i < fs.size(); i++) {
            for (int j = i; j > 0 && fs.get(j - 1).id() > fs.get(j).id(); j--) {
                IdlFieldValue tmp = fs.get(j);
                fs.set(j, fs.get(j - 1));
                fs.set(j - 1, tmp);
            }
        }
        for (int i = 1; i < fs.size(); i++) {
            if (fs.get(i - 1).id() == fs.get(i).id()) {
                throw CandidException.of(Msg.cat("record value has two fields with id ", fs.get(i).id(), " (", fs.get(i - 1).label(), ", ", fs.get(i).label(), ")"));
            }
        }
        return new Record(Collections.unmodifiableList(fs));
    }

    public static IdlValue record(IdlFieldValue... fields) {
        return record(Arrays.asList(fields));
    }

    /** Fields already sorted by strictly increasing id (the decoders produce them so). */
    static IdlValue recordSorted(List<IdlFieldValue> fields) {
        return new Record(Collections.unmodifiableList(fields));
    }

    /** A tuple: the record with fields {@code 0 .. n-1}. */
    public static IdlValue tuple(IdlValue... elems) {
        List<IdlFieldValue> fs = new ArrayList<>(elems.length);
        for (int i = 0; i < elems.length; i++) {
            fs.add(IdlFieldValue.id(i, elems[i]));
        }
        return new Record(Collections.unmodifiableList(fs));
    }

    public static IdlValue variant(IdlFieldValue field) {
        if (field == null) {
            throw CandidException.of("variant value needs a case");
        }
        return new Variant(field);
    }

    /** {@code variant { name = value }}. */
    public static IdlValue variant(String name, IdlValue value) {
        return new Variant(IdlFieldValue.named(name, value));
    }

    // ---------------------------------------------------------------- accessors

    CandidException wrongKind(String expected) {
        return CandidException.of(Msg.cat("expected a ", expected, " value, got ", describe()));
    }

    /** A short description for messages: the kind and, for small values, the value. */
    String describe() {
        return kind().keyword();
    }

    public String asText() {
        throw wrongKind("text");
    }

    public boolean asBool() {
        throw wrongKind("bool");
    }

    /**
     * Any fixed-width integer as a long ({@code nat64} as its bits, so values above 2^63-1 come out negative), or a
     * {@code nat}/{@code int} that fits in a long.
     */
    public long asLong() {
        throw wrongKind("integer");
    }

    /** An integer value that fits in an int. */
    public int asInt() {
        long v = asLong();
        if (kind() == IdlKind.NAT64 && v < 0 || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw CandidException.of(Msg.cat(describe(), " does not fit in a 32-bit int"));
        }
        return (int) v;
    }

    /** Any integer value ({@code nat64} unsigned). */
    public BigInteger asBigInteger() {
        throw wrongKind("integer");
    }

    /** {@code float64} or {@code float32}. */
    public double asDouble() {
        throw wrongKind("float");
    }

    public float asFloat() {
        throw wrongKind("float32");
    }

    /** The bytes of a {@code blob} (or of a vector of {@code nat8}); a copy. */
    public byte[] asBlob() {
        throw wrongKind("blob");
    }

    /** The principal of a principal, service or function reference. */
    public Principal asPrincipal() {
        throw wrongKind("principal");
    }

    /** The method name of a function reference. */
    public String funcMethod() {
        throw wrongKind("func");
    }

    /** The content of an option; null when it is none. */
    public IdlValue optValue() {
        throw wrongKind("opt");
    }

    /** True for the empty option. */
    public boolean isNone() {
        return false;
    }

    /** The elements of a vector (a blob gives its bytes as {@code nat8} values). */
    public List<IdlValue> asVec() {
        throw wrongKind("vec");
    }

    /** The fields of a record, sorted by id. */
    public List<IdlFieldValue> fields() {
        throw wrongKind("record");
    }

    /** The value of the record field with this name; throws if there is none. */
    public IdlValue field(String name) {
        IdlValue v = fieldOrNull(FieldHash.hash(name));
        if (v == null) {
            throw CandidException.of(Msg.cat("record has no field \"", name, "\""));
        }
        return v;
    }

    /** The value of the record field with this id; throws if there is none. */
    public IdlValue field(long id) {
        IdlValue v = fieldOrNull(id);
        if (v == null) {
            throw CandidException.of(Msg.cat("record has no field ", id));
        }
        return v;
    }

    /** The value of the record field with this id, or null. */
    public IdlValue fieldOrNull(long id) {
        for (IdlFieldValue f : fields()) {
            if (f.id() == id) {
                return f.value();
            }
        }
        return null;
    }

    public IdlValue fieldOrNull(String name) {
        return fieldOrNull(FieldHash.hash(name));
    }

    /** The case of a variant. */
    public IdlFieldValue variantField() {
        throw wrongKind("variant");
    }

    /** True when this is a variant whose case is {@code name}. */
    public boolean isVariant(String name) {
        return kind() == IdlKind.VARIANT && variantField().id() == FieldHash.hash(name);
    }

    @Override
    public String toString() {
        return TextPrinter.printValue(this, null);
    }

    // ---------------------------------------------------------------- implementations

    static final class Null extends IdlValue {
        static final Null INSTANCE = new Null();

        @Override
        public IdlKind kind() {
            return IdlKind.NULL;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Null;
        }

        @Override
        public int hashCode() {
            return 11;
        }
    }

    static final class Reserved extends IdlValue {
        static final Reserved INSTANCE = new Reserved();

        @Override
        public IdlKind kind() {
            return IdlKind.RESERVED;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Reserved;
        }

        @Override
        public int hashCode() {
            return 13;
        }
    }

    static final class Bool extends IdlValue {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);
        final boolean value;

        private Bool(boolean value) {
            this.value = value;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.BOOL;
        }

        @Override
        public boolean asBool() {
            return value;
        }

        @Override
        String describe() {
            return Msg.cat("bool ", value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bool && ((Bool) o).value == value;
        }

        @Override
        public int hashCode() {
            return value ? 17 : 19;
        }
    }

    /** {@code nat} and {@code int}. */
    static final class BigNum extends IdlValue {
        final IdlKind kind;
        final BigInteger value;

        BigNum(IdlKind kind, BigInteger value) {
            this.kind = kind;
            this.value = value;
        }

        @Override
        public IdlKind kind() {
            return kind;
        }

        @Override
        public BigInteger asBigInteger() {
            return value;
        }

        @Override
        public long asLong() {
            if (value.bitLength() > 63) {
                throw CandidException.of(Msg.cat(kind.keyword(), " ", Msg.decimal(value), " does not fit in a 64-bit long"));
            }
            return value.longValue();
        }

        @Override
        String describe() {
            return Msg.cat(kind.keyword(), " ", Msg.decimal(value));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BigNum && ((BigNum) o).kind == kind && ((BigNum) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return kind.ordinal() * 31 + value.hashCode();
        }
    }

    /** {@code nat8} .. {@code int64}, kept as a 64-bit pattern (unsigned kinds below 64 bits are non-negative). */
    static final class FixedInt extends IdlValue {
        final IdlKind kind;
        final long bits;

        FixedInt(IdlKind kind, long bits) {
            this.kind = kind;
            this.bits = bits;
        }

        @Override
        public IdlKind kind() {
            return kind;
        }

        @Override
        public long asLong() {
            return bits;
        }

        @Override
        public BigInteger asBigInteger() {
            BigInteger b = BigInteger.valueOf(bits);
            return kind == IdlKind.NAT64 && bits < 0 ? b.add(TWO_64) : b;
        }

        @Override
        String describe() {
            return Msg.cat(kind.keyword(), " ", Msg.decimal(asBigInteger()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FixedInt && ((FixedInt) o).kind == kind && ((FixedInt) o).bits == bits;
        }

        @Override
        public int hashCode() {
            return hash(kind, bits);
        }

        static int hash(IdlKind kind, long bits) {
            return (int) (bits ^ (bits >>> 32)) * 31 + kind.ordinal();
        }
    }

    static final class Float32 extends IdlValue {
        final float value;

        Float32(float value) {
            this.value = value;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.FLOAT32;
        }

        @Override
        public float asFloat() {
            return value;
        }

        @Override
        public double asDouble() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float32 && Float.floatToIntBits(((Float32) o).value) == Float.floatToIntBits(value);
        }

        @Override
        public int hashCode() {
            return Float.floatToIntBits(value) + 23;
        }
    }

    static final class Float64 extends IdlValue {
        final double value;

        Float64(double value) {
            this.value = value;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.FLOAT64;
        }

        @Override
        public double asDouble() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float64
                    && Double.doubleToLongBits(((Float64) o).value) == Double.doubleToLongBits(value);
        }

        @Override
        public int hashCode() {
            long b = Double.doubleToLongBits(value);
            return (int) (b ^ (b >>> 32)) + 29;
        }
    }

    static final class Text extends IdlValue {
        final String value;

        Text(String value) {
            this.value = value;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.TEXT;
        }

        @Override
        public String asText() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text && ((Text) o).value.equals(value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    /** Principal, service and function references. */
    static final class Ref extends IdlValue {
        final IdlKind kind;
        final Principal principal;
        final String method;

        Ref(IdlKind kind, Principal principal, String method) {
            this.kind = kind;
            this.principal = principal;
            this.method = method;
        }

        @Override
        public IdlKind kind() {
            return kind;
        }

        @Override
        public Principal asPrincipal() {
            return principal;
        }

        @Override
        public String funcMethod() {
            if (kind != IdlKind.FUNC) {
                throw wrongKind("func");
            }
            return method;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Ref)) {
                return false;
            }
            Ref r = (Ref) o;
            return r.kind == kind && r.principal.equals(principal)
                    && (method == null ? r.method == null : method.equals(r.method));
        }

        @Override
        public int hashCode() {
            return kind.ordinal() * 31 + principal.hashCode() + (method == null ? 0 : method.hashCode());
        }
    }

    static final class Opt extends IdlValue {
        static final Opt NONE = new Opt(null);
        final IdlValue value;

        Opt(IdlValue value) {
            this.value = value;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.OPT;
        }

        @Override
        public IdlValue optValue() {
            return value;
        }

        @Override
        public boolean isNone() {
            return value == null;
        }

        @Override
        String describe() {
            return value == null ? "opt (none)" : "opt";
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Opt)) {
                return false;
            }
            IdlValue w = ((Opt) o).value;
            return value == null ? w == null : value.equals(w);
        }

        @Override
        public int hashCode() {
            return value == null ? 37 : 41 * value.hashCode() + 1;
        }
    }

    static final class Vec extends IdlValue {
        final List<IdlValue> elems;

        Vec(List<IdlValue> elems) {
            this.elems = elems;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.VEC;
        }

        @Override
        public List<IdlValue> asVec() {
            return elems;
        }

        @Override
        public byte[] asBlob() {
            byte[] out = new byte[elems.size()];
            for (int i = 0; i < out.length; i++) {
                IdlValue e = elems.get(i);
                if (e.kind() != IdlKind.NAT8) {
                    throw wrongKind("blob");
                }
                out[i] = (byte) e.asLong();
            }
            return out;
        }

        @Override
        String describe() {
            return "vec";
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof Vec) {
                return ((Vec) o).elems.equals(elems);
            }
            if (o instanceof Blob) {
                byte[] b = ((Blob) o).bytes;
                if (b.length != elems.size()) {
                    return false;
                }
                for (int i = 0; i < b.length; i++) {
                    IdlValue e = elems.get(i);
                    if (!(e instanceof FixedInt) || e.kind() != IdlKind.NAT8 || ((FixedInt) e).bits != (b[i] & 0xff)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (IdlValue e : elems) {
                h = 31 * h + e.hashCode();
            }
            return h;
        }
    }

    static final class Blob extends IdlValue {
        final byte[] bytes;

        Blob(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.VEC;
        }

        @Override
        public byte[] asBlob() {
            return bytes.clone();
        }

        @Override
        public List<IdlValue> asVec() {
            List<IdlValue> out = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                out.add(new FixedInt(IdlKind.NAT8, b & 0xff));
            }
            return Collections.unmodifiableList(out);
        }

        @Override
        String describe() {
            return "blob";
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof Blob) {
                return Arrays.equals(((Blob) o).bytes, bytes);
            }
            return o instanceof Vec && o.equals(this);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (byte b : bytes) {
                h = 31 * h + FixedInt.hash(IdlKind.NAT8, b & 0xff);
            }
            return h;
        }
    }

    static final class Record extends IdlValue {
        final List<IdlFieldValue> fields;

        Record(List<IdlFieldValue> fields) {
            this.fields = fields;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.RECORD;
        }

        @Override
        public List<IdlFieldValue> fields() {
            return fields;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Record && ((Record) o).fields.equals(fields);
        }

        @Override
        public int hashCode() {
            return fields.hashCode() + 43;
        }
    }

    static final class Variant extends IdlValue {
        final IdlFieldValue field;

        Variant(IdlFieldValue field) {
            this.field = field;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.VARIANT;
        }

        @Override
        public IdlFieldValue variantField() {
            return field;
        }

        @Override
        String describe() {
            return Msg.cat("variant (case ", field.label(), ")");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Variant && ((Variant) o).field.equals(field);
        }

        @Override
        public int hashCode() {
            return field.hashCode() + 47;
        }
    }
}
