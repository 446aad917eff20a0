package io.jcdk.candid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides {@code t1 <: t2} per the spec, including the special rules that make every type a subtype of {@code opt _}
 * and of {@code reserved}. Recursive types are handled coinductively: a pair under consideration is assumed to hold,
 * and removed again if it fails. The decoder needs this for function and service references only.
 */
final class Subtyping {
    private final Set<TypeEquality.NodePair> assumed = new HashSet<>();
    private final Quota quota;
    private final int maxDepth;
    private int depth;

    Subtyping(Quota quota, int maxDepth) {
        this.quota = quota;
        this.maxDepth = maxDepth;
    }

    boolean isSubtype(IdlType t1, IdlType t2) {
        quota.charge(1);
        t1 = t1.resolve();
        t2 = t2.resolve();
        if (t1 == t2) {
            return true;
        }
        IdlKind k1 = t1.kind();
        IdlKind k2 = t2.kind();
        if (k2 == IdlKind.RESERVED || k2 == IdlKind.OPT || k1 == IdlKind.EMPTY) {
            return true;
        }
        if (k1 == IdlKind.NAT && k2 == IdlKind.INT || k1 == IdlKind.SERVICE && k2 == IdlKind.PRINCIPAL) {
            return true;
        }
        if (k1 != k2 || k1 == IdlKind.FUTURE) {
            return false;
        }
        if (k1.isPrimitive()) {
            return true;
        }
        TypeEquality.NodePair pair = new TypeEquality.NodePair(t1, t2);
        if (!assumed.add(pair)) {
            return true;
        }
        if (depth >= maxDepth) {
            throw CandidException.of(Msg.cat("types are nested more than ", maxDepth, " levels deep"), true);
        }
        depth++;
        boolean ok;
        try {
            ok = check(t1, t2);
        } finally {
            depth--;
        }
        if (!ok) {
            assumed.remove(pair);
        }
        return ok;
    }

    private boolean check(IdlType t1, IdlType t2) {
        switch (t1.kind()) {
            case VEC:
                return isSubtype(t1.inner(), t2.inner());
            case RECORD:
                for (IdlField f2 : t2.fields()) {
                    IdlField f1 = t1.findField(f2.id());
                    if (f1 == null ? !f2.type().isNullable() : !isSubtype(f1.type(), f2.type())) {
                        return false;
                    }
                }
                return true;
            case VARIANT:
                for (IdlField f1 : t1.fields()) {
                    IdlField f2 = t2.findField(f1.id());
                    if (f2 == null || !isSubtype(f1.type(), f2.type())) {
                        return false;
                    }
                }
                return true;
            case FUNC:
                return t1.annotations().equals(t2.annotations())
                        && isTupleSubtype(t2.argTypes(), t1.argTypes())
                        && isTupleSubtype(t1.resultTypes(), t2.resultTypes());
            case SERVICE: {
                // both method lists are sorted by name: walk them together
                List<DidMethod> ms1 = t1.methods();
                int i = 0;
                for (DidMethod m2 : t2.methods()) {
                    while (i < ms1.size() && Names.compareNames(ms1.get(i).name(), m2.name()) < 0) {
                        i++;
                    }
                    if (i == ms1.size() || !ms1.get(i).name().equals(m2.name())
                            || !isSubtype(ms1.get(i).type(), m2.type())) {
                        return false;
                    }
                }
                return true;
            }
            default:
                return false;
        }
    }

    /** Argument and result sequences subtype like tuple records: extra entries on the left are ignored. */
    private boolean isTupleSubtype(List<IdlType> a, List<IdlType> b) {
        for (int i = 0; i < b.size(); i++) {
            if (i < a.size() ? !isSubtype(a.get(i), b.get(i)) : !b.get(i).isNullable()) {
                return false;
            }
        }
        return true;
    }
}
