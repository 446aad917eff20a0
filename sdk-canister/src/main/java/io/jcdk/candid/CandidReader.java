package io.jcdk.candid;

import io.jcdk.canister.internal.Mem;
import io.jcdk.canister.internal.Platform;

import io.jcdk.canister.Principal;
import java.math.BigInteger;

/**
 * Reads a Candid message value by value, for code that knows the types it expects: the decoders the JCDK processor
 * generates for a canister's Java types. The expected type is in the calling code; the wire type of each value is an
 * int the caller passes back ({@link WireTypes}), so reading a value is a few checks and the bytes, with no value tree.
 *
 * <p>Every read applies the spec's coercion from the wire type to the expected type: {@code nat} at {@code int},
 * record fields skipped ({@link #field}) or missing ({@link #ABSENT}: optional fields become none), extra and
 * missing arguments, and the special {@code opt} rules: {@link #opt} answers the wire type to read the content at,
 * and a failed read under an {@code opt} is undone by {@link #recover}, which yields none:
 *
 * <pre>{@code
 * int w = r.opt(t);
 * if (w == CandidReader.NONE) return Optional.empty();
 * long mark = r.mark();
 * try { return Optional.of(r.text(w)); } catch (CandidException e) { r.recover(e, mark, w); return Optional.empty(); }
 * }</pre>
 *
 * <p>Errors name where they are ({@code argument 1, record field "path": expected text, got nat}). Malformed input
 * is a fatal error that no {@code opt} recovers. Decoding is metered like {@link CandidDecoder}'s: a work quota per
 * message (so zero-sized values cannot be claimed by the billion) and a nesting limit.
 */
public final class CandidReader {
    /** The wire type of a record field or argument the message does not have. */
    public static final int ABSENT = Integer.MIN_VALUE;
    /** {@link #opt}'s answer when the value is none. */
    public static final int NONE = Integer.MIN_VALUE + 1;

    private static final byte[] MAGIC = {'D', 'I', 'D', 'L'};
    private static final int NULL = -1;
    private static final int BOOL = -2;
    private static final int NAT = -3;
    private static final int INT = -4;
    private static final int NAT8 = -5;
    private static final int NAT16 = -6;
    private static final int NAT32 = -7;
    private static final int NAT64 = -8;
    private static final int INT8 = -9;
    private static final int INT16 = -10;
    private static final int INT32 = -11;
    private static final int INT64 = -12;
    private static final int FLOAT32 = -13;
    private static final int FLOAT64 = -14;
    private static final int TEXT = -15;
    private static final int RESERVED = -16;
    private static final int EMPTY = -17;

    private static final int ARGUMENT = DecodePath.ARGUMENT;
    private static final int FIELD = DecodePath.FIELD;
    private static final int CASE = DecodePath.CASE;
    private static final int ELEMENT = DecodePath.ELEMENT;

    private final WireReader in;
    private final WireTypes types;
    private final Quota quota;
    private final int maxDepth;
    private final FieldNames names;
    private int nextArg;

    // The open records, variants and vectors, innermost last: what the path of an error shows.
    private int depth = 1;
    private int[] kinds;
    /** The argument index, field or case id, or element index. */
    private long[] numbers;
    /** Record: the next wire field item; variant: the case's wire type; vec: the element's wire type. */
    private int[] cursors;
    /** Record: one past its last wire field item. */
    private int[] ends;
    /** Record: its wire type and the input position where it starts (to detect recursion that reads nothing). */
    private int[] wireTypes;
    private int[] positions;

    // In a canister messages are decoded one at a time: a reader takes the frame arrays the last reader to finish
    // left here instead of allocating six (each allocation is a memory.fill, 100 instructions or more on the IC).
    // A frame's slots are all written when it opens, so what a previous message left in them is never read.
    // Not on the JVM, where readers run on many threads.
    private static int[] spareKinds;
    private static long[] spareNumbers;
    private static int[] spareCursors;
    private static int[] spareEnds;
    private static int[] spareWireTypes;
    private static int[] sparePositions;
    private int skipDepth;
    /** The principal read last, returned again for the same bytes. */
    private Principal lastPrincipal;
    /** The last record type {@link #exactRecord} matched, and the ids it matched. */
    private int lastExactType = ABSENT;
    private long[] lastExactIds;

