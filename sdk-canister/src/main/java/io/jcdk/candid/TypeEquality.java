package io.jcdk.candid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Structural type equality that terminates on cyclic type graphs: a pair of nodes already being compared is assumed
 * equal (the coinductive reading, which is the right one for recursive types).
 */
final class TypeEquality {
    private static final int MAX_DEPTH = 10_000;
    private final Set<NodePair> assumed = new HashSet<>();
    private int depth;

    private TypeEquality() {
    }

    static boolean equal(IdlType a, IdlType b) {
        return a == b || new TypeEquality().eq(a, b);
    }

    private boolean eq(IdlType a, IdlType b) {
        a = a.resolve();
        b = b.resolve();
        if (a == b) {
            return true;
        }
        if (a.kind() != b.kind()) {
            return false;
        }
        switch (a.kind()) {
            case OPT:
            case VEC:
            case RECORD:
            case VARIANT:
            case FUNC:
            case SERVICE:
                break;
            case FUTURE:
                return ((IdlType.Future) a).opcode == ((IdlType.Future) b).opcode;
            default:
                return true;
        }
        if (!assumed.add(new NodePair(a, b))) {
            return true;
        }
        if (depth >= MAX_DEPTH) {
            throw CandidException.of("types are nested too deeply to compare");
        }
        depth++;
        try {
            return compare(a, b);
        } finally {
            depth--;
        }
    }

    private boolean compare(IdlType a, IdlType b) {
        switch (a.kind()) {
            case OPT:
            case VEC:
                return eq(a.inner(), b.inner());
            case RECORD:
            case VARIANT: {
                List<IdlField> fa = a.fields();
                List<IdlField> fb = b.fields();
                if (fa.size() != fb.size()) {
                    return false;
                }
                for (int i = 0; i < fa.size(); i++) {
                    if (fa.get(i).id() != fb.get(i).id() || !eq(fa.get(i).type(), fb.get(i).type())) {
                        return false;
                    }
                }
                return true;
            }
            case FUNC:
                return a.annotations().equals(b.annotations()) && eqAll(a.argTypes(), b.argTypes())
                        && eqAll(a.resultTypes(), b.resultTypes());
            default: {
                List<DidMethod> ma = a.methods();
                List<DidMethod> mb = b.methods();
                if (ma.size() != mb.size()) {
                    return false;
                }
                for (int i = 0; i < ma.size(); i++) {
                    if (!ma.get(i).name().equals(mb.get(i).name()) || !eq(ma.get(i).type(), mb.get(i).type())) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    private boolean eqAll(List<IdlType> a, List<IdlType> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!eq(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A pair of type nodes compared by identity. */
    static final class NodePair {
        final IdlType a;
        final IdlType b;

        NodePair(IdlType a, IdlType b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NodePair && ((NodePair) o).a == a && ((NodePair) o).b == b;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }
}
