package io.jcdk.candid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the type table of an outgoing message. Constructed types get one entry each, deduplicated by structural
 * equality (so {@code vec nat} used twice, or two equal named types, share an entry). An entry is numbered before its
 * components are written, which is what makes recursive types terminate.
 */
final class TypeTableBuilder {
    private final Map<IdlType, Integer> indices = new HashMap<>();
    private final List<byte[]> entries = new ArrayList<>();

    /** Writes {@code I(t)}: a primitive opcode or a table index. */
    void writeRef(ByteSink out, IdlType t) {
        Leb128.writeSigned(out, indexOf(t));
    }

    private int indexOf(IdlType type) {
        IdlType t = type.resolve();
        IdlKind k = t.kind();
        if (k.isPrimitive()) {
            return k.opcode();
        }
        if (k == IdlKind.FUTURE) {
            throw CandidException.of("cannot encode a future (unknown) type");
        }
        Integer known = indices.get(t);
        if (known != null) {
            return known;
        }
        int index = entries.size();
        indices.put(t, index);
        entries.add(null);
        ByteSink s = new ByteSink();
        Leb128.writeSigned(s, k.opcode());
        switch (k) {
            case OPT:
            case VEC:
                writeRef(s, t.inner());
                break;
            case RECORD:
            case VARIANT:
                Leb128.writeUnsigned(s, t.fields().size());
                for (IdlField f : t.fields()) {
                    Leb128.writeUnsigned(s, f.id());
                    writeRef(s, f.type());
                }
                break;
            case FUNC:
                Leb128.writeUnsigned(s, t.argTypes().size());
                for (IdlType a : t.argTypes()) {
                    writeRef(s, a);
                }
                Leb128.writeUnsigned(s, t.resultTypes().size());
                for (IdlType r : t.resultTypes()) {
                    writeRef(s, r);
                }
                Leb128.writeUnsigned(s, t.annotations().size());
                for (IdlType.FuncAnnotation a : t.annotations()) {
                    s.write(a.code());
                }
                break;
            case SERVICE:
                Leb128.writeUnsigned(s, t.methods().size());
                for (DidMethod m : t.methods()) {
                    byte[] name = Utf8.encode(m.name());
                    Leb128.writeUnsigned(s, name.length);
                    s.write(name);
                    if (m.type().kind() != IdlKind.FUNC) {
                        throw CandidException.of(Msg.cat("method \"", m.name(), "\" does not have a function type"));
                    }
                    writeRef(s, m.type());
                }
                break;
            default:
                throw CandidException.of(Msg.cat("cannot encode type ", t));
        }
        entries.set(index, s.toByteArray());
        return index;
    }

    void writeTable(ByteSink out) {
        Leb128.writeUnsigned(out, entries.size());
        for (byte[] e : entries) {
            out.write(e);
        }
    }
}