    private CandidReader(WireReader in, WireTypes types, Quota quota, int maxDepth, FieldNames names) {
        this.in = in;
        this.types = types;
        this.quota = quota;
        this.maxDepth = maxDepth;
        this.names = names;
        if (Platform.isWasm() && spareKinds != null) {
            kinds = spareKinds;
            numbers = spareNumbers;
            cursors = spareCursors;
            ends = spareEnds;
            wireTypes = spareWireTypes;
            positions = sparePositions;
            spareKinds = null;
        } else {
            kinds = new int[16];
            numbers = new long[16];
            cursors = new int[16];
            ends = new int[16];
            wireTypes = new int[16];
            positions = new int[16];
        }
        kinds[0] = ARGUMENT;
    }

    /**
     * The argument types a method expects, as the header of a message of exactly those types (computed at build
     * time by the processor, like reply headers). A message that starts with these very bytes (the usual case for a
     * client encoding the .did's types) needs no type-table parsing: the header's table is read once, on the first
     * such message, and kept.
     */
    public static final class Expected {
        private final byte[] header;
        private WireTypes types;

        public Expected(byte[] header) {
            this.header = header;
        }

        /** The parsed header, read on first use. */
        WireTypes types() {
            WireTypes t = types;
            if (t == null) {
                t = open(header, FieldNames.NONE).types;
                types = t;
            }
            return t;
        }
    }

    /**
     * {@link #open(byte[], FieldNames)}, skipping the type table when the message's header is {@code expected}'s
     * byte for byte.
     */
    public static CandidReader open(byte[] message, FieldNames names, Expected expected) {
        byte[] header = expected.header;
        if (message != null && message.length >= header.length
                && Mem.regionEquals(message, 0, header, 0, header.length)) {
            WireReader in = new WireReader(message);
            in.skip(header.length, "header");
            CandidDecoder.Limits limits = CandidDecoder.Limits.forMessage(message.length);
            return new CandidReader(in, expected.types(), new Quota(limits.quota()), limits.maxDepth(), names);
        }
        return open(message, names);
    }

    /** Reads the header of {@code message} ({@code DIDL}, type table, argument types), ready for {@link #arg}. */
    public static CandidReader open(byte[] message, FieldNames names) {
        return open(message, names, CandidDecoder.Limits.forMessage(message == null ? 0 : message.length));
    }

    public static CandidReader open(byte[] message, FieldNames names, CandidDecoder.Limits limits) {
        if (message == null) {
            throw CandidException.of("no message (null)");
        }
        WireReader in = new WireReader(message);
        if (!in.startsWith(MAGIC)) {
            throw CandidException.of("not a Candid message: it does not start with \"DIDL\"");
        }
        in.skip(4, "magic");
        Quota quota = new Quota(limits.quota());
        WireTypes types = WireTypes.read(in, quota);
        return new CandidReader(in, types, quota, limits.maxDepth(), names);
    }

    // ---------------------------------------------------------------- arguments

    /** The wire type of the next argument, or {@link #ABSENT} if the message has no more. */
    public int arg() {
        int i = nextArg++;
        Mem.set(numbers, 0, i);
        return i < types.argCount() ? types.arg(i) : ABSENT;
    }

    /** Skips the arguments not read (validating them) and checks that no bytes follow. */
    public void end() {
        while (nextArg < types.argCount()) {
            skip(arg());
        }
        if (in.remaining() != 0) {
            throw CandidException.of(Msg.cat(in.remaining(), " unexpected trailing byte",
                    (in.remaining() == 1 ? "" : "s"), " after the arguments (at byte ", in.position(), ")"));
        }
        if (Platform.isWasm()) {
            spareKinds = kinds;
            spareNumbers = numbers;
            spareCursors = cursors;
            spareEnds = ends;
            spareWireTypes = wireTypes;
            sparePositions = positions;
        }
    }

