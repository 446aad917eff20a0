package io.jcdk.candid;

import io.jcdk.canister.internal.Mem;

/**
 * The type part of a message (type table and argument types) as flat int arrays: what {@link CandidReader} walks
 * while it reads values. No object per type, so reading the table of a small message costs a few hundred
 * instructions.
 *
 * <p>A type is an int: a primitive is its (negative) opcode ({@code -15} is {@code text}), a constructed type is its
 * table index ({@code >= 0}). Entry {@code i} has an opcode ({@link #opcode}); {@code opt} and {@code vec} have an
 * {@link #inner} type; {@code record} and {@code variant} have fields {@code fieldStart(i) .. fieldEnd(i) - 1} in the
 * flat {@link #fieldId}/{@link #fieldType} arrays, sorted by id; {@code func} has its argument and result lists in
 * the same flat arrays (ids unused) and annotation bytes; {@code service} its methods, named in {@link #methodName}.
 * Validation follows the spec: entries are constructed types, indices are in range, field ids are 32-bit and strictly
 * increasing, method names are valid UTF-8, sorted, unique and name function types.
 */
final class WireTypes {
    static final int OPT = -18;
    static final int VEC = -19;
    static final int RECORD = -20;
    static final int VARIANT = -21;
    static final int FUNC = -22;
    static final int SERVICE = -23;
    static final int PRINCIPAL = -24;
    /** Opcodes below this are future types: skipped by their length. */
    static final int FIRST_FUTURE = -25;

    private final int[] opcodes;
    /** For opt and vec: the inner type; for record, variant, func and service: the first item in the flat arrays. */
    private final int[] inners;
    /** For record, variant and service: one past the last item; for func: where the results start. */
    private final int[] ends;
    /** For func: one past its last result. */
    private final int[] funcEnds;
    /** Field ids as their 32 bits (compared unsigned, see {@link #fieldKey}). */
    private int[] ids = new int[16];
    private int[] types = new int[16];
    private String[] names;
    /** Per record entry, the last id array it matched exactly ({@link #hasExactly}); allocated at the first match. */
    private Object[] exactIds;
    /** Per func entry, its annotation codes; allocated at the first func entry. */
    private byte[][] annotations;
    private int items;
    private int[] args;

    private WireTypes(int n) {
        opcodes = new int[n];
        inners = new int[n];
        ends = new int[n];
        funcEnds = new int[n];
    }

    int size() {
        return opcodes.length;
    }

    /** The opcode of type {@code t}: its own for a primitive, its entry's for an index. */
    // The accessors take indices the table produced (checked when it was read), so they read unchecked.

    int opcode(int t) {
        return t < 0 ? t : Mem.get(opcodes, t);
    }

    int inner(int t) {
        return Mem.get(inners, t);
    }

    int fieldStart(int t) {
        return Mem.get(inners, t);
    }

    int fieldEnd(int t) {
        return Mem.get(ends, t);
    }

    long fieldId(int item) {
        return Mem.get(ids, item) & 0xffffffffL;
    }

    /**
     * The field id of {@code item} as an int whose signed order is the ids' unsigned order (the id's bits with the
     * sign bit flipped): comparing ints costs one instruction, comparing longs a call.
     */
    int fieldKey(int item) {
        return Mem.get(ids, item) ^ Integer.MIN_VALUE;
    }

    int fieldType(int item) {
        return Mem.get(types, item);
    }

    /** The method name of item {@code item} of a service entry. */
    String methodName(int item) {
        return names[item];
    }

    /** Func entry {@code t}: arguments are items {@code fieldStart(t) .. funcResultStart(t) - 1}. */
    int funcResultStart(int t) {
        return ends[t];
    }

    int funcResultEnd(int t) {
        return funcEnds[t];
    }

    /** The annotation codes of func entry {@code t}. */
    byte[] funcAnnotations(int t) {
        return annotations[t];
    }

    /** Whether record entry {@code t} has exactly the fields {@code ids}, in this order. */
    boolean hasExactly(int t, long[] ids) {
        if (exactIds != null && exactIds[t] == ids) {
            return true;
        }
        int start = fieldStart(t);
        if (fieldEnd(t) - start != ids.length) {
            return false;
        }
        for (int k = 0; k < ids.length; k++) {
            if (Mem.get(this.ids, start + k) != (int) ids[k]) {
                return false;
            }
        }
        if (exactIds == null) {
            exactIds = new Object[opcodes.length];
        }
        exactIds[t] = ids;
        return true;
    }

