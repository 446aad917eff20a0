package io.jcdk.candid;

import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF), done by hand because the
 * JDK's (and TeaVM's) decoders silently replace bad sequences instead of rejecting them.
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

    static String decode(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.UTF_8);
    }
}