    // ---------------------------------------------------------------- primitives

    public boolean bool(int t) {
        if (t != BOOL) {
            throw mismatch("bool", t);
        }
        int b = in.readByte();
        if (b > 1) {
            throw fatal(Msg.cat("bool must be 0 or 1, got ", b));
        }
        return b == 1;
    }

    /** A {@code null} value: the wire has {@code null} there, or nothing. */
    public void null_(int t) {
        if (t != NULL && t != ABSENT) {
            throw mismatch("null", t);
        }
    }

    /** A {@code reserved} value: whatever the wire has there is skipped. */
    public void reserved(int t) {
        if (t != ABSENT) {
            skip(t);
        }
    }

    public BigInteger nat(int t) {
        if (t != NAT) {
            throw mismatch("nat", t);
        }
        return Leb128.readNat(in);
    }

    public BigInteger int_(int t) {
        if (t == INT) {
            return Leb128.readInt(in);
        }
        if (t != NAT) {
            throw mismatch("int", t);
        }
        return Leb128.readNat(in);
    }

    public byte nat8(int t) {
        return (byte) fixed(t, NAT8, 1, "nat8");
    }

    public short nat16(int t) {
        return (short) fixed(t, NAT16, 2, "nat16");
    }

    public int nat32(int t) {
        return (int) fixed(t, NAT32, 4, "nat32");
    }

    public long nat64(int t) {
        return fixed(t, NAT64, 8, "nat64");
    }

    public byte int8(int t) {
        return (byte) fixed(t, INT8, 1, "int8");
    }

    public short int16(int t) {
        return (short) fixed(t, INT16, 2, "int16");
    }

    public int int32(int t) {
        return (int) fixed(t, INT32, 4, "int32");
    }

    public long int64(int t) {
        return fixed(t, INT64, 8, "int64");
    }

    public float float32(int t) {
        return Float.intBitsToFloat((int) fixed(t, FLOAT32, 4, "float32"));
    }

    public double float64(int t) {
        return Double.longBitsToDouble(fixed(t, FLOAT64, 8, "float64"));
    }

    private long fixed(int t, int expected, int width, String keyword) {
        if (t != expected) {
            throw mismatch(keyword, t);
        }
        return in.readLittleEndian(width);
    }

    public String text(int t) {
        if (t != TEXT) {
            throw mismatch("text", t);
        }
        // The short-length read inline: text is the hottest read, and the call through Leb128 costs about one
        // instruction per byte of a vector of records.
        long len = in.readSmallLeb(false);
        if (len == WireReader.NOT_SMALL) {
            len = Leb128.readUnsignedLong(in, "text length");
        }
        if (over(len, in.remaining())) {
            in.require(len, Msg.cat("text of ", len, " bytes"));
        }
        return in.readUtf8((int) len);
    }

    public Principal principal(int t) {
        if (t != WireTypes.PRINCIPAL && (t < 0 || types.opcode(t) != WireTypes.SERVICE)) {
            throw mismatch("principal", t);
        }
        return readPrincipal("principal");
    }

    /** A {@code blob} ({@code vec nat8}), copied out of the message in one step. */
    public byte[] blob(int t) {
        if (t < 0 || types.opcode(t) != WireTypes.VEC || types.inner(t) != NAT8) {
            throw mismatch("blob", t);
        }
        long len = Leb128.readUnsignedLong(in, "vector length");
        quota.charge(len / 16);
        return in.readBytes(len, "blob");
    }

    // ---------------------------------------------------------------- opt

    /**
     * For a value of type {@code opt T}: {@link #NONE}, or the wire type to read the {@code T} at (then read it
     * under {@link #mark}/{@link #recover}, see the class comment).
     */
    public int opt(int t) {
        if (t == ABSENT || t == NULL || t == RESERVED) {
            return NONE;
        }
        if (t >= 0) {
            int op = types.opcode(t);
            if (op == WireTypes.OPT) {
                int tag = in.readByte();
                if (tag == 0) {
                    return NONE;
                }
                if (tag != 1) {
                    throw fatal(Msg.cat("opt tag must be 0 or 1, got ", tag));
                }
                return types.inner(t);
            }
            if (op < WireTypes.FIRST_FUTURE + 1) {
                skip(t);
                return NONE;
            }
        }
        // t <: opt t' when not (null <: t): read the value as t', or none if it does not coerce.
        return t;
    }

