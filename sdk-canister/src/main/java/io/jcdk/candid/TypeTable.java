package io.jcdk.candid;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the type part of a message: the table of type definitions and the argument types. Each table entry becomes a
 * synthetic {@link IdlType.Ref} ({@code table0}, {@code table1}, ...) bound to its constructor, so recursive wire types
 * become cyclic graphs. All counts are checked against the remaining input before anything is allocated.
 */
final class TypeTable {
    private final IdlType.Ref[] entries;

    private TypeTable(IdlType.Ref[] entries) {
        this.entries = entries;
    }

    int size() {
        return entries.length;
    }

    static TypeTable read(WireReader in, Quota quota) {
        long n = Leb128.readUnsignedLong(in, "type table length");
        in.require(n, Msg.cat("type table of ", n, " entries"));
        IdlType.Ref[] refs = new IdlType.Ref[(int) n];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = IdlType.tableEntry(i);
        }
        TypeTable table = new TypeTable(refs);
        List<IdlType> services = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            quota.charge(1);
            IdlType t = table.readEntry(in, i, quota);
            refs[i].bind(t);
            if (t.kind() == IdlKind.SERVICE) {
                services.add(t);
            }
        }
        for (IdlType s : services) {
            for (DidMethod m : s.methods()) {
                if (m.type().kind() != IdlKind.FUNC) {
                    throw fatal(Msg.cat("method \"", m.name(), "\" of a service type has type ", m.type(), ", which is not a function type"));
                }
            }
        }
        return table;
    }

    /** Reads the argument type list that follows the table. */
    List<IdlType> readArgTypes(WireReader in) {
        long n = Leb128.readUnsignedLong(in, "argument count");
        in.require(n, Msg.cat("argument list of ", n, " types"));
        List<IdlType> out = new ArrayList<>((int) Math.min(n, 64));
        for (long i = 0; i < n; i++) {
            out.add(readTypeRef(in, Msg.cat("argument ", (i + 1))));
        }
        return out;
    }

    private IdlType readEntry(WireReader in, int i, Quota quota) {
        int at = in.position();
        long op = Leb128.readSignedLong(in, "type opcode");
        IdlKind k = IdlKind.ofOpcode(op);
        if (op < -24) {
            long len = Leb128.readUnsignedLong(in, "future type length");
            in.skip(len, Msg.cat("future type ", op));
            return IdlType.future(op);
        }
        if (k == null || k.isPrimitive()) {
            throw fatal(Msg.cat("type table entry ", i, " (at byte ", at, "): ", (op >= 0 ? "a type index" : k.keyword()), " cannot be a table entry; entries must be", " constructed types"));
        }
        String where = Msg.cat("type table entry ", i);
        switch (k) {
            case OPT:
                return IdlType.opt(readTypeRef(in, where));
            case VEC:
                return IdlType.vec(readTypeRef(in, where));
            case RECORD:
            case VARIANT: {
                long count = Leb128.readUnsignedLong(in, "field count");
                in.require(count, Msg.cat(where, " with ", count, " fields"));
                List<IdlField> fields = new ArrayList<>((int) Math.min(count, 64));
                long prev = -1;
                for (long j = 0; j < count; j++) {
                    quota.charge(1);
                    long id = Leb128.readUnsignedLong(in, "field id");
                    if (id > 0xffffffffL) {
                        throw fatal(Msg.cat(where, ": field id ", id, " is larger than 32 bits"));
                    }
                    if (id <= prev) {
                        throw fatal(Msg.cat(where, ": field ids must be strictly increasing, got ", id, " after ", prev));
                    }
                    prev = id;
                    fields.add(IdlField.id(id, readTypeRef(in, where)));
                }
                return k == IdlKind.RECORD ? IdlType.record(fields) : IdlType.variant(fields);
            }
            case FUNC: {
                List<IdlType> args = readTypeList(in, Msg.cat(where, " arguments"), quota);
                List<IdlType> results = readTypeList(in, Msg.cat(where, " results"), quota);
                long count = Leb128.readUnsignedLong(in, "annotation count");
                in.require(count, Msg.cat(where, " with ", count, " annotations"));
                IdlType.FuncAnnotation[] anns = new IdlType.FuncAnnotation[(int) count];
                for (int j = 0; j < anns.length; j++) {
                    int code = in.readByte();
                    anns[j] = IdlType.FuncAnnotation.ofCode(code);
                    if (anns[j] == null) {
                        throw fatal(Msg.cat(where, ": unknown function annotation ", code));
                    }
                }
                return IdlType.func(args, results, anns);
            }
            case SERVICE: {
                long count = Leb128.readUnsignedLong(in, "method count");
                in.require(count, Msg.cat(where, " with ", count, " methods"));
                List<DidMethod> methods = new ArrayList<>((int) Math.min(count, 64));
                byte[] prev = null;
                for (long j = 0; j < count; j++) {
                    quota.charge(1);
                    long len = Leb128.readUnsignedLong(in, "method name length");
                    in.require(len, "method name");
                    byte[] name = in.readBytes(len, "method name");
                    if (!Utf8.isValid(name)) {
                        throw fatal(Msg.cat(where, ": method name is not valid UTF-8"));
                    }
                    if (prev != null && compareBytes(prev, name) >= 0) {
                        throw fatal(Msg.cat(where, ": method names must be sorted and unique"));
                    }
                    prev = name;
                    methods.add(DidMethod.of(Utf8.decodeStrict(name, 0, name.length), readTypeRef(in, where)));
                }
                return IdlType.service(methods);
            }
            default:
                throw fatal(Msg.cat(where, ": unexpected opcode ", op));
        }
    }

    private List<IdlType> readTypeList(WireReader in, String where, Quota quota) {
        long n = Leb128.readUnsignedLong(in, "type count");
        in.require(n, Msg.cat(where, " (", n, " types)"));
        List<IdlType> out = new ArrayList<>((int) Math.min(n, 64));
        for (long i = 0; i < n; i++) {
            quota.charge(1);
            out.add(readTypeRef(in, where));
        }
        return out;
    }

    /** {@code I(t)}: a primitive opcode or an index into the table. */
    IdlType readTypeRef(WireReader in, String where) {
        int at = in.position();
        long code = Leb128.readSignedLong(in, "type reference");
        if (code >= 0) {
            if (code >= entries.length) {
                throw fatal(Msg.cat(where, ": type index ", code, " is out of range (the table has ", entries.length, " entries; at byte ", at, ")"));
            }
            return entries[(int) code];
        }
        IdlKind k = IdlKind.ofOpcode(code);
        if (k == null) {
            throw fatal(Msg.cat(where, ": invalid type opcode ", code, " (at byte ", at, ")"));
        }
        if (!k.isPrimitive()) {
            throw fatal(Msg.cat(where, ": ", k.keyword(), " must be defined in the type table, not inline (at byte ", at, ")"));
        }
        return IdlType.primitive(k);
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