    int argCount() {
        return args.length;
    }

    int arg(int i) {
        return args[i];
    }

    /** Reads the table and the argument types that follow the magic bytes. */
    static WireTypes read(WireReader in, Quota quota) {
        long n = Leb128.readUnsignedLong(in, "type table length");
        if (!in.has(n)) {
            in.require(n, Msg.cat("type table of ", n, " entries"));
        }
        WireTypes w = new WireTypes((int) n);
        for (int i = 0; i < w.opcodes.length; i++) {
            quota.charge(1);
            w.readEntry(in, i, quota);
        }
        w.checkServices();
        long argCount = Leb128.readUnsignedLong(in, "argument count");
        if (!in.has(argCount)) {
            in.require(argCount, Msg.cat("argument list of ", argCount, " types"));
        }
        w.args = new int[(int) argCount];
        for (int i = 0; i < w.args.length; i++) {
            w.args[i] = w.readTypeRef(in, "argument ", i + 1);
        }
        return w;
    }

    private void readEntry(WireReader in, int i, Quota quota) {
        int at = in.position();
        long op = Leb128.readSignedLong(in, "type opcode");
        if (op < FIRST_FUTURE + 1) {
            long len = Leb128.readUnsignedLong(in, "future type length");
            if (!in.has(len)) {
                in.require(len, Msg.cat("future type ", op));
            }
            in.skip(len, "future type");
            opcodes[i] = op < Integer.MIN_VALUE / 2 ? Integer.MIN_VALUE / 2 : (int) op;
            return;
        }
        if (op >= 0 || op > OPT || op == PRINCIPAL) {
            throw fatal(Msg.cat("type table entry ", i, " (at byte ", at, "): ",
                    (op >= 0 ? "a type index" : keyword((int) op)),
                    " cannot be a table entry; entries must be constructed types"));
        }
        int code = (int) op;
        opcodes[i] = code;
        switch (code) {
            case OPT:
            case VEC:
                inners[i] = readTypeRef(in, "type table entry ", i);
                return;
            case RECORD:
            case VARIANT: {
                long count = Leb128.readUnsignedLong(in, "field count");
                if (!in.has(count)) {
                    in.require(count, Msg.cat("type table entry ", i, " with ", count, " fields"));
                }
                inners[i] = items;
                long prev = -1;
                for (long j = 0; j < count; j++) {
                    quota.charge(1);
                    long id = Leb128.readUnsignedLong(in, "field id");
                    if (id > 0xffffffffL) {
                        throw fatal(Msg.cat("type table entry ", i, ": field id ", id, " is larger than 32 bits"));
                    }
                    if (id <= prev) {
                        throw fatal(Msg.cat("type table entry ", i, ": field ids must be strictly increasing, got ", id,
                                " after ", prev));
                    }
                    prev = id;
                    add(id, readTypeRef(in, "type table entry ", i), null);
                }
                ends[i] = items;
                return;
            }
            case FUNC: {
                inners[i] = items;
                readTypeList(in, i, quota);
                ends[i] = items;
                readTypeList(in, i, quota);
                funcEnds[i] = items;
                long count = Leb128.readUnsignedLong(in, "annotation count");
                if (!in.has(count)) {
                    in.require(count, Msg.cat("type table entry ", i, " with ", count, " annotations"));
                }
                byte[] codes = new byte[(int) count];
                for (int j = 0; j < codes.length; j++) {
                    int a = in.readByte();
                    if (IdlType.FuncAnnotation.ofCode(a) == null) {
                        throw fatal(Msg.cat("type table entry ", i, ": unknown function annotation ", a));
                    }
                    codes[j] = (byte) a;
                }
                if (annotations == null) {
                    annotations = new byte[opcodes.length][];
                }
                annotations[i] = codes;
                return;
            }
            default: {
                long count = Leb128.readUnsignedLong(in, "method count");
                if (!in.has(count)) {
                    in.require(count, Msg.cat("type table entry ", i, " with ", count, " methods"));
                }
                inners[i] = items;
                byte[] prev = null;
                for (long j = 0; j < count; j++) {
                    quota.charge(1);
                    long len = Leb128.readUnsignedLong(in, "method name length");
                    byte[] name = in.readBytes(len, "method name");
                    String text = Utf8.decodeStrict(name, 0, name.length);
                    if (text == null) {
                        throw fatal(Msg.cat("type table entry ", i, ": method name is not valid UTF-8"));
                    }
                    if (prev != null && compareBytes(prev, name) >= 0) {
                        throw fatal(Msg.cat("type table entry ", i, ": method names must be sorted and unique"));
                    }
                    prev = name;
                    add(0, readTypeRef(in, "type table entry ", i), text);
                }
                ends[i] = items;
            }
        }
    }