    /** The state to return to if the content of an {@code opt} does not coerce. */
    public long mark() {
        return (long) depth << 32 | in.position();
    }

    /**
     * Undoes a failed read of an {@code opt}'s content of wire type {@code t} begun at {@code mark}: the input is
     * rewound and the value skipped (still validated); the {@code opt} is then none. A fatal error is rethrown.
     */
    public void recover(CandidException error, long mark, int t) {
        if (error.isFatal()) {
            throw error;
        }
        depth = (int) (mark >>> 32);
        in.reset((int) mark);
        skip(t);
    }

    // ---------------------------------------------------------------- vec

    /** Starts a {@code vec}: answers its length; read each element at {@link #elementType()} after {@link #element}. */
    public int vec(int t) {
        if (t < 0 || types.opcode(t) != WireTypes.VEC) {
            throw mismatch("vec", t);
        }
        long len = Leb128.readUnsignedLong(in, "vector length");
        int e = types.inner(t);
        int width = byteWidth(e);
        if (width > 0 && over(len, in.remaining() / width)) {
            throw fatal(Msg.cat("vector of ", len, " elements is longer than the input"));
        }
        if (over(len, quota.remaining())) {
            throw fatal(Msg.cat("vector of ", len, " elements exceeds the decoding quota"));
        }
        quota.charge((int) len);
        push(ELEMENT, 0, e, 0);
        return (int) len;
    }

    /** The wire type of the elements of the innermost {@code vec}. */
    public int elementType() {
        expectFrame(ELEMENT);
        return Mem.get(cursors, depth - 1);
    }

    /** Marks element {@code i} of the innermost {@code vec} as the one being read (for error messages). */
    public void element(int i) {
        // No frame check: it only labels the innermost frame for messages (depth - 1 is always a valid frame).
        Mem.set(numbers, depth - 1, i);
    }

    public void endVec() {
        expectFrame(ELEMENT);
        depth--;
    }

    // ---------------------------------------------------------------- record

    /** Starts a {@code record}; then {@link #field} for each expected field in increasing id order, then {@link #endRecord}. */
    public void record(int t) {
        if (t < 0 || types.opcode(t) != WireTypes.RECORD) {
            throw mismatch("record", t);
        }
        int start = types.fieldStart(t);
        int end = types.fieldEnd(t);
        quota.charge(1 + end - start);
        if (depth > 1 && Mem.get(positions, depth - 1) == in.position()) {
            checkProgress(t);
        }
        push(FIELD, -1, start, end);
        Mem.set(wireTypes, depth - 1, t);
        Mem.set(positions, depth - 1, in.position());
    }

    /**
     * Starts a record whose expected fields have exactly the ids {@code ids} (sorted; the array is a constant of the
     * calling code, which is what the check is cached on). If the wire record {@code t} has exactly these fields,
     * the record is open and answers true: read field {@code k} at wire type {@link #fieldAt fieldAt(k, id)}, in
     * order, then {@link #endExactRecord()}. Otherwise nothing is read and the answer is false: read the record with
     * {@link #record}, {@link #field} and {@link #endRecord}, which skip, default and report what differs.
     */
    public boolean exactRecord(int t, long[] ids) {
        if (t != lastExactType || ids != lastExactIds) {
            if (t < 0 || types.opcode(t) != WireTypes.RECORD || !types.hasExactly(t, ids)) {
                return false;
            }
            // the same record type read again (a vector's elements) skips even the cached check
            lastExactType = t;
            lastExactIds = ids;
        }
        // record(t) without its checks, which hold here; the frame is pushed in place
        int start = types.fieldStart(t);
        quota.charge(1 + ids.length);
        int pos = in.position();
        int d = depth;
        if (d > 1 && Mem.get(positions, d - 1) == pos) {
            checkProgress(t);
        }
        if (d == kinds.length || d + skipDepth >= maxDepth) {
            push(FIELD, -1, start, start + ids.length);
        } else {
            Mem.set(kinds, d, FIELD);
            Mem.set(numbers, d, -1L);
            Mem.set(cursors, d, start);
            Mem.set(ends, d, start + ids.length);
            depth = d + 1;
        }
        Mem.set(wireTypes, depth - 1, t);
        Mem.set(positions, depth - 1, pos);
        return true;
    }

