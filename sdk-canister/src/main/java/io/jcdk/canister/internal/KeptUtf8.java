package io.jcdk.canister.internal;

import org.teavm.interop.Address;

/**
 * The UTF-8 a String decoded from a Candid message keeps (64 bytes or more), so that writing it again is a copy
 * and a few questions about it (is it all ASCII?) need no pass over its chars. In a canister it is a field the build
 * adds to TeaVM's String; on the JVM there is none and nothing is kept.
 */
public final class KeptUtf8 {
    private KeptUtf8() {
    }

    /** The exact UTF-8 of {@code s} if it kept it, else null; to be read only. */
    public static byte[] of(String s) {
        // String literals are laid out in the data segment, below the heap, by TeaVM itself, without the added
        // field: what is at its place there belongs to the next constant
        if (!Platform.isWasm() || Address.ofObject(s).toInt() < heapStart().toInt()) {
            return null;
        }
        return field(s);
    }

    /** Makes {@code s}, a String on the heap, keep {@code utf8}, its exact UTF-8 encoding. A no-op on the JVM. */
    public static void keep(String s, byte[] utf8) {
    }

    /** Whether {@code s} is known to be all ASCII: it kept its UTF-8 and that has a byte per char. */
    public static boolean isAscii(String s) {
        byte[] utf8 = of(s);
        return utf8 != null && utf8.length == s.length();
    }

    /** The added field of a String on the heap (the build points this at its getter). */
    static byte[] field(String s) {
        return null;
    }

    /** Where TeaVM's heap starts (the build points this at {@code GC.heapAddress()}). */
    static Address heapStart() {
        return null;
    }
}
