package io.jcdk.candid;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Candid types and .did files. Type names are {@link IdlType.Ref}s in an environment; in a .did file a name may
 * be used before its definition (definitions are mutually recursive), and at the end every name must be defined and
 * non-vacuous. Shorthands handled: {@code blob}, named arguments {@code (name : t)}, symbolic and positional record
 * fields, enumeration cases {@code variant { a; b }}, and method types given by a name.
 */
final class DidParser {
    private final TextLexer lx;
    private final Map<String, IdlType.Ref> env;
    private final boolean forwardRefs;

    /**
     * @param env named types; new definitions are added to it
     * @param forwardRefs whether an unknown name may be used before it is defined
     */
    DidParser(TextLexer lx, Map<String, IdlType.Ref> env, boolean forwardRefs) {
        this.lx = lx;
        this.env = env;
        this.forwardRefs = forwardRefs;
    }

    static DidFile parseFile(String text) {
        TextLexer lx = new TextLexer(text);
        Map<String, IdlType.Ref> env = new LinkedHashMap<>();
        DidParser p = new DidParser(lx, env, true);
        p.definitions();
        IdlType service = null;
        List<IdlType> init = new ArrayList<>();
        if (lx.peek().is("service")) {
            lx.next();
            if (lx.peek().kind == TextLexer.Kind.IDENT && !lx.peek().is(":")) {
                lx.next();
            }
            lx.expect(":");
            if (lx.peek().is("(")) {
                init = p.tupleType();
                lx.expect("->");
            }
            service = lx.peek().is("{") ? p.actorType() : p.named(lx.expect(TextLexer.Kind.IDENT, "a service type"));
            lx.accept(";");
        }
        TextLexer.Token t = lx.peek();
        if (t.kind != TextLexer.Kind.EOF) {
            throw lx.error(t, "unexpected " + t.describe() + " after the service declaration");
        }
        p.checkDefined();
        if (service != null && service.kind() != IdlKind.SERVICE) {
            throw CandidException.of("the main service has type " + service + ", which is not a service type");
        }
        return new DidFile(env, service, init);
    }

    /** {@code (type <id> = <datatype> ;)*}; {@code import} is rejected (files are parsed standalone). */
    void definitions() {
        while (true) {
            TextLexer.Token t = lx.peek();
            if (t.is("type")) {
                lx.next();
                TextLexer.Token name = lx.expect(TextLexer.Kind.IDENT, "a type name");
                if (Names.isKeyword(name.text)) {
                    throw lx.error(name, "'" + name.text + "' is a keyword and cannot name a type");
                }
                lx.expect("=");
                IdlType def = dataType();
                IdlType.Ref ref = env.get(name.text);
                if (ref == null) {
                    ref = IdlType.ref(name.text);
                    env.put(name.text, ref);
                } else if (ref.isBound()) {
                    throw lx.error(name, "type " + name.text + " is defined twice");
                }
                ref.bind(def);
                lx.expect(";");
            } else if (t.is("import")) {
                throw lx.error(t, "import is not supported: inline the imported definitions");
            } else {
                return;
            }
        }
    }

    /** Every name used must be defined, and no definition may be a mere cycle of names. */
    void checkDefined() {
        for (IdlType.Ref r : env.values()) {
            if (!r.isBound()) {
                throw CandidException.of("type " + r.name() + " is used but not defined");
            }
        }
        for (IdlType.Ref r : env.values()) {
            r.resolve();
        }
    }

    private static final int MAX_DEPTH = 500;
    private int depth;

