package io.jcdk.candid;

/** Test stub with the API the generated code uses; the real class is in sdk-canister. */
public final class IdlFieldValue {
    public static IdlFieldValue named(String name, IdlValue value) { return null; }
}
