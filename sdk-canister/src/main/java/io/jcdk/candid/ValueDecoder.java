package io.jcdk.candid;

/**
 * Decodes values into {@link IdlValue}s at expected types given at run time, for the host (runtime, CLI, tests):
 * the generic counterpart of the readers the processor generates, over the same {@link CandidReader}, so both apply
 * the same coercion rules (see there) and the conformance suite checks the reader canisters use. Function and service
 * references, which Java types do not map, are decoded here with a subtype check of their wire types.
 *
 * <p>Nesting is bounded by the limit's depth, also where no record, variant or vector is entered (e.g. {@code bool}
 * at {@code type O = opt O}, which recurses without consuming input).
 */
final class ValueDecoder {
    private final CandidReader r;
    private final Subtyping subtyping;
    private final int maxDepth;
    private TypeTable table;
    private int depth;
    // Per nesting level: where and at which types a value began (see enter).
    private int[] guardPos = new int[64];
    private int[] guardWire = new int[64];
    private IdlType[] guardExpected = new IdlType[64];

    ValueDecoder(CandidReader r, Quota quota, int maxDepth) {
        this.r = r;
        this.subtyping = new Subtyping(quota, maxDepth);
        this.maxDepth = maxDepth;
    }

    /** The wire types as IdlTypes (built on first use). */
    TypeTable table() {
        if (table == null) {
            table = TypeTable.of(r.types());
        }
        return table;
    }

    /** Decodes a value of wire type {@code w} at type {@code expected}, or at its own type when that is null. */
    IdlValue decode(int w, IdlType expected) {
        IdlType e = expected == null ? table().type(w).resolve() : expected.resolve();
        enter(w, e);
        try {
            return decodeAt(w, e, expected == null);
        } finally {
            depth--;
        }
    }

    /**
     * Re-entering the same (wire type, expected type) pair at the same input position means a recursion that reads
     * nothing and never ends (e.g. {@code bool} at {@code type O = opt O}): refused at once.
     */
    private void enter(int w, IdlType e) {
        if (depth >= maxDepth) {
            throw r.fatalHere(Msg.cat("values are nested more than ", maxDepth, " levels deep"));
        }
        int pos = r.position();
        for (int i = depth - 1; i >= 0 && guardPos[i] == pos; i--) {
            if (guardWire[i] == w && guardExpected[i] == e) {
                throw r.fatalHere(Msg.cat("the type ", describe(e), " recurses without consuming input (it has no",
                        " finite values)"));
            }
        }
        if (depth == guardPos.length) {
            guardPos = java.util.Arrays.copyOf(guardPos, depth * 2);
            guardWire = java.util.Arrays.copyOf(guardWire, depth * 2);
            guardExpected = java.util.Arrays.copyOf(guardExpected, depth * 2);
        }
        guardPos[depth] = pos;
        guardWire[depth] = w;
        guardExpected[depth] = e;
        depth++;
    }

    private IdlValue decodeAt(int w, IdlType e, boolean asWire) {
        IdlKind k = e.kind();
        switch (k) {
            case RESERVED:
                r.reserved(w);
                return IdlValue.reserved();
            case OPT: {
                int v = r.opt(w);
                if (v == CandidReader.NONE) {
                    return IdlValue.none();
                }
                long mark = r.mark();
                try {
                    return IdlValue.some(decode(v, asWire ? null : e.inner()));
                } catch (CandidException ex) {
                    r.recover(ex, mark, v);
                    return IdlValue.none();
                }
            }
            case NULL:
                r.null_(w);
                return IdlValue.nullValue();
            case BOOL:
                return IdlValue.bool(r.bool(w));
            case NAT:
                return new IdlValue.BigNum(IdlKind.NAT, r.nat(w));
            case INT:
                return new IdlValue.BigNum(IdlKind.INT, r.int_(w));
            case NAT8:
                return new IdlValue.FixedInt(k, r.nat8(w) & 0xffL);
            case NAT16:
                return new IdlValue.FixedInt(k, r.nat16(w) & 0xffffL);
            case NAT32:
                return new IdlValue.FixedInt(k, r.nat32(w) & 0xffffffffL);
            case NAT64:
                return new IdlValue.FixedInt(k, r.nat64(w));
            case INT8:
                return new IdlValue.FixedInt(k, r.int8(w));
            case INT16:
                return new IdlValue.FixedInt(k, r.int16(w));
            case INT32:
                return new IdlValue.FixedInt(k, r.int32(w));
            case INT64:
                return new IdlValue.FixedInt(k, r.int64(w));
            case FLOAT32:
                return IdlValue.float32(r.float32(w));
            case FLOAT64:
                return IdlValue.float64(r.float64(w));
            case TEXT:
                return IdlValue.text(r.text(w));
            case PRINCIPAL:
                return IdlValue.principal(r.principal(w));
            case VEC:
                return decodeVec(w, e, asWire);
            case RECORD:
                return decodeRecord(w, e, asWire);
            case VARIANT:
                return decodeVariant(w, e, asWire);
            case FUNC: {
                IdlValue f = IdlValue.func(r.funcService(w), r.text(-15));
                checkSubtype(w, e, asWire, "function");
                return f;
            }
            case SERVICE: {
                IdlValue s = IdlValue.service(r.serviceReference(w));
                checkSubtype(w, e, asWire, "service");
                return s;
            }
            case FUTURE:
                // Only at a wire type: a value of a newer sender's type, kept as reserved.
                r.skip(w);
                return IdlValue.reserved();
            default:
                throw r.mismatchError(k.keyword(), w);
        }
    }

    private void checkSubtype(int w, IdlType e, boolean asWire, String what) {
        IdlType wire = table().type(w);
        if (!asWire && !subtyping.isSubtype(wire, e)) {
            throw r.errorHere(Msg.cat(what, " type ", describe(wire), " is not a subtype of ", describe(e)));
        }
    }

    private IdlValue decodeVec(int w, IdlType e, boolean asWire) {
        IdlType inner = e.inner().resolve();
        WireTypes types = r.types();
        if (inner.kind() == IdlKind.NAT8 && w >= 0 && types.opcode(w) == WireTypes.VEC
                && types.inner(w) == IdlKind.NAT8.opcode()) {
            return IdlValue.blobNoCopy(r.blob(w));
        }
        int n = r.vec(w);
        int we = r.elementType();
        java.util.List<IdlValue> out = new java.util.ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            r.element(i);
            out.add(decode(we, asWire ? null : inner));
        }
        r.endVec();
        return IdlValue.vecNoCopy(out);
    }

    private IdlValue decodeRecord(int w, IdlType e, boolean asWire) {
        r.record(w);
        java.util.List<IdlField> fields = e.fields();
        java.util.List<IdlFieldValue> out = new java.util.ArrayList<>(fields.size());
        for (IdlField f : fields) {
            IdlValue v = decode(r.field(f.id()), asWire ? null : f.type());
            out.add(new IdlFieldValue(f.id(), f.name(), v));
        }
        r.endRecord();
        return IdlValue.recordSorted(out);
    }

    private IdlValue decodeVariant(int w, IdlType e, boolean asWire) {
        long id = r.variant(w);
        IdlField f = findField(e.fields(), id);
        if (f == null) {
            throw r.unexpectedCase();
        }
        IdlValue v = decode(r.caseType(), asWire ? null : f.type());
        r.endVariant();
        return IdlValue.variant(new IdlFieldValue(f.id(), f.name(), v));
    }

    private static IdlField findField(java.util.List<IdlField> fields, long id) {
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

    static String describe(IdlType t) {
        return t.toString(80);
    }
}