    /** The wire type of field {@code k} (with id {@code id}) of the record {@link #exactRecord} opened. */
    public int fieldAt(int k, long id) {
        int d = depth - 1;
        int item = Mem.get(cursors, d) + k;
        if (k < 0 || item >= Mem.get(ends, d)) {
            throw outOfOrder();
        }
        Mem.set(numbers, d, id);
        return types.fieldType(item);
    }

    public void endExactRecord() {
        expectFrame(FIELD);
        depth--;
    }

    /**
     * A record of wire type {@code t} entered again where an enclosing one of the same type started, with no input
     * read since, would recur forever ({@code type T = record { T }} has no finite value): refused at once instead of
     * at the depth limit, which the Wasm stack might not reach.
     */
    private void checkProgress(int t) {
        int pos = in.position();
        for (int i = depth - 1; i > 0 && Mem.get(kinds, i) == FIELD && Mem.get(positions, i) == pos; i--) {
            if (Mem.get(wireTypes, i) == t) {
                throw fatal(Msg.cat("the record type ", types.describe(t), " at index ", t,
                        " recurses without consuming input (it has no finite values)"));
            }
        }
    }

    /**
     * The wire type of the field {@code id} of the innermost record, or {@link #ABSENT}. Wire fields with smaller ids
     * that were not asked for are skipped.
     */
    public int field(long id) {
        expectFrame(FIELD);
        int d = depth - 1;
        int c = Mem.get(cursors, d);
        int end = Mem.get(ends, d);
        int key = (int) id ^ Integer.MIN_VALUE;
        while (c < end) {
            int wireKey = types.fieldKey(c);
            if (wireKey == key) {
                Mem.set(cursors, d, c + 1);
                Mem.set(numbers, d, id);
                return types.fieldType(c);
            }
            if (wireKey > key) {
                break;
            }
            Mem.set(numbers, d, types.fieldId(c));
            Mem.set(cursors, d, c + 1);
            skip(types.fieldType(c));
            c++;
        }
        Mem.set(numbers, d, id);
        return ABSENT;
    }

    /** Skips the remaining wire fields of the innermost record and closes it. */
    public void endRecord() {
        expectFrame(FIELD);
        int d = depth - 1;
        for (int c = Mem.get(cursors, d); c < Mem.get(ends, d); c++) {
            Mem.set(numbers, d, types.fieldId(c));
            Mem.set(cursors, d, c + 1);
            skip(types.fieldType(c));
        }
        depth--;
    }

    // ---------------------------------------------------------------- variant

    /** Starts a {@code variant}: answers the id of the wire case; its value has wire type {@link #caseType()}. */
    public long variant(int t) {
        if (t < 0 || types.opcode(t) != WireTypes.VARIANT) {
            throw mismatch("variant", t);
        }
        long index = Leb128.readUnsignedLong(in, "variant index");
        int start = types.fieldStart(t);
        int count = types.fieldEnd(t) - start;
        if (over(index, count - 1)) {
            throw fatal(Msg.cat("variant index ", index, " is out of range (the type has ", count, " cases)"));
        }
        quota.charge(1);
        int item = start + (int) index;
        long id = types.fieldId(item);
        push(CASE, id, types.fieldType(item), 0);
        return id;
    }

    public int caseType() {
        expectFrame(CASE);
        return Mem.get(cursors, depth - 1);
    }

