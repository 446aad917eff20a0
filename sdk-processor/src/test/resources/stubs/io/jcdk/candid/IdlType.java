package io.jcdk.candid;

import java.util.List;

/** Test stub with the API the generated code uses; the real class is in sdk-canister. */
public abstract class IdlType {
    public static final IdlType NULL = null, BOOL = null, NAT = null, INT = null, NAT8 = null, NAT16 = null,
            NAT32 = null, NAT64 = null, INT8 = null, INT16 = null, INT32 = null, INT64 = null, FLOAT32 = null,
            FLOAT64 = null, TEXT = null, RESERVED = null, EMPTY = null, PRINCIPAL = null;

    public static IdlType opt(IdlType t) { return null; }
    public static IdlType vec(IdlType t) { return null; }
    public static IdlType blob() { return null; }
    public static IdlType record(List<IdlField> fields) { return null; }
    public static IdlType record(IdlField... fields) { return null; }
}