    private void readTypeList(WireReader in, int entry, Quota quota) {
        long n = Leb128.readUnsignedLong(in, "type count");
        if (!in.has(n)) {
            in.require(n, Msg.cat("type table entry ", entry, " (", n, " types)"));
        }
        for (long j = 0; j < n; j++) {
            quota.charge(1);
            add(0, readTypeRef(in, "type table entry ", entry), null);
        }
    }

    private void add(long id, int type, String name) {
        if (items == ids.length) {
            grow();
        }
        ids[items] = (int) id;
        types[items] = type;
        if (name != null) {
            if (names == null || names.length < ids.length) {
                String[] grown = new String[ids.length];
                if (names != null) {
                    System.arraycopy(names, 0, grown, 0, names.length);
                }
                names = grown;
            }
            names[items] = name;
        }
        items++;
    }

    // synchronized: never inlined by TeaVM (see Msg)
    private synchronized void grow() {
        int cap = items * 2;
        int[] i2 = new int[cap];
        int[] t2 = new int[cap];
        System.arraycopy(ids, 0, i2, 0, items);
        System.arraycopy(types, 0, t2, 0, items);
        ids = i2;
        types = t2;
    }

    /** Every method of a service type must have a function type (known only once the whole table is read). */
    private void checkServices() {
        for (int i = 0; i < opcodes.length; i++) {
            if (opcodes[i] == SERVICE) {
                for (int j = inners[i]; j < ends[i]; j++) {
                    if (opcode(types[j]) != FUNC) {
                        throw fatal(Msg.cat("method \"", names[j], "\" of a service type has a type that is not a",
                                " function type"));
                    }
                }
            }
        }
    }

    /** {@code I(t)}: a primitive opcode or an index into the table. */
    private int readTypeRef(WireReader in, String where, int number) {
        int at = in.position();
        long code = Leb128.readSignedLong(in, "type reference");
        if (code >= 0) {
            if (code >= opcodes.length) {
                throw fatal(Msg.cat(Msg.cat(where, number), ": type index ", code,
                        " is out of range (the table has ", opcodes.length, " entries; at byte ", at, ")"));
            }
            return (int) code;
        }
        if (code < PRINCIPAL) {
            throw fatal(Msg.cat(where, number, ": invalid type opcode ", code, " (at byte ", at, ")"));
        }
        if (code <= OPT && code > PRINCIPAL) {
            throw fatal(Msg.cat(where, number, ": ", keyword((int) code), " must be defined in the type table, not",
                    " inline (at byte ", at, ")"));
        }
        return (int) code;
    }

    /** A short name of type {@code t} for messages: the keyword of its opcode. */
    String describe(int t) {
        int op = opcode(t);
        if (op < FIRST_FUTURE + 1) {
            return "a future type";
        }
        if (op == VEC && opcode(inners[t]) == -5) {
            return "blob";
        }
        return keyword(op);
    }

    /**
     * The keyword of opcode -1 .. -24 (a switch rather than {@link IdlKind}, whose enum initialisation, or a String[],
     * whose filling, would be code in every canister for error messages only).
     */
    static String keyword(int opcode) {
        switch (opcode) {
            case -1: return "null";
            case -2: return "bool";
            case -3: return "nat";
            case -4: return "int";
            case -5: return "nat8";
            case -6: return "nat16";
            case -7: return "nat32";
            case -8: return "nat64";
            case -9: return "int8";
            case -10: return "int16";
            case -11: return "int32";
            case -12: return "int64";
            case -13: return "float32";
            case -14: return "float64";
            case -15: return "text";
            case -16: return "reserved";
            case -17: return "empty";
            case -18: return "opt";
            case -19: return "vec";
            case -20: return "record";
            case -21: return "variant";
            case -22: return "func";
            case -23: return "service";
            default: return "principal";
        }
    }

    private static int compareBytes(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int d = (a[i] & 0xff) - (b[i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return a.length - b.length;
    }

    private static CandidException fatal(String msg) {
        return CandidException.of(msg, true);
    }
}
