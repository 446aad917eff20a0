package io.jcdk.candid;

import io.jcdk.canister.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes values of a wire type at an expected type in one pass, applying the coercion rules of the spec on the fly
 * (instead of decoding first and coercing after): {@code nat} at {@code int}, missing optional record fields, skipped
 * extra fields and arguments, and the special {@code opt} rules, where a failed coercion under {@code opt} rewinds the
 * input, skips the value (still validating it) and yields none.
 *
 * <p>Safety: every value visited costs a {@link Quota} unit; nesting is bounded by {@code maxDepth}; and re-entering
 * the same (wire type, expected type) pair at the same input position means a recursion that consumes no input (e.g.
 * {@code type T = record { T }}, or {@code bool} at {@code type Opt = opt Opt}), which is rejected. These errors are
 * fatal: no {@code opt} recovers them.
 */
final class ValueDecoder {
    private final WireReader in;
    private final Quota quota;
    private final Subtyping subtyping;
    private final int maxDepth;
    final DecodePath path = new DecodePath();

    private int depth;
    private int[] guardPos = new int[64];
    private IdlType[] guardWire = new IdlType[64];
    private IdlType[] guardExpected = new IdlType[64];

    ValueDecoder(WireReader in, Quota quota, int maxDepth) {
        this.in = in;
        this.quota = quota;
        this.subtyping = new Subtyping(quota, maxDepth);
        this.maxDepth = maxDepth;
    }

    /** Decodes a value of wire type {@code wire} at type {@code expected}, or at its own type when that is null. */
    IdlValue decode(IdlType wire, IdlType expected) {
        IdlType w = wire.resolve();
        IdlType e = expected == null ? w : expected.resolve();
        quota.charge(1);
        enter(w, e);
        try {
            return decodeAt(w, e, expected == null);
        } finally {
            depth--;
        }
    }

    /** Reads past a value of wire type {@code wire}, validating it. */
    void skip(IdlType wire) {
        IdlType w = wire.resolve();
        quota.charge(1);
        enter(w, null);
        try {
            skipAt(w);
        } finally {
            depth--;
        }
    }

    private void enter(IdlType w, IdlType e) {
        if (depth >= maxDepth) {
            throw fatal(Msg.cat("values are nested more than ", maxDepth, " levels deep"));
        }
        int pos = in.position();
        for (int i = depth - 1; i >= 0 && guardPos[i] == pos; i--) {
            if (guardWire[i] == w && guardExpected[i] == e) {
                throw fatal(Msg.cat("the type ", describe(w), (e == null ? "" : Msg.cat(" at ", describe(e))), " recurses without consuming input (it has no finite values)"));
            }
        }
        if (depth == guardPos.length) {
            growGuards();
        }
        guardPos[depth] = pos;
        guardWire[depth] = w;
        guardExpected[depth] = e;
        depth++;
    }

    // synchronized: never inlined by TeaVM (see Msg)
    private synchronized void growGuards() {
        {
            int cap = depth * 2;
            int[] p = new int[cap];
            IdlType[] a = new IdlType[cap];
            IdlType[] b = new IdlType[cap];
            System.arraycopy(guardPos, 0, p, 0, depth);
            System.arraycopy(guardWire, 0, a, 0, depth);
            System.arraycopy(guardExpected, 0, b, 0, depth);
            guardPos = p;
            guardWire = a;
            guardExpected = b;
        }
    }

