package io.jcdk.canister.internal;

import io.jcdk.candid.CandidException;
import io.jcdk.candid.IdlFieldValue;
import io.jcdk.candid.IdlValue;

/**
 * Small helpers the generated {@code <Canister>Codecs} classes share, so that each generated encoder and decoder
 * stays a few instructions long. Called only by code the processor generates.
 */
public final class CodecSupport {
    private CodecSupport() {
    }

    /** The variant value whose case has this id and no payload ({@code null}): an enum constant, an empty record. */
    public static IdlValue nullCase(long id) {
        return IdlValue.variant(IdlFieldValue.id(id, IdlValue.nullValue()));
    }

    /** The variant value whose case has this id and payload. */
    public static IdlValue variantCase(long id, IdlValue payload) {
        return IdlValue.variant(IdlFieldValue.id(id, payload));
    }

    /**
     * The error for a value of an enum or sealed type that has no Candid case: {@code null} (the only Java value that
     * can get there, since the cases cover the type).
     */
    public static CandidException noCase(String type) {
        return new CandidException("a null " + type + " cannot be encoded: only opt types (Optional, @Nullable) take"
                + " null");
    }

    /** The error for a decoded case the type does not have (the decoder checks cases, so this means a bug). */
    public static CandidException unknownCase(IdlFieldValue field, String type) {
        return new CandidException("variant case " + field.label() + " is not a case of " + type);
    }
}
