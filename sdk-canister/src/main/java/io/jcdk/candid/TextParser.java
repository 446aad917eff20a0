package io.jcdk.candid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses the textual value syntax into {@link TextNode}s: {@code ( <annval>,* )} argument lists, literals, {@code opt},
 * {@code vec}, {@code blob}, {@code record} (named, numbered and positional fields), {@code variant}, references and
 * type annotations {@code (e : t)} (types may name definitions of the given environment).
 */
final class TextParser {
    private final TextLexer lx;
    private final DidParser types;

    TextParser(TextLexer lx, Map<String, IdlType.Ref> env) {
        this.lx = lx;
        this.types = new DidParser(lx, env, false);
    }

    List<TextNode> args() {
        lx.expect("(");
        List<TextNode> out = new ArrayList<>();
        while (!lx.peek().is(")")) {
            out.add(annotated());
            if (!lx.accept(",")) {
                break;
            }
        }
        lx.expect(")");
        return out;
    }

    void expectEnd() {
        TextLexer.Token t = lx.peek();
        if (t.kind != TextLexer.Kind.EOF) {
            throw lx.error(t, "unexpected " + t.describe() + " after the value");
        }
    }

    TextNode annotated() {
        TextNode v = value();
        if (lx.peek().is(":")) {
            TextLexer.Token colon = lx.next();
            TextNode a = new TextNode(TextNode.Kind.ANNOTATED, colon.pos);
            a.inner = v;
            a.type = types.dataType();
            return a;
        }
        return v;
    }

    private static final int MAX_DEPTH = 500;
    private int depth;

    TextNode value() {
        if (++depth > MAX_DEPTH) {
            throw lx.error(lx.peek(), "values are nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
            return valueUnchecked();
        } finally {
            depth--;
        }
    }

    private TextNode valueUnchecked() {
        TextLexer.Token t = lx.next();
        switch (t.kind) {
            case NUMBER: {
                TextNode n = new TextNode(TextNode.Kind.NUMBER, t.pos);
                n.text = t.text;
                return n;
            }
            case TEXT: {
                TextNode n = new TextNode(TextNode.Kind.TEXT, t.pos);
                n.bytes = t.bytes;
                return n;
            }
            case PUNCT:
                if (t.is("(")) {
                    TextNode v = annotated();
                    lx.expect(")");
                    return v;
                }
                break;
            case IDENT:
                return keywordValue(t);
            default:
                break;
        }
        throw lx.error(t, "expected a value but found " + t.describe());
    }

    private TextNode keywordValue(TextLexer.Token t) {
        switch (t.text) {
            case "true":
            case "false": {
                TextNode n = new TextNode(TextNode.Kind.BOOL, t.pos);
                n.bool = t.text.equals("true");
                return n;
            }
            case "null":
                return new TextNode(TextNode.Kind.NULL, t.pos);
            case "nan":
            case "inf": {
                TextNode n = new TextNode(TextNode.Kind.NUMBER, t.pos);
                n.text = t.text;
                return n;
            }
            case "opt": {
                TextNode n = new TextNode(TextNode.Kind.OPT, t.pos);
                n.inner = value();
                return n;
            }
            case "vec": {
                TextNode n = new TextNode(TextNode.Kind.VEC, t.pos);
                n.items = new ArrayList<>();
                lx.expect("{");
                while (!lx.peek().is("}")) {
                    n.items.add(annotated());
                    if (!lx.accept(";")) {
                        break;
                    }
                }
                lx.expect("}");
                return n;
            }
            case "blob": {
                TextNode n = new TextNode(TextNode.Kind.BLOB, t.pos);
                n.bytes = lx.expect(TextLexer.Kind.TEXT, "a text literal after blob").bytes;
                return n;
            }
            case "record": {
                TextNode n = new TextNode(TextNode.Kind.RECORD, t.pos);
                n.fields = fields(true);
                return n;
            }
            case "variant": {
                TextNode n = new TextNode(TextNode.Kind.VARIANT, t.pos);
                n.fields = fields(false);
                if (n.fields.size() != 1) {
                    throw lx.error(t, "a variant value has exactly one case, found " + n.fields.size());
                }
                return n;
            }
            case "principal":
            case "service": {
                TextNode n = new TextNode(t.text.equals("service") ? TextNode.Kind.SERVICE : TextNode.Kind.PRINCIPAL,
                        t.pos);
                n.text = types.text(lx.expect(TextLexer.Kind.TEXT, "a text literal after " + t.text));
                return n;
            }
            case "func": {
                TextNode n = new TextNode(TextNode.Kind.FUNC, t.pos);
                n.inner = new TextNode(TextNode.Kind.SERVICE, t.pos);
                n.inner.text = types.text(lx.expect(TextLexer.Kind.TEXT, "the service principal of a func"));
                lx.expect(".");
                TextLexer.Token m = lx.next();
                if (m.kind == TextLexer.Kind.TEXT) {
                    n.text = types.text(m);
                } else if (m.kind == TextLexer.Kind.IDENT) {
                    n.text = m.text;
                } else {
                    throw lx.error(m, "expected a method name but found " + m.describe());
                }
                return n;
            }
            default:
                throw lx.error(t, "expected a value but found '" + t.text + "'");
        }
    }

    private List<TextNode.Field> fields(boolean record) {
        lx.expect("{");
        List<TextNode.Field> out = new ArrayList<>();
        long next = 0;
        while (!lx.peek().is("}")) {
            TextLexer.Token t = lx.peek();
            boolean label = t.kind == TextLexer.Kind.NUMBER || t.kind == TextLexer.Kind.TEXT
                    || (t.kind == TextLexer.Kind.IDENT && !isValueKeyword(t.text));
            TextNode.Field f;
            if (label && (lx.peek2().is("=") || !record)) {
                lx.next();
                long id;
                String name = null;
                if (t.kind == TextLexer.Kind.NUMBER) {
                    id = types.fieldId(t);
                } else {
                    name = t.kind == TextLexer.Kind.TEXT ? types.text(t) : t.text;
                    id = FieldHash.hash(name);
                }
                TextNode value;
                if (lx.accept("=")) {
                    value = annotated();
                } else {
                    value = new TextNode(TextNode.Kind.NULL, t.pos);
                }
                f = new TextNode.Field(id, name, value);
            } else if (record) {
                f = new TextNode.Field(next, null, annotated());
            } else {
                throw lx.error(t, "expected a variant case but found " + t.describe());
            }
            for (TextNode.Field g : out) {
                if (g.id == f.id) {
                    throw lx.error(t, "field id " + f.id + " appears twice");
                }
            }
            next = f.id + 1;
            out.add(f);
            if (!lx.accept(";")) {
                break;
            }
        }
        lx.expect("}");
        return out;
    }

    private static boolean isValueKeyword(String s) {
        switch (s) {
            case "true": case "false": case "null": case "opt": case "vec": case "blob": case "record":
            case "variant": case "principal": case "service": case "func": case "nan": case "inf":
                return true;
            default:
                return false;
        }
    }
}
