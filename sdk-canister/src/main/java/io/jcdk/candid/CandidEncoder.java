package io.jcdk.candid;

import java.util.ArrayList;
import java.util.List;

/** Encodes argument (or result) lists as Candid messages. */
public final class CandidEncoder {
    private static final byte[] MAGIC = {'D', 'I', 'D', 'L'};

    private CandidEncoder() {
    }

    /**
     * Encodes values at the given types ({@code DIDL}, a deduplicated type table, the argument types, the values).
     *
     * @throws CandidException when a value does not fit its type (the message names the argument and path)
     */
    public static byte[] encodeArgs(List<IdlType> types, List<IdlValue> values) {
        if (types.size() != values.size()) {
            throw CandidException.of(Msg.cat(types.size(), " types but ", values.size(), " values"));
        }
        ByteSink data = new ByteSink();
        ValueEncoder enc = new ValueEncoder(data);
        for (int i = 0; i < values.size(); i++) {
            enc.encodeArg(i, values.get(i), types.get(i));
        }
        ByteSink out = new ByteSink();
        out.write(header(types));
        out.write(data.toByteArray());
        return out.toByteArray();
    }

    /**
     * The type part of a message of these types: {@code DIDL}, the deduplicated type table and the argument types;
     * the values follow it. The processor computes it at build time for {@link CandidWriter}.
     */
    public static byte[] header(List<IdlType> types) {
        TypeTableBuilder table = new TypeTableBuilder();
        ByteSink argTypes = new ByteSink();
        Leb128.writeUnsigned(argTypes, types.size());
        for (IdlType t : types) {
            table.writeRef(argTypes, t);
        }
        ByteSink out = new ByteSink();
        out.write(MAGIC);
        table.writeTable(out);
        out.write(argTypes.toByteArray());
        return out.toByteArray();
    }

    /** Encodes values at types inferred from the values themselves (see {@link #inferType}). */
    public static byte[] encodeArgs(List<IdlValue> values) {
        List<IdlType> types = new ArrayList<>(values.size());
        for (IdlValue v : values) {
            types.add(inferType(v));
        }
        return encodeArgs(types, values);
    }

    /**
     * The type a value has on its own: its kind, {@code opt empty} for none, {@code vec empty} for an empty vector,
     * a variant with just its case, {@code service {}} and {@code func () -> ()} for references.
     */
    public static IdlType inferType(IdlValue v) {
        return TypeInference.infer(v);
    }
}
