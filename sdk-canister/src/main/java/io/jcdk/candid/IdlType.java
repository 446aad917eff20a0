package io.jcdk.candid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable Candid type. Primitive types are the constants below; constructed types come from the factories.
 * Recursive types are built with {@link #ref(String)}: a named reference that is {@link Ref#bind bound} once to its
 * definition, so the type graph may be cyclic. {@link #resolve()} follows references; {@link #kind()} and the
 * accessors resolve automatically.
 *
 * <p>{@code equals} is structural (field names, method order and reference names do not matter) and copes with
 * cycles; {@code toString} is the textual Candid syntax.
 */
public abstract class IdlType {
    public static final IdlType NULL = new Prim(IdlKind.NULL);
    public static final IdlType BOOL = new Prim(IdlKind.BOOL);
    public static final IdlType NAT = new Prim(IdlKind.NAT);
    public static final IdlType INT = new Prim(IdlKind.INT);
    public static final IdlType NAT8 = new Prim(IdlKind.NAT8);
    public static final IdlType NAT16 = new Prim(IdlKind.NAT16);
    public static final IdlType NAT32 = new Prim(IdlKind.NAT32);
    public static final IdlType NAT64 = new Prim(IdlKind.NAT64);
    public static final IdlType INT8 = new Prim(IdlKind.INT8);
    public static final IdlType INT16 = new Prim(IdlKind.INT16);
    public static final IdlType INT32 = new Prim(IdlKind.INT32);
    public static final IdlType INT64 = new Prim(IdlKind.INT64);
    public static final IdlType FLOAT32 = new Prim(IdlKind.FLOAT32);
    public static final IdlType FLOAT64 = new Prim(IdlKind.FLOAT64);
    public static final IdlType TEXT = new Prim(IdlKind.TEXT);
    public static final IdlType RESERVED = new Prim(IdlKind.RESERVED);
    public static final IdlType EMPTY = new Prim(IdlKind.EMPTY);
    public static final IdlType PRINCIPAL = new Prim(IdlKind.PRINCIPAL);

    private static final IdlType[] PRIMS = {
        NULL, BOOL, NAT, INT, NAT8, NAT16, NAT32, NAT64, INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, TEXT, RESERVED,
        EMPTY, PRINCIPAL,
    };
    private static final IdlType BLOB = new Vec(NAT8);

    /** The annotations of a function type, with their binary codes. */
    public enum FuncAnnotation {
        QUERY(1, "query"), ONEWAY(2, "oneway"), COMPOSITE_QUERY(3, "composite_query");

        private final int code;
        private final String keyword;

        FuncAnnotation(int code, String keyword) {
            this.code = code;
            this.keyword = keyword;
        }

        public int code() {
            return code;
        }

        public String keyword() {
            return keyword;
        }

        /** The annotation with this binary code, or null. */
        public static FuncAnnotation ofCode(long code) {
            for (FuncAnnotation a : values()) {
                if (a.code == code) {
                    return a;
                }
            }
            return null;
        }
    }

    IdlType() {
    }

    /** The kind of this type (of its definition, for references). */
    public abstract IdlKind kind();

    /** This type with references followed; never a {@link Ref}. */
    public IdlType resolve() {
        return this;
    }

    // ---------------------------------------------------------------- factories

    /** The primitive type of a primitive kind. */
    public static IdlType primitive(IdlKind kind) {
        for (IdlType p : PRIMS) {
            if (p.kind() == kind) {
                return p;
            }
        }
        throw CandidException.of(Msg.cat(kind.keyword(), " is not a primitive type"));
    }

    public static IdlType opt(IdlType t) {
        return new Opt(require(t));
    }

    public static IdlType vec(IdlType t) {
        return t == NAT8 ? BLOB : new Vec(require(t));
    }

    /** {@code blob}, i.e. {@code vec nat8}. */
    public static IdlType blob() {
        return BLOB;
    }

    /** A record; fields are sorted by id, and duplicate ids are rejected. */
    public static IdlType record(List<IdlField> fields) {
        return new Fields(IdlKind.RECORD, sortFields(fields));
    }

    public static IdlType record(IdlField... fields) {
        return record(java.util.Arrays.asList(fields));
    }

    /** A variant; cases are sorted by id, and duplicate ids are rejected. */
    public static IdlType variant(List<IdlField> fields) {
        return new Fields(IdlKind.VARIANT, sortFields(fields));
    }

    public static IdlType variant(IdlField... fields) {
        return variant(java.util.Arrays.asList(fields));
    }

    /** A tuple: the record with fields {@code 0 .. n-1}. */
    public static IdlType tuple(IdlType... elems) {
        List<IdlField> fs = new ArrayList<>(elems.length);
        for (int i = 0; i < elems.length; i++) {
            fs.add(IdlField.id(i, elems[i]));
        }
        return new Fields(IdlKind.RECORD, fs);
    }

    /** A function reference type. Annotations are kept as a set. */
    public static IdlType func(List<IdlType> args, List<IdlType> results, FuncAnnotation... annotations) {
        List<FuncAnnotation> anns = new ArrayList<>();
        for (FuncAnnotation a : FuncAnnotation.values()) {
            for (FuncAnnotation b : annotations) {
                if (a == b) {
                    anns.add(a);
                    break;
                }
            }
        }
        return new Func(copyTypes(args), copyTypes(results), Collections.unmodifiableList(anns));
    }

    /** A service reference type; methods are sorted by name and must resolve to function types. */
    public static IdlType service(List<DidMethod> methods) {
        List<DidMethod> ms = new ArrayList<>(methods);
        for (int i = 1; i < ms.size(); i++) {
            for (int j = i; j > 0 && Names.compareNames(ms.get(j - 1).name(), ms.get(j).name()) > 0; j--) {
                DidMethod tmp = ms.get(j);
                ms.set(j, ms.get(j - 1));
                ms.set(j - 1, tmp);
            }
        }
        for (int i = 1; i < ms.size(); i++) {
            if (ms.get(i - 1).name().equals(ms.get(i).name())) {
                throw CandidException.of(Msg.cat("duplicate method \"", ms.get(i).name(), "\" in service type"));
            }
        }
        return new Service(Collections.unmodifiableList(ms));
    }

    /** An unbound named reference, for recursive and named types; {@link Ref#bind bind} it before use. */
    public static Ref ref(String name) {
        return new Ref(name, false);
    }

    /** The reference for entry {@code index} of a decoded type table; named {@code table<index>} on demand. */
    static Ref tableEntry(int index) {
        return new Ref(null, index);
    }

    static IdlType future(long opcode) {
        return new Future(opcode);
    }

    private static IdlType require(IdlType t) {
        if (t == null) {
            throw CandidException.of("a type is missing (null)");
        }
        return t;
    }

    private static List<IdlType> copyTypes(List<IdlType> ts) {
        List<IdlType> out = new ArrayList<>(ts.size());
        for (IdlType t : ts) {
            out.add(require(t));
        }
        return Collections.unmodifiableList(out);
    }

    private static List<IdlField> sortFields(List<IdlField> fields) {
        List<IdlField> fs = new ArrayList<>(fields);
        for (int i = 1; i < fs.size(); i++) {
            for (int j = i; j > 0 && fs.get(j - 1).id() > fs.get(j).id(); j--) {
                IdlField tmp = fs.get(j);
                fs.set(j, fs.get(j - 1));
                fs.set(j - 1, tmp);
            }
        }
        for (int i = 1; i < fs.size(); i++) {
            if (fs.get(i - 1).id() == fs.get(i).id()) {
                throw CandidException.of(Msg.cat("field ", fs.get(i - 1).label(), " and field ", fs.get(i).label(), " have the same id ", fs.get(i).id()));
            }
        }
        return Collections.unmodifiableList(fs);
    }

    // ---------------------------------------------------------------- accessors

    /** True when {@code null <: this}: the type is {@code null}, {@code opt _} or {@code reserved}. */
    public boolean isNullable() {
        IdlKind k = kind();
        return k == IdlKind.NULL || k == IdlKind.OPT || k == IdlKind.RESERVED;
    }

    /** The element type of {@code opt} and {@code vec}. */
    public IdlType inner() {
        throw wrongKind("opt or vec");
    }

    /** The fields of a record or the cases of a variant, sorted by id. */
    public List<IdlField> fields() {
        throw wrongKind("record or variant");
    }

    /** The field or case with this id, or null. */
    public IdlField findField(long id) {
        List<IdlField> fs = fields();
        int lo = 0;
        int hi = fs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long m = fs.get(mid).id();
            if (m == id) {
                return fs.get(mid);
            }
            if (m < id) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The field or case with this name, or null. */
    public IdlField findField(String name) {
        return findField(FieldHash.hash(name));
    }

    /** True for records whose fields are {@code 0 .. n-1} (n > 0). */
    public boolean isTuple() {
        if (kind() != IdlKind.RECORD) {
            return false;
        }
        List<IdlField> fs = fields();
        for (int i = 0; i < fs.size(); i++) {
            if (fs.get(i).id() != i || fs.get(i).name() != null) {
                return false;
            }
        }
        return !fs.isEmpty();
    }

    public List<IdlType> argTypes() {
        throw wrongKind("func");
    }

    public List<IdlType> resultTypes() {
        throw wrongKind("func");
    }

    public List<FuncAnnotation> annotations() {
        throw wrongKind("func");
    }

    public boolean hasAnnotation(FuncAnnotation a) {
        return annotations().contains(a);
    }

    /** The methods of a service type, sorted by name. */
    public List<DidMethod> methods() {
        throw wrongKind("service");
    }

    CandidException wrongKind(String expected) {
        return CandidException.of(Msg.cat("expected a ", expected, " type, got ", this));
    }

    // ---------------------------------------------------------------- equality and printing

    @Override
    public final boolean equals(Object o) {
        return o instanceof IdlType && TypeEquality.equal(this, (IdlType) o);
    }

    @Override
    public final int hashCode() {
        return hash(4);
    }

    abstract int hash(int depth);

    @Override
    public final String toString() {
        return toString(Integer.MAX_VALUE);
    }

    /** The textual syntax, cut off with "..." after about {@code maxChars} characters (for error messages). */
    String toString(int maxChars) {
        StringBuilder sb = new StringBuilder();
        appendChecked(sb, new PrintContext(maxChars));
        return sb.toString();
    }

    /** Appends the textual syntax, giving up with "..." past the length or nesting limit of the context. */
    final void appendChecked(StringBuilder sb, PrintContext ctx) {
        if (sb.length() > ctx.maxChars || ctx.depth >= PrintContext.MAX_DEPTH) {
            if (!ctx.truncated) {
                sb.append("...");
                ctx.truncated = true;
            }
            return;
        }
        ctx.depth++;
        append(sb, ctx);
        ctx.depth--;
    }

    abstract void append(StringBuilder sb, PrintContext ctx);

    /** State of one printing: synthetic references being expanded (cycle guard) and limits. */
    static final class PrintContext {
        static final int MAX_DEPTH = 200;
        final List<Ref> expanding = new ArrayList<>();
        final int maxChars;
        int depth;
        boolean truncated;

        PrintContext(int maxChars) {
            this.maxChars = maxChars;
        }
    }

    static void appendTypes(StringBuilder sb, List<IdlType> ts, PrintContext ctx) {
        sb.append('(');
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            ts.get(i).appendChecked(sb, ctx);
        }
        sb.append(')');
    }

    // ---------------------------------------------------------------- implementations

    static final class Prim extends IdlType {
        private final IdlKind kind;

        Prim(IdlKind kind) {
            this.kind = kind;
        }

        @Override
        public IdlKind kind() {
            return kind;
        }

        @Override
        int hash(int depth) {
            return kind.ordinal();
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            sb.append(kind.keyword());
        }
    }

    static final class Opt extends IdlType {
        final IdlType inner;

        Opt(IdlType inner) {
            this.inner = inner;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.OPT;
        }

        @Override
        public IdlType inner() {
            return inner;
        }

        @Override
        int hash(int depth) {
            return depth <= 0 ? 100 : 100 + 31 * inner.hash(depth - 1);
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            sb.append("opt ");
            inner.appendChecked(sb, ctx);
        }
    }

    static final class Vec extends IdlType {
        final IdlType inner;

        Vec(IdlType inner) {
            this.inner = inner;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.VEC;
        }

        @Override
        public IdlType inner() {
            return inner;
        }

        @Override
        int hash(int depth) {
            return depth <= 0 ? 200 : 200 + 31 * inner.hash(depth - 1);
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            if (inner == NAT8) {
                sb.append("blob");
                return;
            }
            sb.append("vec ");
            inner.appendChecked(sb, ctx);
        }
    }

    static final class Fields extends IdlType {
        private final IdlKind kind;
        final List<IdlField> fields;

        Fields(IdlKind kind, List<IdlField> fields) {
            this.kind = kind;
            this.fields = fields;
        }

        @Override
        public IdlKind kind() {
            return kind;
        }

        @Override
        public List<IdlField> fields() {
            return fields;
        }

        @Override
        int hash(int depth) {
            int h = kind.ordinal() * 1000;
            for (IdlField f : fields) {
                h = h * 31 + (int) f.id();
                if (depth > 0) {
                    h = h * 31 + f.type().hash(depth - 1);
                }
            }
            return h;
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            sb.append(kind.keyword()).append(" {");
            boolean tuple = isTuple();
            for (int i = 0; i < fields.size(); i++) {
                IdlField f = fields.get(i);
                sb.append(i == 0 ? " " : "; ");
                if (!tuple) {
                    if (f.name() != null) {
                        Names.appendName(sb, f.name());
                    } else {
                        sb.append(f.id());
                    }
                    if (kind == IdlKind.VARIANT && f.type() == NULL) {
                        continue;
                    }
                    sb.append(" : ");
                }
                f.type().appendChecked(sb, ctx);
            }
            sb.append(fields.isEmpty() ? "}" : " }");
        }
    }

    static final class Func extends IdlType {
        final List<IdlType> args;
        final List<IdlType> results;
        final List<FuncAnnotation> annotations;

        Func(List<IdlType> args, List<IdlType> results, List<FuncAnnotation> annotations) {
            this.args = args;
            this.results = results;
            this.annotations = annotations;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.FUNC;
        }

        @Override
        public List<IdlType> argTypes() {
            return args;
        }

        @Override
        public List<IdlType> resultTypes() {
            return results;
        }

        @Override
        public List<FuncAnnotation> annotations() {
            return annotations;
        }

        @Override
        int hash(int depth) {
            int h = 300 + args.size() * 7 + results.size() * 13 + annotations.hashCode();
            if (depth > 0) {
                for (IdlType t : args) {
                    h = h * 31 + t.hash(depth - 1);
                }
                for (IdlType t : results) {
                    h = h * 31 + t.hash(depth - 1);
                }
            }
            return h;
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            sb.append("func ");
            appendSignature(sb, ctx);
        }

        void appendSignature(StringBuilder sb, PrintContext ctx) {
            appendTypes(sb, args, ctx);
            sb.append(" -> ");
            appendTypes(sb, results, ctx);
            for (FuncAnnotation a : annotations) {
                sb.append(' ').append(a.keyword());
            }
        }
    }

    static final class Service extends IdlType {
        final List<DidMethod> methods;

        Service(List<DidMethod> methods) {
            this.methods = methods;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.SERVICE;
        }

        @Override
        public List<DidMethod> methods() {
            return methods;
        }

        @Override
        int hash(int depth) {
            int h = 400;
            for (DidMethod m : methods) {
                h = h * 31 + m.name().hashCode();
                if (depth > 0) {
                    h = h * 31 + m.type().hash(depth - 1);
                }
            }
            return h;
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            sb.append("service ");
            appendBody(sb, ctx);
        }

        void appendBody(StringBuilder sb, PrintContext ctx) {
            sb.append('{');
            for (int i = 0; i < methods.size(); i++) {
                DidMethod m = methods.get(i);
                sb.append(i == 0 ? " " : "; ");
                Names.appendName(sb, m.name());
                sb.append(" : ");
                IdlType t = m.type();
                if (t instanceof Func) {
                    ((Func) t).appendSignature(sb, ctx);
                } else {
                    t.appendChecked(sb, ctx);
                }
            }
            sb.append(methods.isEmpty() ? "}" : " }");
        }
    }

    /** A type of a newer Candid version, known only by its opcode; it only occurs in decoded wire types. */
    static final class Future extends IdlType {
        final long opcode;

        Future(long opcode) {
            this.opcode = opcode;
        }

        @Override
        public IdlKind kind() {
            return IdlKind.FUTURE;
        }

        @Override
        int hash(int depth) {
            return 500 + (int) opcode;
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            sb.append("reserved /* future type ").append(opcode).append(" */");
        }
    }

    /**
     * A named reference to a type definition; the way to build recursive types. It is bound exactly once, and a chain
     * of references that never reaches a type constructor (e.g. {@code type A = B; type B = A}) is rejected when
     * resolved.
     */
    public static final class Ref extends IdlType {
        private final String name;
        /** For type-table entries: the index (the name is derived, to keep big tables cheap); else -1. */
        private final int tableIndex;
        private final boolean synthetic;
        private IdlType target;
        private IdlType resolved;

        Ref(String name, boolean synthetic) {
            if (name == null) {
                throw CandidException.of("a type reference needs a name");
            }
            this.name = name;
            this.tableIndex = -1;
            this.synthetic = synthetic;
        }

        Ref(String name, int tableIndex) {
            this.name = name;
            this.tableIndex = tableIndex;
            this.synthetic = true;
        }

        public String name() {
            return name != null ? name : Msg.cat("table", tableIndex);
        }

        /** Sets the definition; a reference can be bound only once. */
        public Ref bind(IdlType definition) {
            if (target != null) {
                throw CandidException.of(Msg.cat("type ", name(), " is defined twice"));
            }
            target = require(definition);
            return this;
        }

        public boolean isBound() {
            return target != null;
        }

        /** The definition as written (possibly another reference). */
        public IdlType target() {
            if (target == null) {
                throw CandidException.of(Msg.cat("type ", name(), " is not defined"));
            }
            return target;
        }

        @Override
        public IdlType resolve() {
            if (resolved == null) {
                List<Ref> seen = new ArrayList<>();
                IdlType t = this;
                while (t instanceof Ref) {
                    Ref r = (Ref) t;
                    for (Ref s : seen) {
                        if (s == r) {
                            throw CandidException.of(Msg.cat("type ", name(), " is vacuous (its definition is a cycle of names)"));
                        }
                    }
                    seen.add(r);
                    t = r.target();
                }
                resolved = t;
            }
            return resolved;
        }

        @Override
        public IdlKind kind() {
            return resolve().kind();
        }

        @Override
        public IdlType inner() {
            return resolve().inner();
        }

        @Override
        public List<IdlField> fields() {
            return resolve().fields();
        }

        @Override
        public List<IdlType> argTypes() {
            return resolve().argTypes();
        }

        @Override
        public List<IdlType> resultTypes() {
            return resolve().resultTypes();
        }

        @Override
        public List<FuncAnnotation> annotations() {
            return resolve().annotations();
        }

        @Override
        public List<DidMethod> methods() {
            return resolve().methods();
        }

        @Override
        int hash(int depth) {
            return target == null ? name().hashCode() : resolve().hash(depth);
        }

        @Override
        void append(StringBuilder sb, PrintContext ctx) {
            if (!synthetic || target == null) {
                sb.append(name());
                return;
            }
            for (Ref r : ctx.expanding) {
                if (r == this) {
                    sb.append(name());
                    return;
                }
            }
            ctx.expanding.add(this);
            target.appendChecked(sb, ctx);
            ctx.expanding.remove(ctx.expanding.size() - 1);
        }
    }
}
