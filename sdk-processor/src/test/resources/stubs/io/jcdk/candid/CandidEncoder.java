package io.jcdk.candid;

import java.util.List;

/** Test stub with the API the generated code uses; the real class is in sdk-canister. */
public final class CandidEncoder {
    public static byte[] encodeArgs(List<IdlType> types, List<IdlValue> values) { return null; }
}
