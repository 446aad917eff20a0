package io.jcdk.canister.internal;

import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import java.util.List;

/** Test stub with the API the generated code uses; the real class is in sdk-canister. */
public final class EntryPoint {
    public static List<IdlValue> args(List<IdlType> types) { return null; }
    public static void reply(List<IdlType> types, List<IdlValue> values) { }
    public static void trap(String exportName, Throwable t) { }
}