    /** The error for a wire case the expected variant does not have. */
    public CandidException unexpectedCase() {
        return error("unexpected variant case (the expected type has no such case)");
    }

    public void endVariant() {
        expectFrame(CASE);
        depth--;
    }

    // ---------------------------------------------------------------- skipping

    /** Reads past a value of wire type {@code t}, validating it. */
    public void skip(int t) {
        quota.charge(1);
        if (depth + skipDepth >= maxDepth) {
            throw fatal(Msg.cat("values are nested more than ", maxDepth, " levels deep"));
        }
        skipDepth++;
        skipAt(t);
        skipDepth--;
    }

    private void skipAt(int t) {
        switch (t) {
            case NULL:
            case RESERVED:
                return;
            case BOOL:
                bool(t);
                return;
            case NAT:
            case INT:
                Leb128.skip(in);
                return;
            case TEXT:
                text(t);
                return;
            case EMPTY:
                throw fatal("a value of type empty cannot exist");
            case WireTypes.PRINCIPAL:
                readPrincipal("principal");
                return;
            default:
                break;
        }
        if (t < 0) {
            in.skip(byteWidth(t), "number");
            return;
        }
        int op = types.opcode(t);
        switch (op) {
            case WireTypes.OPT: {
                int tag = in.readByte();
                if (tag == 1) {
                    skip(types.inner(t));
                } else if (tag != 0) {
                    throw fatal(Msg.cat("opt tag must be 0 or 1, got ", tag));
                }
                return;
            }
            case WireTypes.VEC: {
                long len = Leb128.readUnsignedLong(in, "vector length");
                int e = types.inner(t);
                int width = byteWidth(e);
                if (width > 0) {
                    if (over(len, in.remaining() / width)) {
                        throw fatal(Msg.cat("vector of ", len, " elements is longer than the input"));
                    }
                    in.skip(len * width, "vector");
                    return;
                }
                if (over(len, quota.remaining())) {
                    throw fatal(Msg.cat("vector of ", len, " elements exceeds the decoding quota"));
                }
                for (long i = 0; i < len; i++) {
                    skip(e);
                }
                return;
            }
            case WireTypes.RECORD:
                record(t);
                endRecord();
                return;
            case WireTypes.VARIANT: {
                long index = Leb128.readUnsignedLong(in, "variant index");
                int start = types.fieldStart(t);
                int count = types.fieldEnd(t) - start;
                if (over(index, count - 1)) {
                    throw fatal(Msg.cat("variant index ", index, " is out of range (the type has ", count, " cases)"));
                }
                skip(types.fieldType(start + (int) index));
                return;
            }
            case WireTypes.FUNC:
                readReferenceTag("func");
                readPrincipal("func service");
                text(TEXT);
                return;
            case WireTypes.SERVICE:
                readPrincipal("service reference");
                return;
            default: {
                long bytes = Leb128.readUnsignedLong(in, "future value length");
                Leb128.readUnsignedLong(in, "future value reference count");
                in.skip(bytes, "future value");
            }
        }
    }

    /**
     * {@code n > max} for a count read from the message ({@code n >= 0}) and an int bound, in int arithmetic:
     * TeaVM compiles each long comparison to a call.
     */
    private static boolean over(long n, int max) {
        return (int) (n >>> 31) != 0 || (int) n > max;
    }

    /** Byte width of a fixed-size primitive wire type, else 0. */
    private static int byteWidth(int t) {
        switch (t) {
            case NAT8: case INT8: return 1;
            case NAT16: case INT16: return 2;
            case NAT32: case INT32: case FLOAT32: return 4;
            case NAT64: case INT64: case FLOAT64: return 8;
            default: return 0;
        }
    }

    private Principal readPrincipal(String what) {
        readReferenceTag(what);
        long len = Leb128.readUnsignedLong(in, what, " length");
        if (over(len, in.remaining())) {
            in.require(len, Msg.cat(what, " of ", len, " bytes"));
        }
        if (over(len, Principal.MAX_LENGTH)) {
            throw fatal(Msg.cat(what, " has ", len, " bytes; at most ", Principal.MAX_LENGTH, " are allowed"));
        }
        Principal p = in.readPrincipal(len, what, lastPrincipal);
        lastPrincipal = p;
        return p;
    }

