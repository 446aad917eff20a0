package io.jcdk.processor.generation;

import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlField;
import io.jcdk.candid.IdlKind;
import io.jcdk.candid.IdlType;
import io.jcdk.processor.model.CandidType;
import io.jcdk.processor.model.NamedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a message of known types ({@code DIDL}, type table, argument types), computed at build time with the
 * codec's own encoder, so that a canister's replies and saved state start with the bytes the generic encoder would
 * write, and the canister carries no type objects.
 */
final class Headers {
    private final Map<String, NamedType> named = new HashMap<>();
    private final Map<String, IdlType> refs = new HashMap<>();

    Headers(List<NamedType> namedTypes) {
        for (NamedType t : namedTypes) {
            named.put(t.name(), t);
        }
    }

    /** The header as a string of chars 0 to 255, one per byte: what {@code CandidWriter.header} turns back into bytes. */
    String header(List<CandidType> types) {
        List<IdlType> idl = new ArrayList<>();
        for (CandidType t : types) {
            idl.add(idl(t));
        }
        byte[] bytes = CandidEncoder.header(idl);
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            sb.append((char) (b & 0xff));
        }
        return sb.toString();
    }

    private IdlType idl(CandidType type) {
        if (type instanceof CandidType.Primitive p) {
            return IdlType.primitive(IdlKind.valueOf(p.name()));
        }
        if (type instanceof CandidType.Opt o) {
            return IdlType.opt(idl(o.inner()));
        }
        if (type instanceof CandidType.Vec v) {
            return IdlType.vec(idl(v.inner()));
        }
        if (type instanceof CandidType.Named n) {
            IdlType known = refs.get(n.name());
            if (known == null) {
                IdlType.Ref ref = IdlType.ref(n.name());
                refs.put(n.name(), ref);
                ref.bind(idl(named.get(n.name()).definition()));
                known = ref;
            }
            return known;
        }
        List<CandidType.Field> fs = type instanceof CandidType.Record r ? r.fields()
                : ((CandidType.Variant) type).fields();
        List<IdlField> fields = new ArrayList<>();
        for (CandidType.Field f : fs) {
            fields.add(IdlField.id(f.id(), idl(f.type())));
        }
        return type instanceof CandidType.Record ? IdlType.record(fields) : IdlType.variant(fields);
    }
}