    IdlType dataType() {
        if (++depth > MAX_DEPTH) {
            throw lx.error(lx.peek(), "types are nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            return dataTypeUnchecked();
        } finally {
            depth--;
        }
    }

    private IdlType dataTypeUnchecked() {
        TextLexer.Token t = lx.next();
        if (t.kind != TextLexer.Kind.IDENT) {
            throw lx.error(t, "expected a type but found " + t.describe());
        }
        IdlKind prim = IdlKind.primitiveOfKeyword(t.text);
        if (prim != null) {
            return IdlType.primitive(prim);
        }
        switch (t.text) {
            case "opt":
                return IdlType.opt(dataType());
            case "vec":
                return IdlType.vec(dataType());
            case "blob":
                return IdlType.blob();
            case "record":
                return IdlType.record(fieldTypes(true));
            case "variant":
                return IdlType.variant(fieldTypes(false));
            case "func":
                return funcType();
            case "service":
                return actorType();
            default:
                return named(t);
        }
    }

    IdlType named(TextLexer.Token t) {
        if (Names.isKeyword(t.text)) {
            throw lx.error(t, "expected a type name but found keyword '" + t.text + "'");
        }
        IdlType.Ref r = env.get(t.text);
        if (r == null) {
            if (!forwardRefs) {
                throw lx.error(t, "unknown type " + t.text);
            }
            r = IdlType.ref(t.text);
            env.put(t.text, r);
        }
        return r;
    }

    private List<IdlField> fieldTypes(boolean record) {
        lx.expect("{");
        List<IdlField> fields = new ArrayList<>();
        long next = 0;
        while (!lx.peek().is("}")) {
            TextLexer.Token t = lx.peek();
            IdlField f;
            boolean labelled = (t.kind == TextLexer.Kind.NUMBER || t.kind == TextLexer.Kind.TEXT
                    || t.kind == TextLexer.Kind.IDENT) && lx.peek2().is(":");
            if (labelled || (!record && (t.kind == TextLexer.Kind.NUMBER || t.kind == TextLexer.Kind.TEXT
                    || t.kind == TextLexer.Kind.IDENT))) {
                lx.next();
                IdlType ft = IdlType.NULL;
                if (labelled) {
                    lx.expect(":");
                    ft = dataType();
                }
                f = t.kind == TextLexer.Kind.NUMBER ? IdlField.id(fieldId(t), ft)
                        : IdlField.named(t.kind == TextLexer.Kind.TEXT ? text(t) : t.text, ft);
            } else if (record) {
                f = IdlField.id(next, dataType());
            } else {
                throw lx.error(t, "expected a variant case but found " + t.describe());
            }
            next = f.id() + 1;
            fields.add(f);
            if (!lx.accept(";")) {
                break;
            }
        }
        lx.expect("}");
        return fields;
    }

    long fieldId(TextLexer.Token t) {
        String s = TextLexer.removeUnderscores(t.text);
        BigInteger v;
        try {
            v = s.startsWith("0x") || s.startsWith("0X") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
        } catch (NumberFormatException e) {
            throw lx.error(t, "invalid field id " + t.text);
        }
        if (v.signum() < 0 || v.bitLength() > 32) {
            throw lx.error(t, "field id " + t.text + " is not a 32-bit unsigned number");
        }
        return v.longValue();
    }

    String text(TextLexer.Token t) {
        if (!Utf8.isValid(t.bytes)) {
            throw lx.error(t, "text is not valid UTF-8");
        }
        return new String(t.bytes, StandardCharsets.UTF_8);
    }

    /** {@code ( <argtype>,* )} where an argument may be named: {@code (name : text)}. */
    List<IdlType> tupleType() {
        lx.expect("(");
        List<IdlType> out = new ArrayList<>();
        while (!lx.peek().is(")")) {
            TextLexer.Token t = lx.peek();
            if ((t.kind == TextLexer.Kind.IDENT || t.kind == TextLexer.Kind.TEXT) && lx.peek2().is(":")) {
                lx.next();
                lx.next();
            }
            out.add(dataType());
            if (!lx.accept(",")) {
                break;
            }
        }
        lx.expect(")");
        return out;
    }

    private IdlType funcType() {
        List<IdlType> args = tupleType();
        lx.expect("->");
        List<IdlType> results = tupleType();
        List<IdlType.FuncAnnotation> anns = new ArrayList<>();
        while (true) {
            TextLexer.Token t = lx.peek();
            if (t.is("query")) {
                anns.add(IdlType.FuncAnnotation.QUERY);
            } else if (t.is("oneway")) {
                anns.add(IdlType.FuncAnnotation.ONEWAY);
            } else if (t.is("composite_query")) {
                anns.add(IdlType.FuncAnnotation.COMPOSITE_QUERY);
            } else {
                break;
            }
            lx.next();
        }
        return IdlType.func(args, results, anns.toArray(new IdlType.FuncAnnotation[0]));
    }

    IdlType actorType() {
        lx.expect("{");
        List<DidMethod> methods = new ArrayList<>();
        while (!lx.peek().is("}")) {
            TextLexer.Token t = lx.next();
            String name;
            if (t.kind == TextLexer.Kind.TEXT) {
                name = text(t);
            } else if (t.kind == TextLexer.Kind.IDENT) {
                name = t.text;
            } else {
                throw lx.error(t, "expected a method name but found " + t.describe());
            }
            lx.expect(":");
            IdlType mt = lx.peek().is("(") ? funcType() : named(lx.expect(TextLexer.Kind.IDENT, "a function type"));
            for (DidMethod m : methods) {
                if (m.name().equals(name)) {
                    throw lx.error(t, "method " + name + " is defined twice");
                }
            }
            methods.add(DidMethod.of(name, mt));
            if (!lx.accept(";")) {
                break;
            }
        }
        lx.expect("}");
        return IdlType.service(methods);
    }
}
