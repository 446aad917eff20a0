package io.jcdk.candid;

/** Test stub with the API the generated code uses; the real class is in sdk-canister. */
public final class IdlField {
    public static IdlField named(String name, IdlType t) { return null; }
}
