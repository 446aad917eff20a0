package io.jcdk.candid;

import io.jcdk.canister.Principal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of random Candid types and values of those types: records, variants, opt, vec, blob, text with
 * any Unicode, all number kinds (nat and int up to 256 bits), principals, and recursive types (lists and trees). Also
 * renders a type as JSON for the JavaScript side of the interop tests.
 */
final class RandomCandid {
    private final Random rnd;
    /** Only case 0 of variants (ic4j 0.7.2 encodes every variant value with index 0). */
    boolean firstVariantCaseOnly;
    /**
     * Only the types ic4j 0.7.2 re-encodes as they were: it decodes by wire types into Java values and encodes them
     * again from those values, which turns nat, natN and blob into int, intN and vec int8, a variant inside a variant
     * into a record and {@code opt null} into null, and loses recursive types and opt or vec values inside vectors.
     * (It also rejects some valid principals with "Buffer is too long"; the tests count those apart.)
     */
    boolean ic4jTypesOnly;
    private int inVariant;
    private int recursiveTypes;

    RandomCandid(long seed) {
        rnd = new Random(seed);
    }

    private static final IdlType[] PRIMS = {IdlType.NULL, IdlType.BOOL, IdlType.NAT, IdlType.INT, IdlType.NAT8,
        IdlType.NAT16, IdlType.NAT32, IdlType.NAT64, IdlType.INT8, IdlType.INT16, IdlType.INT32, IdlType.INT64,
        IdlType.FLOAT32, IdlType.FLOAT64, IdlType.TEXT, IdlType.RESERVED, IdlType.PRINCIPAL};

    private static final IdlType[] IC4J_PRIMS = {IdlType.NULL, IdlType.BOOL, IdlType.INT, IdlType.INT8,
        IdlType.INT16, IdlType.INT32, IdlType.INT64, IdlType.FLOAT32, IdlType.FLOAT64, IdlType.TEXT,
        IdlType.PRINCIPAL};

    IdlType type(int depth) {
        int r = rnd.nextInt(depth <= 0 ? 4 : ic4jTypesOnly ? 12 : 14);
        if (r < 4 || (ic4jTypesOnly && r == 6)) {
            IdlType[] prims = ic4jTypesOnly ? IC4J_PRIMS : PRIMS;
            return prims[rnd.nextInt(prims.length)];
        }
        switch (r) {
            case 4: {
                IdlType inner = type(depth - 1);
                return IdlType.opt(ic4jTypesOnly && inner.kind() == IdlKind.NULL ? IdlType.BOOL : inner);
            }
            case 5:
                if (ic4jTypesOnly) {
                    return IdlType.vec(IC4J_PRIMS[1 + rnd.nextInt(IC4J_PRIMS.length - 1)]);
                }
                return IdlType.vec(type(depth - 1));
            case 6:
                return IdlType.blob();
            case 7:
            case 8:
                return IdlType.record(fields(depth));
            case 9:
            case 10: {
                if (ic4jTypesOnly && inVariant > 0) {
                    return IdlType.record(fields(depth));
                }
                inVariant++;
                List<IdlField> fs = fields(depth);
                if (fs.isEmpty()) {
                    fs.add(IdlField.named("only", type(depth - 1)));
                }
                inVariant--;
                return IdlType.variant(fs);
            }
            case 11:
                return IdlType.tuple(type(depth - 1), type(depth - 1));
            default:
                return recursive(depth);
        }
    }

