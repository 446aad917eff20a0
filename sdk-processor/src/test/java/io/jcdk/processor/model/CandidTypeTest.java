package io.jcdk.processor.model;

import static com.google.common.truth.Truth.assertThat;

import io.jcdk.candid.IdlField;
import io.jcdk.candid.IdlType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor prints Candid types itself (it does not depend on the codec), and the stable fingerprint is a hash
 * of that text: it must be exactly what the codec's {@code IdlType.toString()} prints.
 */
class CandidTypeTest {

    @Test
    void recordTextMatchesTheCodec() {
        String[] names = {"count", "owner", "greeting", "user_count", "text", "a-b", "_x9", "9lives", "héllo", "",
            "say \"hi\"\n"};
        CandidType[] types = {CandidType.Primitive.NAT64, CandidType.Primitive.PRINCIPAL, CandidType.Primitive.TEXT,
            CandidType.Vec.BLOB, new CandidType.Opt(CandidType.Primitive.INT), new CandidType.Vec(CandidType.Primitive.BOOL),
            CandidType.Primitive.FLOAT32, CandidType.Primitive.NAT, CandidType.Primitive.INT8,
            CandidType.Primitive.RESERVED, CandidType.Primitive.NULL};
        IdlType[] idl = {IdlType.NAT64, IdlType.PRINCIPAL, IdlType.TEXT, IdlType.blob(), IdlType.opt(IdlType.INT),
            IdlType.vec(IdlType.BOOL), IdlType.FLOAT32, IdlType.NAT, IdlType.INT8, IdlType.RESERVED, IdlType.NULL};
        List<CandidType.Field> fields = new ArrayList<>();
        List<IdlField> idlFields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            fields.add(new CandidType.Field(names[i], types[i]));
            idlFields.add(IdlField.named(names[i], idl[i]));
        }
        assertThat(new CandidType.Record(fields).didText()).isEqualTo(IdlType.record(idlFields).toString());
        assertThat(new CandidType.Record(List.of()).didText()).isEqualTo(IdlType.record(List.of()).toString());
    }

    @Test
    void primitivesMatchTheCodec() throws Exception {
        for (CandidType.Primitive p : CandidType.Primitive.values()) {
            IdlType t = (IdlType) IdlType.class.getField(p.name()).get(null);
            assertThat(p.didText()).isEqualTo(t.toString());
        }
    }
}
