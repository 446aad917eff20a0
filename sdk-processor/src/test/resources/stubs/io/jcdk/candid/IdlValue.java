package io.jcdk.candid;

import io.jcdk.canister.Principal;
import java.math.BigInteger;
import java.util.List;

/** Test stub with the API the generated code uses; the real class is in sdk-canister. */
public abstract class IdlValue {
    public static IdlValue text(String s) { return null; }
    public static IdlValue bool(boolean b) { return null; }
    public static IdlValue nat(BigInteger n) { return null; }
    public static IdlValue nat(long n) { return null; }
    public static IdlValue int_(BigInteger n) { return null; }
    public static IdlValue int_(long n) { return null; }
    public static IdlValue nat8(int n) { return null; }
    public static IdlValue nat16(int n) { return null; }
    public static IdlValue nat32(long n) { return null; }
    public static IdlValue nat64(long bits) { return null; }
    public static IdlValue int8(int n) { return null; }
    public static IdlValue int16(int n) { return null; }
    public static IdlValue int32(int n) { return null; }
    public static IdlValue int64(long n) { return null; }
    public static IdlValue float32(float f) { return null; }
    public static IdlValue float64(double d) { return null; }
    public static IdlValue blob(byte[] bytes) { return null; }
    public static IdlValue principal(Principal p) { return null; }
    public static IdlValue opt(IdlValue v) { return null; }
    public static IdlValue vec(List<IdlValue> elems) { return null; }
    public static IdlValue record(List<IdlFieldValue> fields) { return null; }
    public static IdlValue record(IdlFieldValue... fields) { return null; }

    public String asText() { return null; }
    public boolean asBool() { return false; }
    public long asLong() { return 0; }
    public int asInt() { return 0; }
    public BigInteger asBigInteger() { return null; }
    public double asDouble() { return 0; }
    public float asFloat() { return 0; }
    public byte[] asBlob() { return null; }
    public Principal asPrincipal() { return null; }
    public IdlValue optValue() { return null; }
    public List<IdlValue> asVec() { return null; }
    public IdlValue field(String name) { return null; }
}
