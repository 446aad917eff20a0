package io.jcdk.candid;

import java.util.List;

/**
 * Writes values ({@code M} in the spec) directed by their types. The value must have the type's kind, with a few
 * conveniences that cannot lose information: {@code nat} values at {@code int}, the null value or a bare value at
 * {@code opt} (as none / {@code opt v}), any value at {@code reserved} (nothing is written), principal and service
 * references interchangeably, and absent record fields of types {@code null}/{@code opt}/{@code reserved}.
 */
final class ValueEncoder {
    private final ByteSink out;
    private final DecodePath path = new DecodePath();

    ValueEncoder(ByteSink out) {
        this.out = out;
    }

    void encodeArg(int index, IdlValue v, IdlType t) {
        path.push(DecodePath.ARGUMENT, index, null);
        encode(v, t);
        path.pop();
    }

    private void encode(IdlValue v, IdlType type) {
        if (v == null) {
            throw error("missing value (null)");
        }
        IdlType t = type.resolve();
        IdlKind k = t.kind();
        IdlKind vk = v.kind();
        switch (k) {
            case RESERVED:
                return;
            case OPT:
                if (vk == IdlKind.OPT) {
                    IdlValue inner = v.optValue();
                    if (inner == null) {
                        out.write(0);
                    } else {
                        out.write(1);
                        path.push(DecodePath.OPTION, 0, null);
                        encode(inner, t.inner());
                        path.pop();
                    }
                } else if (vk == IdlKind.NULL) {
                    out.write(0);
                } else {
                    out.write(1);
                    encode(v, t.inner());
                }
                return;
            case NULL:
                expect(vk == IdlKind.NULL, v, t);
                return;
            case BOOL:
                expect(vk == IdlKind.BOOL, v, t);
                out.write(v.asBool() ? 1 : 0);
                return;
            case NAT:
                expect(vk == IdlKind.NAT, v, t);
                Leb128.writeUnsigned(out, v.asBigInteger());
                return;
            case INT:
                expect(vk == IdlKind.INT || vk == IdlKind.NAT, v, t);
                Leb128.writeSigned(out, v.asBigInteger());
                return;
            case NAT8: case NAT16: case NAT32: case NAT64: case INT8: case INT16: case INT32: case INT64:
                expect(vk == k, v, t);
                out.writeLittleEndian(v.asLong(), k.byteWidth());
                return;
            case FLOAT32:
                expect(vk == k, v, t);
                out.writeLittleEndian(Float.floatToRawIntBits(v.asFloat()), 4);
                return;
            case FLOAT64:
                expect(vk == k, v, t);
                out.writeLittleEndian(Double.doubleToRawLongBits(v.asDouble()), 8);
                return;
            case TEXT: {
                expect(vk == IdlKind.TEXT, v, t);
                byte[] b = Utf8.encode(v.asText());
                Leb128.writeUnsigned(out, b.length);
                out.write(b);
                return;
            }
            case PRINCIPAL:
            case SERVICE:
                expect(vk == IdlKind.PRINCIPAL || vk == IdlKind.SERVICE, v, t);
                writePrincipal(v);
                return;
            case FUNC:
                expect(vk == IdlKind.FUNC, v, t);
                out.write(1);
                writePrincipal(v);
                byte[] m = Utf8.encode(v.funcMethod());
                Leb128.writeUnsigned(out, m.length);
                out.write(m);
                return;
            case VEC:
                expect(vk == IdlKind.VEC, v, t);
                encodeVec(v, t);
                return;
            case RECORD:
                expect(vk == IdlKind.RECORD, v, t);
                encodeRecord(v, t);
                return;
            case VARIANT: {
                expect(vk == IdlKind.VARIANT, v, t);
                IdlFieldValue f = v.variantField();
                List<IdlField> cases = t.fields();
                for (int i = 0; i < cases.size(); i++) {
                    if (cases.get(i).id() == f.id()) {
                        Leb128.writeUnsigned(out, i);
                        path.push(DecodePath.CASE, f.id(), cases.get(i));
                        encode(f.value(), cases.get(i).type());
                        path.pop();
                        return;
                    }
                }
                throw error(Msg.cat("variant case ", f.label(), " is not in the type ", ValueDecoder.describe(t)));
            }
            default:
                throw error(Msg.cat("cannot encode a value of type ", ValueDecoder.describe(t)));
        }
    }

    private void encodeVec(IdlValue v, IdlType t) {
        IdlType et = t.inner();
        if (v instanceof IdlValue.Blob && et.kind() == IdlKind.NAT8) {
            byte[] b = ((IdlValue.Blob) v).bytes;
            Leb128.writeUnsigned(out, b.length);
            out.write(b);
            return;
        }
        List<IdlValue> elems = v.asVec();
        Leb128.writeUnsigned(out, elems.size());
        for (int i = 0; i < elems.size(); i++) {
            path.push(DecodePath.ELEMENT, i, null);
            encode(elems.get(i), et);
            path.pop();
        }
    }

    private void encodeRecord(IdlValue v, IdlType t) {
        List<IdlFieldValue> vf = v.fields();
        int j = 0;
        for (IdlField f : t.fields()) {
            while (j < vf.size() && vf.get(j).id() < f.id()) {
                throw error(Msg.cat("record field ", vf.get(j).label(), " is not in the type ", ValueDecoder.describe(t)));
            }
            path.push(DecodePath.FIELD, f.id(), f);
            if (j < vf.size() && vf.get(j).id() == f.id()) {
                encode(vf.get(j++).value(), f.type());
            } else {
                IdlKind fk = f.type().kind();
                if (fk == IdlKind.OPT) {
                    out.write(0);
                } else if (fk != IdlKind.NULL && fk != IdlKind.RESERVED) {
                    throw error(Msg.cat("missing (expected ", ValueDecoder.describe(f.type()), ")"));
                }
            }
            path.pop();
        }
        if (j < vf.size()) {
            throw error(Msg.cat("record field ", vf.get(j).label(), " is not in the type ", ValueDecoder.describe(t)));
        }
    }

    private void writePrincipal(IdlValue v) {
        byte[] b = v.asPrincipal().toBytes();
        out.write(1);
        Leb128.writeUnsigned(out, b.length);
        out.write(b);
    }

    private void expect(boolean ok, IdlValue v, IdlType t) {
        if (!ok) {
            throw mismatch(v, t);
        }
    }

    // synchronized: never inlined by TeaVM (see Quota)
    private synchronized CandidException mismatch(IdlValue v, IdlType t) {
        return error(Msg.cat("expected ", ValueDecoder.describe(t), ", got ", v.describe()));
    }

    private synchronized CandidException error(String msg) {
        String where = path.render();
        return CandidException.of(where.isEmpty() ? msg : Msg.cat(where, ": ", msg));
    }
}