    private void readReferenceTag(String what) {
        int tag = in.readByte();
        if (tag != 1) {
            throw fatal(Msg.cat(what, ": only public references (tag 1) are supported, got tag ", tag));
        }
    }

    // ---------------------------------------------------------------- for the generic decoder

    Quota quota() {
        return quota;
    }

    int position() {
        return in.position();
    }

    /** The wire type table, for the generic decoder, which also needs the structure. */
    WireTypes types() {
        return types;
    }

    /** A {@code func} reference's service principal; its method name follows as a {@code text}. */
    Principal funcService(int t) {
        if (t < 0 || types.opcode(t) != WireTypes.FUNC) {
            throw mismatch("func", t);
        }
        readReferenceTag("func");
        return readPrincipal("func service");
    }

    Principal serviceReference(int t) {
        if (t < 0 || types.opcode(t) != WireTypes.SERVICE) {
            throw mismatch("service", t);
        }
        return readPrincipal("service reference");
    }

    /** The error for a value of wire type {@code t} where a value of type {@code expected} was expected. */
    CandidException mismatchError(String expected, int t) {
        return t == EMPTY ? fatal("a value of type empty cannot exist") : mismatch(expected, t);
    }

    CandidException errorHere(String message) {
        return error(message);
    }

    CandidException fatalHere(String message) {
        return fatal(message);
    }

    // ---------------------------------------------------------------- frames and errors

    /**
     * The innermost open value must be of this kind: a call out of order is a bug in the calling code, refused
     * before the frame's cursor (an index the reader uses unchecked) is read.
     */
    private void expectFrame(int kind) {
        if (depth <= 1 || Mem.get(kinds, depth - 1) != kind) {
            throw outOfOrder();
        }
    }

    private static synchronized IllegalStateException outOfOrder() {
        return new IllegalStateException("CandidReader: call out of order (no matching record, vec or variant open)");
    }

    private void push(int kind, long number, int cursor, int end) {
        if (depth == kinds.length) {
            grow();
        }
        if (depth + skipDepth >= maxDepth) {
            throw fatal(Msg.cat("values are nested more than ", maxDepth, " levels deep"));
        }
        Mem.set(kinds, depth, kind);
        Mem.set(numbers, depth, number);
        Mem.set(cursors, depth, cursor);
        Mem.set(ends, depth, end);
        depth++;
    }

    // synchronized: never inlined by TeaVM (see Msg)
    private synchronized void grow() {
        int cap = depth * 2;
        kinds = java.util.Arrays.copyOf(kinds, cap);
        numbers = java.util.Arrays.copyOf(numbers, cap);
        cursors = java.util.Arrays.copyOf(cursors, cap);
        ends = java.util.Arrays.copyOf(ends, cap);
        wireTypes = java.util.Arrays.copyOf(wireTypes, cap);
        positions = java.util.Arrays.copyOf(positions, cap);
    }

    private synchronized CandidException mismatch(String expected, int t) {
        if (t == ABSENT) {
            return error(Msg.cat("missing (expected ", expected, ")"));
        }
        return error(Msg.cat("expected ", expected, ", got ", types.describe(t)));
    }

    private synchronized CandidException error(String msg) {
        return CandidException.of(Msg.cat(path(), ": ", msg));
    }

    private synchronized CandidException fatal(String msg) {
        return CandidException.of(Msg.cat(path(), ": ", msg, " (at byte ", in.position(), ")"), true);
    }

    /** {@code argument 1, record field "path", vec element 3}. */
    private synchronized String path() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            long n = numbers[i];
            boolean named = kinds[i] == FIELD || kinds[i] == CASE;
            DecodePath.appendStep(sb, kinds[i], n, named && n >= 0 ? names.nameOf(n) : null);
        }
        return sb.toString();
    }
}