    private IdlValue decodeAt(IdlType w, IdlType e, boolean asWire) {
        IdlKind wk = w.kind();
        IdlKind ek = e.kind();
        if (ek == IdlKind.RESERVED) {
            skipAt(w);
            return IdlValue.reserved();
        }
        if (wk == IdlKind.EMPTY) {
            throw fatal("a value of type empty cannot exist");
        }
        if (ek == IdlKind.OPT) {
            return decodeOpt(w, e, asWire);
        }
        if (wk == IdlKind.FUTURE) {
            if (asWire) {
                skipAt(w);
                return IdlValue.reserved();
            }
            throw mismatch(e, w);
        }
        switch (ek) {
            case NULL:
                if (wk == IdlKind.NULL) {
                    return IdlValue.nullValue();
                }
                break;
            case BOOL:
                if (wk == IdlKind.BOOL) {
                    return IdlValue.bool(readBool());
                }
                break;
            case NAT:
                if (wk == IdlKind.NAT) {
                    return new IdlValue.BigNum(IdlKind.NAT, Leb128.readNat(in));
                }
                break;
            case INT:
                if (wk == IdlKind.INT) {
                    return new IdlValue.BigNum(IdlKind.INT, Leb128.readInt(in));
                }
                if (wk == IdlKind.NAT) {
                    return new IdlValue.BigNum(IdlKind.INT, Leb128.readNat(in));
                }
                break;
            case NAT8: case NAT16: case NAT32: case NAT64: case INT8: case INT16: case INT32: case INT64:
                if (wk == ek) {
                    return readFixed(ek);
                }
                break;
            case FLOAT32:
                if (wk == ek) {
                    return IdlValue.float32(Float.intBitsToFloat((int) in.readLittleEndian(4)));
                }
                break;
            case FLOAT64:
                if (wk == ek) {
                    return IdlValue.float64(Double.longBitsToDouble(in.readLittleEndian(8)));
                }
                break;
            case TEXT:
                if (wk == IdlKind.TEXT) {
                    return IdlValue.text(readText());
                }
                break;
            case PRINCIPAL:
                if (wk == IdlKind.PRINCIPAL || wk == IdlKind.SERVICE) {
                    return IdlValue.principal(readPrincipal("principal"));
                }
                break;
            case VEC:
                if (wk == IdlKind.VEC) {
                    return decodeVec(w, e, asWire);
                }
                break;
            case RECORD:
                if (wk == IdlKind.RECORD) {
                    return decodeRecord(w, e, asWire);
                }
                break;
            case VARIANT:
                if (wk == IdlKind.VARIANT) {
                    return decodeVariant(w, e, asWire);
                }
                break;
            case FUNC:
                if (wk == IdlKind.FUNC) {
                    Principal p = readFuncService();
                    String method = readText();
                    if (!asWire && !subtyping.isSubtype(w, e)) {
                        throw error(Msg.cat("function type ", describe(w), " is not a subtype of ", describe(e)));
                    }
                    return IdlValue.func(p, method);
                }
                break;
            case SERVICE:
                if (wk == IdlKind.SERVICE) {
                    Principal p = readPrincipal("service reference");
                    if (!asWire && !subtyping.isSubtype(w, e)) {
                        throw error(Msg.cat("service type ", describe(w), " is not a subtype of ", describe(e)));
                    }
                    return IdlValue.service(p);
                }
                break;
            default:
                break;
        }
        throw mismatch(e, w);
    }

    private IdlValue decodeOpt(IdlType w, IdlType e, boolean asWire) {
        switch (w.kind()) {
            case NULL:
            case RESERVED:
                return IdlValue.none();
            case FUTURE:
                skipAt(w);
                return IdlValue.none();
            case OPT: {
                int tag = in.readByte();
                if (tag == 0) {
                    return IdlValue.none();
                }
                if (tag != 1) {
                    throw fatal(Msg.cat("opt tag must be 0 or 1, got ", tag));
                }
                return tryDecode(w.inner(), e.inner(), asWire);
            }
            default:
                // t <: opt t' when not (null <: t): the value is read as "opt v", or none if it does not coerce.
                return tryDecode(w, e.inner(), asWire);
        }
    }

    private IdlValue tryDecode(IdlType w, IdlType e, boolean asWire) {
        int start = in.position();
        int pathDepth = path.depth();
        path.push(DecodePath.OPTION, 0, null);
        try {
            IdlValue v = decode(w, asWire ? null : e);
            path.pop();
            return IdlValue.some(v);
        } catch (CandidException ex) {
            if (ex.isFatal()) {
                throw ex;
            }
            path.truncate(pathDepth);
            in.reset(start);
            skip(w);
            return IdlValue.none();
        }
    }

