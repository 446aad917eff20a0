package io.jcdk.maven.candid;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlField;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Ic;
import java.util.List;
import org.teavm.interop.Export;

/**
 * Cost probes of the codec inside Wasm. {@code decode_<case>} decodes the argument at the case's types and replies
 * with nothing; {@code keep_<case>} decodes it once and keeps the values, which {@code encode_<case>} then encodes
 * (replying with nothing, so the reply copy is not counted). {@code baseline} only reads the argument and replies:
 * the difference is the codec's cost.
 */
public final class CandidCostFixture {
    static final IdlType RECORD5 = IdlType.record(IdlField.named("id", IdlType.NAT64),
            IdlField.named("name", IdlType.TEXT), IdlField.named("active", IdlType.BOOL),
            IdlField.named("balance", IdlType.INT), IdlField.named("owner", IdlType.PRINCIPAL));
    static final List<IdlType> R5 = List.of(RECORD5);
    static final List<IdlType> VEC = List.of(IdlType.vec(RECORD5));
    static final List<IdlType> BLOB = List.of(IdlType.blob());
    static final List<IdlType> TEXT = List.of(IdlType.TEXT);
    private static final byte[] EMPTY = {'D', 'I', 'D', 'L', 0, 0};
    private static List<IdlValue> kept;

    private CandidCostFixture() {
    }

    @Export(name = "canister_update baseline")
    public static void baseline() {
        Ic.argData();
        Ic.reply(EMPTY);
    }

    private static void decode(List<IdlType> types) {
        CandidDecoder.decodeArgs(Ic.argData(), types);
        Ic.reply(EMPTY);
    }

    private static void keep(List<IdlType> types) {
        kept = CandidDecoder.decodeArgs(Ic.argData(), types);
        Ic.reply(EMPTY);
    }

    private static void encode(List<IdlType> types) {
        CandidEncoder.encodeArgs(types, kept);
        Ic.reply(EMPTY);
    }

    @Export(name = "canister_update decode_record5")
    public static void decodeRecord5() {
        decode(R5);
    }

    @Export(name = "canister_update decode_vec")
    public static void decodeVec() {
        decode(VEC);
    }

    @Export(name = "canister_update decode_blob")
    public static void decodeBlob() {
        decode(BLOB);
    }

    @Export(name = "canister_update decode_text")
    public static void decodeText() {
        decode(TEXT);
    }

    @Export(name = "canister_update keep_record5")
    public static void keepRecord5() {
        keep(R5);
    }

    @Export(name = "canister_update keep_vec")
    public static void keepVec() {
        keep(VEC);
    }

    @Export(name = "canister_update keep_blob")
    public static void keepBlob() {
        keep(BLOB);
    }

    @Export(name = "canister_update keep_text")
    public static void keepText() {
        keep(TEXT);
    }

    @Export(name = "canister_update encode_record5")
    public static void encodeRecord5() {
        encode(R5);
    }

    @Export(name = "canister_update encode_vec")
    public static void encodeVec() {
        encode(VEC);
    }

    @Export(name = "canister_update encode_blob")
    public static void encodeBlob() {
        encode(BLOB);
    }

    @Export(name = "canister_update encode_text")
    public static void encodeText() {
        encode(TEXT);
    }
}