    private List<IdlField> fields(int depth) {
        int n = rnd.nextInt(5);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < n) {
            names.add(name());
        }
        List<IdlField> out = new ArrayList<>();
        for (String s : names) {
            out.add(IdlField.named(s, type(depth - 1)));
        }
        return out;
    }

    private String name() {
        String[] pool = {"a", "b", "id", "name", "owner", "value", "amount", "memo", "created_at", "kind", "x_1"};
        return rnd.nextInt(3) == 0 ? "f" + rnd.nextInt(1000) : pool[rnd.nextInt(pool.length)];
    }

    /** {@code type L = opt record { head : T; tail : L }} or {@code type N = record { v : T; kids : vec N }}. */
    private IdlType recursive(int depth) {
        IdlType.Ref ref = IdlType.ref("R" + recursiveTypes++);
        IdlType elem = type(depth - 2);
        if (rnd.nextBoolean()) {
            ref.bind(IdlType.opt(IdlType.record(IdlField.named("head", elem), IdlField.named("tail", ref))));
        } else {
            ref.bind(IdlType.record(IdlField.named("v", elem), IdlField.named("kids", IdlType.vec(ref))));
        }
        return ref;
    }

    IdlValue value(IdlType type, int budget) {
        IdlType t = type.resolve();
        switch (t.kind()) {
            case NULL:
                return IdlValue.nullValue();
            case RESERVED:
                return IdlValue.reserved();
            case BOOL:
                return IdlValue.bool(rnd.nextBoolean());
            case NAT:
                return IdlValue.nat(big(false));
            case INT:
                return IdlValue.int_(big(true));
            case NAT8: case NAT16: case NAT32: case NAT64: case INT8: case INT16: case INT32: case INT64: {
                int bits = t.kind().byteWidth() * 8;
                long v = edgy();
                boolean signed = t.kind().name().startsWith("INT");
                if (bits < 64) {
                    v = signed ? (v << (64 - bits)) >> (64 - bits) : v & ((1L << bits) - 1);
                }
                return IdlValue.fixedInt(t.kind(), v);
            }
            case FLOAT32: {
                float[] special = {0f, -0f, 1.5f, Float.MAX_VALUE, Float.MIN_VALUE, Float.POSITIVE_INFINITY,
                    Float.NEGATIVE_INFINITY};
                return IdlValue.float32(rnd.nextBoolean() ? special[rnd.nextInt(special.length)]
                        : Float.intBitsToFloat(rnd.nextInt() & 0x7f7fffff | (rnd.nextBoolean() ? 0x80000000 : 0)));
            }
            case FLOAT64: {
                double[] special = {0d, -0d, 0.1, Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, 1e300, -123.456};
                return IdlValue.float64(rnd.nextBoolean() ? special[rnd.nextInt(special.length)]
                        : Double.longBitsToDouble(rnd.nextLong() & 0x7fefffffffffffffL));
            }
            case TEXT:
                return IdlValue.text(text());
            case PRINCIPAL: {
                byte[] b = new byte[rnd.nextInt(Principal.MAX_LENGTH + 1)];
                rnd.nextBytes(b);
                return IdlValue.principal(Principal.fromBytes(b));
            }
            case OPT:
                return budget <= 0 || rnd.nextInt(3) == 0 ? IdlValue.none()
                        : IdlValue.some(value(t.inner(), budget - 1));
            case VEC: {
                if (t.inner().resolve().kind() == IdlKind.NAT8) {
                    byte[] b = new byte[rnd.nextInt(4) == 0 ? rnd.nextInt(3000) : rnd.nextInt(20)];
                    rnd.nextBytes(b);
                    return IdlValue.blob(b);
                }
                int n = budget <= 0 ? 0 : rnd.nextInt(4);
                List<IdlValue> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    out.add(value(t.inner(), budget - 1 - n));
                }
                return IdlValue.vec(out);
            }
            case RECORD: {
                List<IdlFieldValue> out = new ArrayList<>();
                for (IdlField f : t.fields()) {
                    IdlValue v = value(f.type(), budget - 1);
                    out.add(f.name() != null ? IdlFieldValue.named(f.name(), v) : IdlFieldValue.id(f.id(), v));
                }
                return IdlValue.record(out);
            }
            case VARIANT: {
                List<IdlField> cs = t.fields();
                IdlField f = firstVariantCaseOnly ? cs.get(0) : cs.get(rnd.nextInt(cs.size()));
                IdlValue v = value(f.type(), budget - 1);
                return IdlValue.variant(f.name() != null ? IdlFieldValue.named(f.name(), v)
                        : IdlFieldValue.id(f.id(), v));
            }
            default:
                throw new IllegalStateException("no values of " + t);
        }
    }

    private long edgy() {
        long[] edges = {0, 1, -1, 127, 128, 255, 32767, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE};
        return rnd.nextBoolean() ? edges[rnd.nextInt(edges.length)] : rnd.nextLong() >> rnd.nextInt(64);
    }

    private BigInteger big(boolean signed) {
        BigInteger b = new BigInteger(rnd.nextInt(4) == 0 ? rnd.nextInt(256) : rnd.nextInt(70), rnd);
        return signed && rnd.nextBoolean() ? b.negate() : b;
    }

    private String text() {
        int n = rnd.nextInt(4) == 0 ? rnd.nextInt(200) : rnd.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp;
            switch (rnd.nextInt(5)) {
                case 0:
                    cp = 0x20 + rnd.nextInt(0x5f);
                    break;
                case 1:
                    cp = rnd.nextInt(0x80);
                    break;
                case 2:
                    cp = 0x80 + rnd.nextInt(0x780);
                    break;
                case 3:
                    cp = 0x10000 + rnd.nextInt(0x100000);
                    break;
                default:
                    cp = 0x800 + rnd.nextInt(0xf800);
                    if (cp >= 0xd800 && cp < 0xe000) {
                        cp = 0x263a;
                    }
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** The type as JSON: {"k":"nat"}, {"k":"opt","t":...}, {"k":"record","f":[["name",t],...]}, refs by number. */
    static String json(IdlType t) {
        StringBuilder sb = new StringBuilder();
        json(t, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void json(IdlType type, StringBuilder sb, Map<IdlType, Integer> refs) {
        if (type instanceof IdlType.Ref) {
            Integer n = refs.get(type);
            if (n != null) {
                sb.append("{\"k\":\"ref\",\"n\":").append(n).append('}');
                return;
            }
            n = refs.size();
            refs.put(type, n);
            sb.append("{\"k\":\"rec\",\"n\":").append(n).append(",\"t\":");
            json(type.resolve(), sb, refs);
            sb.append('}');
            return;
        }
        IdlKind k = type.kind();
        sb.append("{\"k\":\"").append(k.keyword()).append('"');
        switch (k) {
            case OPT:
            case VEC:
                sb.append(",\"t\":");
                json(type.inner(), sb, refs);
                break;
            case RECORD:
            case VARIANT:
                sb.append(",\"tuple\":").append(type.isTuple() && !type.fields().isEmpty()).append(",\"f\":[");
                for (int i = 0; i < type.fields().size(); i++) {
                    IdlField f = type.fields().get(i);
                    sb.append(i == 0 ? "" : ",").append("[\"")
                            .append(f.name() != null ? f.name() : "_" + f.id() + "_").append("\",");
                    json(f.type(), sb, refs);
                    sb.append(']');
                }
                sb.append(']');
                break;
            default:
                break;
        }
        sb.append('}');
    }
}
