package io.jcdk.candid;

import java.util.ArrayList;
import java.util.List;

/**
 * The type a value is encoded at when no type is given (as {@code didc encode} does without a .did file): the value's
 * own kind, {@code opt empty} for none, {@code vec empty} for an empty vector, the case alone for a variant, and for a
 * vector the least type covering all elements (so {@code vec { null; opt 1 }} is {@code vec opt nat}).
 */
final class TypeInference {
    private TypeInference() {
    }

    static IdlType infer(IdlValue v) {
        IdlKind k = v.kind();
        switch (k) {
            case OPT:
                return v.optValue() == null ? IdlType.opt(IdlType.EMPTY) : IdlType.opt(infer(v.optValue()));
            case VEC: {
                if (v instanceof IdlValue.Blob) {
                    return IdlType.blob();
                }
                IdlType t = IdlType.EMPTY;
                for (IdlValue e : v.asVec()) {
                    t = lub(t, infer(e));
                }
                return IdlType.vec(t);
            }
            case RECORD: {
                List<IdlField> fs = new ArrayList<>();
                for (IdlFieldValue f : v.fields()) {
                    fs.add(field(f, infer(f.value())));
                }
                return IdlType.record(fs);
            }
            case VARIANT: {
                IdlFieldValue f = v.variantField();
                List<IdlField> fs = new ArrayList<>();
                fs.add(field(f, infer(f.value())));
                return IdlType.variant(fs);
            }
            case SERVICE:
                return IdlType.service(new ArrayList<>());
            case FUNC:
                return IdlType.func(new ArrayList<>(), new ArrayList<>());
            default:
                return IdlType.primitive(k);
        }
    }

    private static IdlField field(IdlFieldValue f, IdlType t) {
        return f.name() != null ? IdlField.named(f.name(), t) : IdlField.id(f.id(), t);
    }

    private static IdlType lub(IdlType a, IdlType b) {
        if (a.equals(b) || b.kind() == IdlKind.EMPTY) {
            return a;
        }
        if (a.kind() == IdlKind.EMPTY) {
            return b;
        }
        // null and none mix with options: vec { opt 1; null } is a vec opt nat
        if (a.kind() == IdlKind.NULL && b.kind() == IdlKind.OPT) {
            return b;
        }
        if (b.kind() == IdlKind.NULL && a.kind() == IdlKind.OPT) {
            return a;
        }
        if (a.kind() == b.kind()) {
            switch (a.kind()) {
                case OPT:
                    return IdlType.opt(lub(a.inner(), b.inner()));
                case VEC:
                    return IdlType.vec(lub(a.inner(), b.inner()));
                case RECORD:
                    if (a.fields().size() == b.fields().size()) {
                        List<IdlField> fs = new ArrayList<>();
                        for (int i = 0; i < a.fields().size(); i++) {
                            IdlField fa = a.fields().get(i);
                            IdlField fb = b.fields().get(i);
                            if (fa.id() != fb.id()) {
                                break;
                            }
                            IdlType t = lub(fa.type(), fb.type());
                            fs.add(fa.name() != null ? IdlField.named(fa.name(), t) : IdlField.id(fa.id(), t));
                        }
                        if (fs.size() == a.fields().size()) {
                            return IdlType.record(fs);
                        }
                    }
                    break;
                case VARIANT: {
                    List<IdlField> fs = new ArrayList<>(a.fields());
                    for (IdlField fb : b.fields()) {
                        boolean merged = false;
                        for (int i = 0; i < fs.size(); i++) {
                            IdlField fa = fs.get(i);
                            if (fa.id() == fb.id()) {
                                IdlType t = lub(fa.type(), fb.type());
                                fs.set(i, fa.name() != null ? IdlField.named(fa.name(), t) : IdlField.id(fa.id(), t));
                                merged = true;
                            }
                        }
                        if (!merged) {
                            fs.add(fb);
                        }
                    }
                    return IdlType.variant(fs);
                }
                default:
                    break;
            }
        }
        throw CandidException.of(Msg.cat("vector elements have different types: ", a, " and ", b));
    }
}
