package io.jcdk.candid;

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
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
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
                return false;
            }
            if (end - i <= need) {
                return false;
            }
            int c1 = b[i + 1] & 0xff;
            if (c1 < lo || c1 > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int ck = b[i + k] & 0xff;
                if (ck < 0x80 || ck > 0xbf) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    static boolean isValid(byte[] b) {
        return isValid(b, 0, b.length);
    }

    /** Decodes UTF-8 that {@link #isValid} accepted. */
    static String decode(byte[] b, int off, int len) {
        char[] out = new char[len];
        int n = 0;
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                out[n++] = (char) c;
                i++;
            } else if ((c & 0xe0) == 0xc0) {
                out[n++] = (char) ((c & 0x1f) << 6 | (b[i + 1] & 0x3f));
                i += 2;
            } else if ((c & 0xf0) == 0xe0) {
                out[n++] = (char) ((c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f));
                i += 3;
            } else {
                int cp = (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | (b[i + 3] & 0x3f);
                out[n++] = (char) (0xd7c0 + (cp >> 10));
                out[n++] = (char) (0xdc00 | (cp & 0x3ff));
                i += 4;
            }
        }
        return new String(out, 0, n);
    }

    /**
     * Encodes as String.getBytes(UTF_8) does: an unpaired surrogate becomes {@code '?'}. Inside a canister that call
     * is already JCDK's small encoder ({@code io.jcdk.canister.internal.jdk.Utf8Bytes}, patched in at build time),
     * not java.nio's.
     */
    static byte[] encode(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
