package io.jcdk.candid;

import io.jcdk.canister.internal.Mem;

/**
 * Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF), done by hand because the
 * JDK's (and TeaVM's) decoders silently replace bad sequences instead of rejecting them. Decoding is
 * done by hand too: TeaVM's {@code new String(bytes, UTF_8)} goes through the java.nio charset machinery (about 20 KB
 * of Wasm) and is slower.
 */
final class Utf8 {
    private Utf8() {
    }

    static boolean isValid(byte[] b, int off, int len) {
        int i = off;
        int end = off + len;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int step = sequenceLength(b, i, end);
            if (step == 0) {
                return false;
            }
            i += step;
        }
        return true;
    }

    /** The length (2 to 4) of the valid multi-byte sequence at {@code i}, or 0 if it is not one. */
    private static int sequenceLength(byte[] b, int i, int end) {
        int c = Mem.u8(b, i);
        int need;
        int lo = 0x80;
        int hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c == 0xe0) {
            need = 2;
            lo = 0xa0;
        } else if (c == 0xed) {
            need = 2;
            hi = 0x9f;
        } else if (c >= 0xe1 && c <= 0xef) {
            need = 2;
        } else if (c == 0xf0) {
            need = 3;
            lo = 0x90;
        } else if (c >= 0xf1 && c <= 0xf3) {
            need = 3;
        } else if (c == 0xf4) {
            need = 3;
            hi = 0x8f;
        } else {
            return 0;
        }
        if (end - i <= need) {
            return 0;
        }
        int c1 = Mem.u8(b, i + 1);
        if (c1 < lo || c1 > hi) {
            return 0;
        }
        for (int k = 2; k <= need; k++) {
            int ck = Mem.u8(b, i + k);
            if (ck < 0x80 || ck > 0xbf) {
                return 0;
            }
        }
        return need + 1;
    }

    static boolean isValid(byte[] b) {
        return isValid(b, 0, b.length);
    }

    /**
     * Validates and decodes in one pass, or returns null if the bytes are not strict UTF-8. Runs of ASCII, the
     * common case, are widened by {@link AsciiRuns}.
     */
    static String decodeStrict(byte[] b, int off, int len) {
        char[] out = new char[len];
        int end = off + len;
        int i = off;
        int n = 0;
        while (i < end) {
            int ascii = AsciiRuns.widen(b, i, out, n, end - i);
            i += ascii;
            n += ascii;
            if (i == end) {
                break;
            }
            int c = b[i];
            int start = i;
            int step = sequenceLength(b, i, end);
            if (step == 0) {
                return null;
            }
            i += step;
            // sequenceLength checked the sequence's bytes exist, and out has a char per input byte.
            if (step == 2) {
                Mem.set(out, n++, (char) ((c & 0x1f) << 6 | (Mem.u8(b, start + 1) & 0x3f)));
            } else if (step == 3) {
                Mem.set(out, n++, (char) ((c & 0x0f) << 12 | (Mem.u8(b, start + 1) & 0x3f) << 6
                        | (Mem.u8(b, start + 2) & 0x3f)));
            } else {
                int cp = (c & 0x07) << 18 | (Mem.u8(b, start + 1) & 0x3f) << 12 | (Mem.u8(b, start + 2) & 0x3f) << 6
                        | (Mem.u8(b, start + 3) & 0x3f);
                Mem.set(out, n++, (char) (0xd7c0 + (cp >> 10)));
                Mem.set(out, n++, (char) (0xdc00 | (cp & 0x3ff)));
            }
        }
        return n == len ? adopt(out) : new String(out, 0, n);
    }

    /**
     * A String of exactly these chars. In a canister the String takes the array instead of copying it (the build
     * points this method at TeaVM's own {@code String.fromArray}); the array must not be used afterwards.
     */
    static String adopt(char[] chars) {
        return new String(chars);
    }

    /**
     * The chars of {@code s}, to be read only. In a canister they are the String's own array, not a copy (the build
     * points this method at an accessor it adds to TeaVM's String); on the JVM a copy.
     */
    static char[] chars(String s) {
        return s.toCharArray();
    }

    /**
     * Encodes as String.getBytes(UTF_8) does: an unpaired surrogate becomes {@code '?'}. JCDK's small encoder, which
     * canisters also get for getBytes; called directly so that java.nio's charset classes are not initialised.
     */
    static byte[] encode(String s) {
        return io.jcdk.canister.internal.jdk.Utf8Bytes.utf8(s);
    }
}