    private IdlValue decodeVec(IdlType w, IdlType e, boolean asWire) {
        long len = Leb128.readUnsignedLong(in, "vector length");
        IdlType we = w.inner().resolve();
        IdlType ee = asWire ? null : e.inner().resolve();
        if (we.kind() == IdlKind.NAT8 && (ee == null || ee.kind() == IdlKind.NAT8)) {
            quota.charge(len / 16);
            return IdlValue.blobNoCopy(in.readBytes(len, "blob"));
        }
        checkCount(len, "vector");
        List<IdlValue> out = new ArrayList<>((int) Math.min(len, 1024));
        for (long i = 0; i < len; i++) {
            path.push(DecodePath.ELEMENT, i, null);
            out.add(decode(we, ee));
            path.pop();
        }
        return IdlValue.vecNoCopy(out);
    }

    private IdlValue decodeRecord(IdlType w, IdlType e, boolean asWire) {
        List<IdlField> wf = w.fields();
        List<IdlField> ef = e.fields();
        List<IdlFieldValue> out = new ArrayList<>(asWire ? wf.size() : ef.size());
        int j = 0;
        for (IdlField f1 : wf) {
            while (j < ef.size() && ef.get(j).id() < f1.id()) {
                out.add(missingField(ef.get(j++)));
            }
            if (j < ef.size() && ef.get(j).id() == f1.id()) {
                IdlField f2 = ef.get(j++);
                path.push(DecodePath.FIELD, f2.id(), f2);
                IdlValue v = decode(f1.type(), asWire ? null : f2.type());
                path.pop();
                out.add(new IdlFieldValue(f2.id(), f2.name(), v));
            } else {
                path.push(DecodePath.FIELD, f1.id(), f1);
                skip(f1.type());
                path.pop();
            }
        }
        while (j < ef.size()) {
            out.add(missingField(ef.get(j++)));
        }
        return IdlValue.recordSorted(out);
    }

    private IdlFieldValue missingField(IdlField f) {
        IdlType t = f.type().resolve();
        switch (t.kind()) {
            case NULL:
                return new IdlFieldValue(f.id(), f.name(), IdlValue.nullValue());
            case OPT:
                return new IdlFieldValue(f.id(), f.name(), IdlValue.none());
            case RESERVED:
                return new IdlFieldValue(f.id(), f.name(), IdlValue.reserved());
            default:
                path.push(DecodePath.FIELD, f.id(), f);
                CandidException ex = error(Msg.cat("missing (expected ", describe(t), ")"));
                path.pop();
                throw ex;
        }
    }

    private IdlValue decodeVariant(IdlType w, IdlType e, boolean asWire) {
        List<IdlField> wf = w.fields();
        long index = Leb128.readUnsignedLong(in, "variant index");
        if (index >= wf.size()) {
            throw fatal(Msg.cat("variant index ", index, " is out of range (the type has ", wf.size(), " cases)"));
        }
        IdlField f1 = wf.get((int) index);
        IdlField f2 = asWire ? f1 : findField(e.fields(), f1.id());
        if (f2 == null) {
            path.push(DecodePath.CASE, f1.id(), f1);
            CandidException ex = error(Msg.cat("unexpected variant case (expected one of ", describe(e), ")"));
            path.pop();
            throw ex;
        }
        path.push(DecodePath.CASE, f2.id(), f2);
        IdlValue v = decode(f1.type(), asWire ? null : f2.type());
        path.pop();
        return IdlValue.variant(new IdlFieldValue(f2.id(), f2.name(), v));
    }

