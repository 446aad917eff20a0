package io.jcdk.candid;

import java.util.List;

/**
 * Prints values in the textual Candid format, in the style of {@code didc}: {@code (42 : nat64, "hi", true)}.
 *
 * <p>Numbers whose kind the parser could not infer are annotated: every fixed-width integer ({@code 42 : nat8}),
 * {@code float32}, and non-negative {@code int} ({@code 42 : int}); a bare natural number reads back as {@code nat},
 * a negative one as {@code int}, and one with a fraction or exponent as {@code float64}. Inside {@code opt} an
 * annotated value is parenthesised ({@code opt (1 : nat8)}). {@code vec nat8} prints as {@code blob "..."}; the
 * reserved value as {@code null : reserved}; NaN and infinities as {@code nan}, {@code inf}, {@code -inf} (which the
 * parser accepts as an extension). Everything printed parses back to an equal value with {@link TextParser}, given
 * the same types; without types, an empty option ({@code null}) reads back as the null value.
 */
final class TextPrinter {
    private TextPrinter() {
    }

    static String printArgs(List<IdlValue> values, List<IdlType> types) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            annotated(sb, values.get(i), types != null && i < types.size() ? types.get(i) : null);
        }
        return sb.append(')').toString();
    }

    static String printValue(IdlValue v, IdlType t) {
        StringBuilder sb = new StringBuilder();
        annotated(sb, v, t);
        return sb.toString();
    }

    /** A value in a position where {@code value : type} is allowed. */
    private static void annotated(StringBuilder sb, IdlValue v, IdlType t) {
        String ann = annotation(v);
        plain(sb, v, t);
        if (ann != null) {
            sb.append(" : ").append(ann);
        }
    }

    /** The annotation a value needs to read back at its own kind, or null. */
    private static String annotation(IdlValue v) {
        IdlKind k = v.kind();
        if (k.isFixedInt() || k == IdlKind.FLOAT32 || k == IdlKind.RESERVED) {
            return k.keyword();
        }
        if (k == IdlKind.INT && v.asBigInteger().signum() >= 0) {
            return "int";
        }
        return null;
    }

    private static void plain(StringBuilder sb, IdlValue v, IdlType t) {
        IdlType rt = t == null ? null : t.resolve();
        switch (v.kind()) {
            case NULL:
            case RESERVED:
                sb.append("null");
                return;
            case BOOL:
                sb.append(v.asBool());
                return;
            case NAT:
            case INT:
            case NAT8: case NAT16: case NAT32: case NAT64: case INT8: case INT16: case INT32: case INT64:
                sb.append(v.asBigInteger().toString());
                return;
            case FLOAT32:
                appendFloat(sb, v.asFloat(), Float.toString(v.asFloat()));
                return;
            case FLOAT64:
                appendFloat(sb, v.asDouble(), Double.toString(v.asDouble()));
                return;
            case TEXT:
                Names.appendQuoted(sb, v.asText());
                return;
            case PRINCIPAL:
                sb.append("principal \"").append(v.asPrincipal().toText()).append('"');
                return;
            case SERVICE:
                sb.append("service \"").append(v.asPrincipal().toText()).append('"');
                return;
            case FUNC:
                sb.append("func \"").append(v.asPrincipal().toText()).append("\".");
                Names.appendName(sb, v.funcMethod());
                return;
            case OPT: {
                IdlValue inner = v.optValue();
                if (inner == null) {
                    sb.append("null");
                    return;
                }
                sb.append("opt ");
                IdlType it = rt != null && rt.kind() == IdlKind.OPT ? rt.inner() : null;
                if (annotation(inner) != null) {
                    sb.append('(');
                    annotated(sb, inner, it);
                    sb.append(')');
                } else {
                    plain(sb, inner, it);
                }
                return;
            }
            case VEC:
                vec(sb, v, rt);
                return;
            case RECORD:
                record(sb, v, rt);
                return;
            case VARIANT: {
                IdlFieldValue f = v.variantField();
                IdlField tf = rt != null && rt.kind() == IdlKind.VARIANT ? rt.findField(f.id()) : null;
                sb.append("variant { ");
                label(sb, f, tf);
                if (f.value().kind() != IdlKind.NULL) {
                    sb.append(" = ");
                    annotated(sb, f.value(), tf == null ? null : tf.type());
                }
                sb.append(" }");
                return;
            }
            default:
                throw CandidException.of("cannot print a value of kind " + v.kind());
        }
    }

    private static void appendFloat(StringBuilder sb, double d, String s) {
        if (d != d) {
            sb.append("nan");
        } else if (Double.isInfinite(d)) {
            sb.append(d > 0 ? "inf" : "-inf");
        } else {
            sb.append(s);
            boolean hasPoint = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '.' || c == 'e' || c == 'E') {
                    hasPoint = true;
                }
            }
            if (!hasPoint) {
                sb.append(".0");
            }
        }
    }

    private static void vec(StringBuilder sb, IdlValue v, IdlType rt) {
        if (v instanceof IdlValue.Blob) {
            blob(sb, ((IdlValue.Blob) v).bytes);
            return;
        }
        List<IdlValue> elems = v.asVec();
        boolean allBytes = !elems.isEmpty();
        for (IdlValue e : elems) {
            if (e.kind() != IdlKind.NAT8) {
                allBytes = false;
                break;
            }
        }
        if (allBytes) {
            blob(sb, v.asBlob());
            return;
        }
        if (elems.isEmpty()) {
            sb.append("vec {}");
            return;
        }
        IdlType et = rt != null && rt.kind() == IdlKind.VEC ? rt.inner() : null;
        sb.append("vec { ");
        for (int i = 0; i < elems.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            annotated(sb, elems.get(i), et);
        }
        sb.append(" }");
    }

    static void blob(StringBuilder sb, byte[] bytes) {
        sb.append("blob \"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append((char) c);
            } else {
                sb.append('\\');
                Names.appendHexByte(sb, c);
            }
        }
        sb.append('"');
    }

    private static void record(StringBuilder sb, IdlValue v, IdlType rt) {
        List<IdlFieldValue> fields = v.fields();
        if (fields.isEmpty()) {
            sb.append("record {}");
            return;
        }
        boolean typed = rt != null && rt.kind() == IdlKind.RECORD;
        boolean tuple = true;
        for (int i = 0; i < fields.size(); i++) {
            IdlFieldValue f = fields.get(i);
            IdlField tf = typed ? rt.findField(f.id()) : null;
            if (f.id() != i || f.name() != null || (tf != null && tf.name() != null)) {
                tuple = false;
                break;
            }
        }
        sb.append("record { ");
        for (int i = 0; i < fields.size(); i++) {
            IdlFieldValue f = fields.get(i);
            IdlField tf = typed ? rt.findField(f.id()) : null;
            if (i > 0) {
                sb.append("; ");
            }
            if (!tuple) {
                label(sb, f, tf);
                sb.append(" = ");
            }
            annotated(sb, f.value(), tf == null ? null : tf.type());
        }
        sb.append(" }");
    }

    private static void label(StringBuilder sb, IdlFieldValue f, IdlField tf) {
        String name = f.name() != null ? f.name() : (tf != null ? tf.name() : null);
        if (name != null) {
            Names.appendName(sb, name);
        } else {
            sb.append(f.id());
        }
    }
}
