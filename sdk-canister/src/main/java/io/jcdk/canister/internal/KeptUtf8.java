package io.jcdk.canister.internal;

import org.teavm.interop.Address;

/**
 * The UTF-8 a String decoded from a Candid message keeps (64 bytes or more), so that writing it again is a copy
 * and some questions about it (is it all ASCII? how many code points?) need no pass over its chars. In a canister it is a field the build
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

    /**
     * A String of the ASCII bytes {@code utf8} that has no chars yet: they are widened from {@code utf8} when one is
     * first read ({@link #charsOf}); until then the String takes the bytes' memory only, and writing it to a
     * message copies them. Canisters built for speed only (the build routes String's reads of its chars through
     * {@code charsOf} there).
     */
    public static String lazyAscii(byte[] utf8) {
        String s = new String();
        setCharacters(s, null);
        keep(s, utf8);
        return s;
    }

    /** The chars of {@code s}, whose field holds {@code current}: widened from its kept UTF-8 if it has none yet. */
    public static char[] charsOf(String s, char[] current) {
        return current != null ? current : widen(s);
    }

    /**
     * Gives {@code s}, whose char field holds {@code current}, its chars if it has none yet: what String's methods
     * do on entry. Small enough for TeaVM to inline (the widening itself is a call that is never inlined).
     */
    public static void ensure(String s, char[] current) {
        if (current == null) {
            widen(s);
        }
    }

    /** {@code s.length()}, whose char field holds {@code current}, without widening a lazy String. */
    public static int lengthOf(String s, char[] current) {
        return current != null ? current.length : field(s).length;
    }

    // synchronized: never inlined by TeaVM, so that charsOf, inlined into every String method, stays small
    private static synchronized char[] widen(String s) {
        byte[] utf8 = field(s);
        char[] chars = Mem.uninitializedChars(utf8.length);
        io.jcdk.candid.AsciiRuns.widen(utf8, 0, chars, 0, utf8.length);
        setCharacters(s, chars);
        return chars;
    }

    /** Sets the char field of {@code s} (the build points this at a setter it adds to TeaVM's String). */
    static void setCharacters(String s, char[] chars) {
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