    private static IdlField findField(List<IdlField> fields, long id) {
        int lo = 0;
        int hi = fields.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long m = fields.get(mid).id();
            if (m == id) {
                return fields.get(mid);
            }
            if (m < id) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    private void skipAt(IdlType w) {
        switch (w.kind()) {
            case NULL:
            case RESERVED:
                return;
            case BOOL:
                readBool();
                return;
            case NAT:
            case INT:
                Leb128.skip(in);
                return;
            case NAT8: case NAT16: case NAT32: case NAT64: case INT8: case INT16: case INT32: case INT64:
            case FLOAT32: case FLOAT64:
                in.skip(w.kind().byteWidth(), w.kind().keyword());
                return;
            case TEXT:
                readText();
                return;
            case EMPTY:
                throw fatal("a value of type empty cannot exist");
            case PRINCIPAL:
            case SERVICE:
                readPrincipal(w.kind().keyword());
                return;
            case FUNC:
                readFuncService();
                readText();
                return;
            case OPT: {
                int tag = in.readByte();
                if (tag == 1) {
                    skip(w.inner());
                } else if (tag != 0) {
                    throw fatal(Msg.cat("opt tag must be 0 or 1, got ", tag));
                }
                return;
            }
            case VEC: {
                long len = Leb128.readUnsignedLong(in, "vector length");
                IdlType we = w.inner().resolve();
                int width = we.kind().byteWidth();
                if (width > 0) {
                    if (len > in.remaining() / width) {
                        throw fatal(Msg.cat("vector of ", len, " ", we.kind().keyword(), " values is longer than the input"));
                    }
                    in.skip(len * width, "vector");
                    return;
                }
                checkCount(len, "vector");
                for (long i = 0; i < len; i++) {
                    skip(we);
                }
                return;
            }
            case RECORD:
                for (IdlField f : w.fields()) {
                    skip(f.type());
                }
                return;
            case VARIANT: {
                long index = Leb128.readUnsignedLong(in, "variant index");
                if (index >= w.fields().size()) {
                    throw fatal(Msg.cat("variant index ", index, " is out of range (the type has ", w.fields().size(), " cases)"));
                }
                skip(w.fields().get((int) index).type());
                return;
            }
            case FUTURE: {
                long bytes = Leb128.readUnsignedLong(in, "future value length");
                Leb128.readUnsignedLong(in, "future value reference count");
                in.skip(bytes, "future value");
                return;
            }
            default:
                throw fatal(Msg.cat("cannot skip a value of type ", describe(w)));
        }
    }

    /** Each element costs at least one unit, so a count above the remaining quota can be refused at once. */
    private void checkCount(long len, String what) {
        if (len > quota.remaining()) {
            throw fatal(Msg.cat(what, " of ", len, " elements exceeds the decoding quota"));
        }
    }

    private boolean readBool() {
        int b = in.readByte();
        if (b > 1) {
            throw fatal(Msg.cat("bool must be 0 or 1, got ", b));
        }
        return b == 1;
    }

    private IdlValue readFixed(IdlKind k) {
        int width = k.byteWidth();
        long bits = in.readLittleEndian(width);
        if (!k.isUnsigned() && width < 8) {
            int shift = 64 - 8 * width;
            bits = (bits << shift) >> shift;
        }
        return new IdlValue.FixedInt(k, bits);
    }

    private String readText() {
        long len = Leb128.readUnsignedLong(in, "text length");
        if (len < 0 || len > in.remaining()) {
            in.require(len, Msg.cat("text of ", len, " bytes"));
        }
        return in.readUtf8((int) len);
    }

    private Principal readPrincipal(String what) {
        int tag = in.readByte();
        if (tag != 1) {
            throw fatal(Msg.cat(what, ": only public references (tag 1) are supported, got tag ", tag));
        }
        long len = Leb128.readUnsignedLong(in, what, " length");
        if (len < 0 || len > in.remaining()) {
            in.require(len, Msg.cat(what, " of ", len, " bytes"));
        }
        if (len > Principal.MAX_LENGTH) {
            throw fatal(Msg.cat(what, " has ", len, " bytes; at most ", Principal.MAX_LENGTH, " are allowed"));
        }
        return Principal.fromBytes(in.readBytes(len, what));
    }

    private Principal readFuncService() {
        int tag = in.readByte();
        if (tag != 1) {
            throw fatal(Msg.cat("func: only public references (tag 1) are supported, got tag ", tag));
        }
        return readPrincipal("func service");
    }

    static String describe(IdlType t) {
        return t.toString(80);
    }

    // synchronized: never inlined by TeaVM (see Quota)
    private synchronized CandidException mismatch(IdlType expected, IdlType wire) {
        return error(Msg.cat("expected ", describe(expected), ", got ", describe(wire)));
    }

    private synchronized CandidException error(String msg) {
        String where = path.render();
        return CandidException.of(where.isEmpty() ? msg : Msg.cat(where, ": ", msg), false);
    }

    private synchronized CandidException fatal(String msg) {
        String where = path.render();
        return CandidException.of((where.isEmpty() ? "" : Msg.cat(where, ": ")) + msg + " (at byte " + in.position() + ")",
                true);
    }
}
