package io.jcdk.candid;

import io.jcdk.canister.internal.KeptUtf8;
import io.jcdk.canister.internal.Mem;
import io.jcdk.canister.internal.Platform;
import org.teavm.interop.Address;

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
     * common case, are widened by {@link AsciiRuns}. A String of at least {@link #KEEP_UTF8_MIN} bytes keeps a copy
     * of them (in a canister), which {@link CandidWriter#text} then writes without encoding the chars again.
     */
    static String decodeStrict(byte[] b, int off, int len) {
        boolean keep = len >= KEEP_UTF8_MIN && Platform.isWasm() && Platform.optimizesForSpeed();
        if (keep && AsciiRuns.allAscii(Address.ofData(b).add(off), len)) {
            // long ASCII: a String of the bytes alone, widened to chars only if the canister reads one
            return KeptUtf8.lazyAscii(copy(b, off, len));
        }
        // every char the String gets is written below; a shorter String copies only those
        char[] out = Mem.uninitializedChars(len);
        int n;
        if (Platform.isWasm() && Platform.optimizesForSpeed()) {
            // the ASCII run first, here: for a short ASCII String (most of them) another call costs more than it does
            n = AsciiRuns.widenInMemory(Address.ofData(b).add(off), Address.ofData(out), len);
            if (n < len) {
                n = decodeInMemory(b, off, len, out, n);
            }
        } else {
            n = decodeArrays(b, off, len, out, 0, 0);
        }
        if (n < 0) {
            return null;
        }
        String s;
        if (n == len) {
            s = adopt(out);
        } else {
            // fewer chars than bytes: an array of the exact length, which the copy fills (no clearing first)
            char[] exact = Mem.uninitializedChars(n);
            System.arraycopy(out, 0, exact, 0, n);
            s = adopt(exact);
        }
        if (keep) {
            KeptUtf8.keep(s, copy(b, off, len));
        }
        return s;
    }

    private static byte[] copy(byte[] b, int off, int len) {
        byte[] utf8 = Mem.uninitializedBytes(len);
        System.arraycopy(b, off, utf8, 0, len);
        return utf8;
    }

    /**
     * Below this many bytes a decoded String keeps no copy of its UTF-8: encoding such a String costs about as
     * much as the copy's allocation, which would be paid for every String of a message.
     */
    static final int KEEP_UTF8_MIN = 64;

    /**
     * Decodes {@code b[off + from .. off + len)} into {@code out} from char {@code n} (what comes before is decoded
     * already); returns the chars in {@code out} then, or -1 if the bytes are not strict UTF-8.
     */
    private static int decodeArrays(byte[] b, int off, int len, char[] out, int from, int n) {
        int end = off + len;
        int i = off + from;
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
                return -1;
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
        return n;
    }

    /**
     * {@link #decodeArrays} over linear memory, after the first {@code start} bytes (ASCII, widened already): a
     * character per four-byte load (little-endian: the first byte is the lowest), validated by masks with the same
     * strictness (no overlong form, no surrogate, nothing above U+10FFFF), and the last bytes by
     * {@link #decodeArrays}.
     */
    private static int decodeInMemory(byte[] b, int off, int len, char[] out, int start) {
        Address src = Address.ofData(b).add(off);
        Address dst = Address.ofData(out);
        int i = start;
        int n = start;
        int wordEnd = len - 3;
        while (i < wordEnd) {
            int w = src.add(i).getInt();
            if ((w & 0x80808080) == 0) {
                dst.add(n * 2).putLong(AsciiRuns.spread(w & 0xffffffffL));
                i += 4;
                n += 4;
            } else if ((w & 0x80) == 0) {
                dst.add(n * 2).putChar((char) (w & 0x7f));
                i++;
                n++;
            } else if ((w & 0xc0e0) == 0x80c0) {
                int ch = (w & 0x1f) << 6 | (w >> 8) & 0x3f;
                if (ch < 0x80) {
                    return -1;
                }
                dst.add(n * 2).putChar((char) ch);
                i += 2;
                n++;
            } else if ((w & 0xc0c0f0) == 0x8080e0) {
                int ch = (w & 0x0f) << 12 | (w >> 2) & 0xfc0 | (w >> 16) & 0x3f;
                if (ch < 0x800 || (ch & 0xf800) == 0xd800) {
                    return -1;
                }
                dst.add(n * 2).putChar((char) ch);
                i += 3;
                n++;
            } else if ((w & 0xc0c0c0f8) == 0x808080f0) {
                int cp = (w & 0x07) << 18 | (w << 4) & 0x3f000 | (w >> 10) & 0xfc0 | (w >>> 24) & 0x3f;
                if (cp < 0x10000 || cp > 0x10ffff) {
                    return -1;
                }
                Address d = dst.add(n * 2);
                d.putChar((char) (0xd7c0 + (cp >> 10)));
                d.add(2).putChar((char) (0xdc00 | (cp & 0x3ff)));
                i += 4;
                n += 2;
            } else {
                return -1;
            }
        }
        return i == len ? n : decodeArrays(b, off, len, out, i, n);
    }

    /**
     * A String of exactly these chars. In a canister the String takes the array instead of copying it (the build
     * points this method at TeaVM's own {@code String.fromArray}); the array must not be used afterwards.
     */
    static String adopt(char[] chars) {
        return new String(chars);
    }

    /**
     * Encodes as String.getBytes(UTF_8) does: an unpaired surrogate becomes {@code '?'}. JCDK's small encoder, which
     * canisters also get for getBytes; called directly so that java.nio's charset classes are not initialised.
     */
    static byte[] encode(String s) {
        return io.jcdk.canister.internal.jdk.Utf8Bytes.utf8(s);
    }
}
