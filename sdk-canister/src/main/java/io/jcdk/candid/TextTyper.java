package io.jcdk.candid;

import io.jcdk.canister.Principal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed text into values, at an expected type (as dfx does with the method's parameter types) or on its own.
 *
 * <p>At a type: number literals take the expected number type (range-checked), {@code null} is none at {@code opt},
 * a bare value at {@code opt t} is {@code opt v}, record fields missing from the text get null/none/reserved when their
 * type allows it, and fields the type does not have are dropped (the spec's record coercion). An annotated value
 * {@code (e : t)} is typed at {@code t} and then coerced to the expected type by the binary rules (encode at
 * {@code t}, decode at the expected type), so annotations mean exactly what they mean on the wire. Unlike binary
 * decoding, a mismatch under {@code opt} is an error here rather than none: a typo in hand-written text should not
 * silently become null.
 *
 * <p>On its own: a natural literal is {@code nat}, a signed one {@code int}, one with a fraction or exponent
 * {@code float64}; {@code null} is the null value.
 */
final class TextTyper {
    private TextTyper() {
    }

    static List<IdlValue> args(List<TextNode> nodes, List<IdlType> expected) {
        List<IdlValue> out = new ArrayList<>();
        if (expected == null) {
            for (TextNode n : nodes) {
                out.add(value(n, null));
            }
            return out;
        }
        for (int i = 0; i < expected.size(); i++) {
            IdlType t = expected.get(i);
            if (i < nodes.size()) {
                try {
                    out.add(value(nodes.get(i), t));
                } catch (CandidException e) {
                    throw CandidException.of("argument " + (i + 1) + ": " + strip(e.getMessage()));
                }
            } else {
                IdlValue d = defaultFor(t);
                if (d == null) {
                    throw CandidException.of("argument " + (i + 1) + " is missing (expected "
                            + ValueDecoder.describe(t) + ")");
                }
                out.add(d);
            }
        }
        return out;
    }

    private static String strip(String msg) {
        return msg.startsWith("IDL error: ") ? msg.substring(11) : msg;
    }

    /** The value of an absent field or argument of this type, or null when it cannot be absent. */
    static IdlValue defaultFor(IdlType t) {
        switch (t.kind()) {
            case NULL: return IdlValue.nullValue();
            case OPT: return IdlValue.none();
            case RESERVED: return IdlValue.reserved();
            default: return null;
        }
    }

    static IdlValue value(TextNode n, IdlType expected) {
        if (n.kind == TextNode.Kind.ANNOTATED) {
            IdlValue v = value(n.inner, n.type);
            if (expected == null) {
                return v;
            }
            List<IdlType> at = new ArrayList<>();
            at.add(n.type);
            List<IdlValue> vs = new ArrayList<>();
            vs.add(v);
            List<IdlType> et = new ArrayList<>();
            et.add(expected);
            try {
                return CandidDecoder.decodeArgs(CandidEncoder.encodeArgs(at, vs), et).get(0);
            } catch (CandidException e) {
                throw CandidException.of("a value annotated " + ValueDecoder.describe(n.type) + " does not fit "
                        + ValueDecoder.describe(expected) + ": " + strip(e.getMessage()));
            }
        }
        if (expected == null) {
            return untyped(n);
        }
        IdlType t = expected.resolve();
        IdlKind k = t.kind();
        if (k == IdlKind.RESERVED) {
            untyped(n);
            return IdlValue.reserved();
        }
        if (k == IdlKind.OPT) {
            if (n.kind == TextNode.Kind.NULL) {
                return IdlValue.none();
            }
            if (n.kind == TextNode.Kind.OPT) {
                return IdlValue.some(value(n.inner, t.inner()));
            }
            return IdlValue.some(value(n, t.inner()));
        }
        switch (n.kind) {
            case NUMBER:
                return number(n.text, k, t);
            case NULL:
                if (k == IdlKind.NULL) {
                    return IdlValue.nullValue();
                }
                break;
            case BOOL:
                if (k == IdlKind.BOOL) {
                    return IdlValue.bool(n.bool);
                }
                break;
            case TEXT:
                if (k == IdlKind.TEXT) {
                    return IdlValue.text(utf8(n.bytes));
                }
                break;
            case BLOB:
                if (k == IdlKind.VEC && t.inner().kind() == IdlKind.NAT8) {
                    return IdlValue.blobNoCopy(n.bytes);
                }
                break;
            case VEC:
                if (k == IdlKind.VEC) {
                    IdlType et = t.inner();
                    if (et.kind() == IdlKind.NAT8) {
                        byte[] b = new byte[n.items.size()];
                        for (int i = 0; i < b.length; i++) {
                            b[i] = (byte) value(n.items.get(i), et).asLong();
                        }
                        return IdlValue.blobNoCopy(b);
                    }
                    List<IdlValue> out = new ArrayList<>(n.items.size());
                    for (TextNode e : n.items) {
                        out.add(value(e, et));
                    }
                    return IdlValue.vecNoCopy(out);
                }
                break;
            case RECORD:
                if (k == IdlKind.RECORD) {
                    return record(n, t);
                }
                break;
            case VARIANT:
                if (k == IdlKind.VARIANT) {
                    TextNode.Field f = n.fields.get(0);
                    IdlField tf = t.findField(f.id);
                    if (tf == null) {
                        throw CandidException.of("variant case " + (f.name != null ? f.name : String.valueOf(f.id))
                                + " is not in the type " + ValueDecoder.describe(t));
                    }
                    IdlValue v = value(f.value, tf.type());
                    return IdlValue.variant(new IdlFieldValue(f.id, f.name != null ? f.name : tf.name(), v));
                }
                break;
            case PRINCIPAL:
                if (k == IdlKind.PRINCIPAL) {
                    return IdlValue.principal(principal(n.text));
                }
                break;
            case SERVICE:
                if (k == IdlKind.SERVICE) {
                    return IdlValue.service(principal(n.text));
                }
                if (k == IdlKind.PRINCIPAL) {
                    return IdlValue.principal(principal(n.text));
                }
                break;
            case FUNC:
                if (k == IdlKind.FUNC) {
                    return IdlValue.func(principal(n.inner.text), n.text);
                }
                break;
            case OPT:
                break;
            default:
                break;
        }
        throw CandidException.of("expected " + ValueDecoder.describe(t) + ", got " + describe(n));
    }

    private static IdlValue record(TextNode n, IdlType t) {
        Map<Long, TextNode.Field> given = new HashMap<>();
        for (TextNode.Field f : n.fields) {
            given.put(f.id, f);
        }
        List<IdlFieldValue> out = new ArrayList<>();
        for (IdlField tf : t.fields()) {
            TextNode.Field f = given.get(tf.id());
            String name = tf.name();
            IdlValue v;
            if (f == null) {
                v = defaultFor(tf.type());
                if (v == null) {
                    throw CandidException.of("record field " + tf.label() + " is missing (expected "
                            + ValueDecoder.describe(tf.type()) + ")");
                }
            } else {
                if (f.name != null) {
                    name = f.name;
                }
                try {
                    v = value(f.value, tf.type());
                } catch (CandidException e) {
                    throw CandidException.of("record field " + tf.label() + ": " + strip(e.getMessage()));
                }
            }
            out.add(new IdlFieldValue(tf.id(), name, v));
        }
        return IdlValue.recordSorted(out);
    }

    private static IdlValue untyped(TextNode n) {
        switch (n.kind) {
            case NUMBER: {
                String s = n.text;
                if (isFloatLiteral(s)) {
                    return IdlValue.float64(parseDouble(s));
                }
                char c = s.charAt(0);
                return c == '-' || c == '+' ? IdlValue.int_(integer(s)) : IdlValue.nat(integer(s));
            }
            case NULL:
                return IdlValue.nullValue();
            case BOOL:
                return IdlValue.bool(n.bool);
            case TEXT:
                return IdlValue.text(utf8(n.bytes));
            case BLOB:
                return IdlValue.blobNoCopy(n.bytes);
            case OPT:
                return IdlValue.some(untyped(n.inner));
            case VEC: {
                List<IdlValue> out = new ArrayList<>(n.items.size());
                for (TextNode e : n.items) {
                    out.add(value(e, null));
                }
                return IdlValue.vecNoCopy(out);
            }
            case RECORD: {
                List<IdlFieldValue> fs = new ArrayList<>();
                for (TextNode.Field f : n.fields) {
                    fs.add(new IdlFieldValue(f.id, f.name, value(f.value, null)));
                }
                return IdlValue.record(fs);
            }
            case VARIANT: {
                TextNode.Field f = n.fields.get(0);
                return IdlValue.variant(new IdlFieldValue(f.id, f.name, value(f.value, null)));
            }
            case PRINCIPAL:
                return IdlValue.principal(principal(n.text));
            case SERVICE:
                return IdlValue.service(principal(n.text));
            case FUNC:
                return IdlValue.func(principal(n.inner.text), n.text);
            default:
                return value(n, null);
        }
    }

    private static String describe(TextNode n) {
        switch (n.kind) {
            case NUMBER: return "number " + n.text;
            case NULL: return "null";
            case BOOL: return "bool " + n.bool;
            default: return n.kind.name().toLowerCase();
        }
    }

    private static String utf8(byte[] b) {
        if (!Utf8.isValid(b)) {
            throw CandidException.of("text is not valid UTF-8");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static Principal principal(String text) {
        try {
            return Principal.fromText(text);
        } catch (IllegalArgumentException e) {
            throw CandidException.of(e.getMessage());
        }
    }

    // ---------------------------------------------------------------- numbers

    private static IdlValue number(String lit, IdlKind k, IdlType t) {
        switch (k) {
            case FLOAT32:
                return IdlValue.float32((float) parseDouble(lit));
            case FLOAT64:
                return IdlValue.float64(parseDouble(lit));
            case NAT:
            case INT:
            case NAT8: case NAT16: case NAT32: case NAT64: case INT8: case INT16: case INT32: case INT64:
                break;
            default:
                throw CandidException.of("expected " + ValueDecoder.describe(t) + ", got number " + lit);
        }
        if (isFloatLiteral(lit)) {
            throw CandidException.of("expected " + k.keyword() + ", got the non-integer " + lit);
        }
        BigInteger v = integer(lit);
        if (k == IdlKind.INT) {
            return IdlValue.int_(v);
        }
        if (v.signum() < 0 && (k == IdlKind.NAT || k.isUnsigned())) {
            throw CandidException.of("expected " + k.keyword() + ", got the negative number " + lit);
        }
        if (k == IdlKind.NAT) {
            return IdlValue.nat(v);
        }
        int bits = k.byteWidth() * 8;
        boolean fits = k.isUnsigned() ? v.bitLength() <= bits : v.bitLength() <= bits - 1;
        if (!fits) {
            throw CandidException.of(lit + " is out of range for " + k.keyword());
        }
        return IdlValue.fixedInt(k, v.longValue());
    }

    private static boolean isFloatLiteral(String s) {
        boolean hex = s.contains("0x") || s.contains("0X");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || (!hex && (c == 'e' || c == 'E')) || (hex && (c == 'p' || c == 'P')) || c == 'n'
                    || c == 'i') {
                return true;
            }
        }
        return false;
    }

    private static BigInteger integer(String lit) {
        String s = TextLexer.removeUnderscores(lit);
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        BigInteger v = s.startsWith("0x") || s.startsWith("0X") ? new BigInteger(s.substring(2), 16)
                : new BigInteger(s);
        return negative ? v.negate() : v;
    }

    /** Decimal literals go to {@code Double.parseDouble}; hex floats, nan and inf are done here. */
    static double parseDouble(String lit) {
        String s = TextLexer.removeUnderscores(lit);
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        double d;
        if (s.equals("nan")) {
            d = Double.NaN;
        } else if (s.equals("inf")) {
            d = Double.POSITIVE_INFINITY;
        } else if (s.startsWith("0x") || s.startsWith("0X")) {
            d = parseHexFloat(s.substring(2), lit);
        } else {
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw CandidException.of("invalid number " + lit);
            }
        }
        return negative ? -d : d;
    }

    private static double parseHexFloat(String s, String lit) {
        int p = s.indexOf('p');
        if (p < 0) {
            p = s.indexOf('P');
        }
        String mant = p < 0 ? s : s.substring(0, p);
        int exp = 0;
        if (p >= 0) {
            try {
                exp = Integer.parseInt(s.substring(p + 1).startsWith("+") ? s.substring(p + 2) : s.substring(p + 1));
            } catch (NumberFormatException e) {
                throw CandidException.of("invalid number " + lit);
            }
        }
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        if (dot >= 0) {
            exp -= 4 * (mant.length() - dot - 1);
        }
        if (digits.isEmpty()) {
            throw CandidException.of("invalid number " + lit);
        }
        BigInteger m = new BigInteger(digits, 16);
        // Scale exactly with BigDecimal-free arithmetic: shift the integer when the exponent is positive.
        if (exp >= 0) {
            return m.shiftLeft(Math.min(exp, 2000)).doubleValue();
        }
        double d = m.doubleValue();
        while (exp < 0) {
            int step = Math.min(-exp, 60);
            d = d / (double) (1L << step);
            exp += step;
        }
        return d;
    }
}
