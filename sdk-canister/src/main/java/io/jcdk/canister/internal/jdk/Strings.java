package io.jcdk.canister.internal.jdk;

import io.jcdk.canister.internal.KeptUtf8;
import io.jcdk.canister.internal.Mem;
import io.jcdk.canister.internal.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.teavm.interop.Address;

/** String methods that TeaVM lacks or whose results differ from the JDK's. */
public final class Strings {
    private static java.util.HashMap<String, String> pool;

    private Strings() {
    }

    /**
     * {@code String.intern}, which TeaVM's Wasm backend leaves unimplemented (a build error): equal strings that
     * went through intern() are the same object. String literals are not in this pool.
     */
    public static String intern(String s) {
        if (pool == null) {
            pool = new java.util.HashMap<>();
        }
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** {@code String.isBlank}: every character is white space in {@code Character.isWhitespace}'s sense. */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code String.lines}: split at \n, \r and \r\n; no empty last line. */
    public static Stream<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out.stream();
    }

    /** {@code String.indent}: adds or removes leading white space on each line; normalises line ends to \n. */
    public static String indent(String s, int n) {
        if (s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        lines(s).forEach(line -> {
            if (n > 0) {
                for (int k = 0; k < n; k++) {
                    sb.append(' ');
                }
                sb.append(line);
            } else if (n < 0) {
                int k = 0;
                while (k < -n && k < line.length() && Character.isWhitespace(line.charAt(k))) {
                    k++;
                }
                sb.append(line, k, line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    /** {@code String.codePoints}: a surrogate pair is one code point, a lone surrogate is itself. */
    public static IntStream codePoints(String s) {
        int[] points = new int[s.length()];
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            points[count++] = c;
            i += Character.charCount(c);
        }
        return IntStream.of(points).limit(count);
    }

    /** {@code String.toUpperCase(Locale)}: TeaVM ignores the locale; so does this (Turkish rules aside). */
    public static String toUpperCase(String s, Locale locale) {
        return toUpperCase(s);
    }

    /**
     * {@code String.toUpperCase()}: per code point, with the unconditional special casings of Unicode's
     * SpecialCasing.txt that map one character to several (ß to SS, ligatures, ...).
     */
    public static String toUpperCase(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            String special = specialUpper(c);
            int upper = special == null ? Character.toUpperCase(c) : -1;
            if (sb == null && (special != null || upper != c)) {
                sb = new StringBuilder(s.length() + 4);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (special != null) {
                    sb.append(special);
                } else {
                    sb.appendCodePoint(upper);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    private static String specialUpper(int c) {
        switch (c) {
            case 0x00DF: return "SS";
            case 0x0149: return "\u02BCN";
            case 0x01F0: return "J\u030C";
            case 0x0390: return "\u0399\u0308\u0301";
            case 0x03B0: return "\u03A5\u0308\u0301";
            case 0x0587: return "\u0535\u0552";
            case 0x1E96: return "H\u0331";
            case 0x1E97: return "T\u0308";
            case 0x1E98: return "W\u030A";
            case 0x1E99: return "Y\u030A";
            case 0x1E9A: return "A\u02BE";
            case 0xFB00: return "FF";
            case 0xFB01: return "FI";
            case 0xFB02: return "FL";
            case 0xFB03: return "FFI";
            case 0xFB04: return "FFL";
            case 0xFB05: return "ST";
            case 0xFB06: return "ST";
            case 0xFB13: return "\u0544\u0546";
            case 0xFB14: return "\u0544\u0535";
            case 0xFB15: return "\u0544\u053B";
            case 0xFB16: return "\u054E\u0546";
            case 0xFB17: return "\u0544\u053D";
            default: return null;
        }
    }

    /** {@code String.toLowerCase(Locale)}: TeaVM ignores the locale; so does this (Turkish rules aside). */
    public static String toLowerCase(String s, Locale locale) {
        return toLowerCase(s);
    }

    /**
     * {@code String.toLowerCase()}: per code point, with Unicode's final sigma rule (Σ at the end of a word is ς)
     * and İ (U+0130) to i followed by a combining dot, as the JDK does outside Turkish locales.
     */
    public static String toLowerCase(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            int lower;
            String special = null;
            if (c == 0x03A3) {
                lower = isFinalSigma(s, i) ? 0x03C2 : 0x03C3;
            } else if (c == 0x0130) {
                lower = -1;
                special = "i\u0307";
            } else {
                lower = Character.toLowerCase(c);
            }
            if (sb == null && lower != c) {
                sb = new StringBuilder(s.length() + 2);
                sb.append(s, 0, i);
            }
            if (sb != null) {
                if (special != null) {
                    sb.append(special);
                } else {
                    sb.appendCodePoint(lower);
                }
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** A cased letter comes before (case-ignorable characters skipped) and none after. */
    private static boolean isFinalSigma(String s, int at) {
        boolean casedBefore = false;
        for (int i = at; i > 0; ) {
            int c = s.codePointBefore(i);
            i -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                casedBefore = isCased(c);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        for (int i = at + 1; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    private static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == 0x00B7 || c == 0x2019 || c == 0x00AD;
        }
    }

    /**
     * {@code String.codePointCount}: the chars in the range less the surrogate pairs in it. TeaVM's goes through
     * {@code Character.codePointCount(CharSequence, ...)}, about 46 Wasm instructions per char; in a canister this
     * reads the String's own array, 32 chars per step while none of them is at or above U+8000 (so no surrogate).
     */
    public static int codePointCount(String s, int begin, int end) {
        if (begin < 0 || begin > end || end > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        if (Platform.optimizesForSpeed()) {
            byte[] utf8 = KeptUtf8.of(s);
            if (utf8 != null) {
                // decoded from valid UTF-8: all ASCII if a byte per char, and a code point per leading byte
                if (utf8.length == s.length()) {
                    return end - begin;
                }
                if (begin == 0 && end == s.length()) {
                    return leadingBytes(utf8);
                }
            }
        }
        char[] chars = Mem.chars(s);
        if (Platform.isWasm() && Platform.optimizesForSpeed()) {
            return end - begin - pairsInMemory(Address.ofData(chars), begin, end);
        }
        int pairs = 0;
        for (int i = begin; i + 1 < end; i++) {
            if (Character.isHighSurrogate(chars[i]) && Character.isLowSurrogate(chars[i + 1])) {
                pairs++;
                i++;
            }
        }
        return end - begin - pairs;
    }

    /** The bytes of {@code utf8} that start a character (all but the {@code 10xxxxxx} ones), eight per step. */
    private static int leadingBytes(byte[] utf8) {
        int n = utf8.length;
        int count = 0;
        int i = 0;
        if (Platform.isWasm()) {
            Address a = Address.ofData(utf8);
            while (i + 8 <= n) {
                long x = a.add(i).getLong();
                // per byte: 1 unless bit 7 is set and bit 6 is not; then the eight bytes summed in the top one
                long lead = (~x >>> 7 | x >>> 6) & 0x0101010101010101L;
                count += (int) ((lead * 0x0101010101010101L) >>> 56);
                i += 8;
            }
        }
        while (i < n) {
            if ((utf8[i] & 0xc0) != 0x80) {
                count++;
            }
            i++;
        }
        return count;
    }

    private static int pairsInMemory(Address chars, int begin, int end) {
        int pairs = 0;
        int i = begin;
        while (i < end) {
            if (i + 32 <= end) {
                Address a = chars.add(i * 2);
                long high = (a.getLong() | a.add(8).getLong() | a.add(16).getLong() | a.add(24).getLong()
                        | a.add(32).getLong() | a.add(40).getLong() | a.add(48).getLong() | a.add(56).getLong())
                        & 0x8000800080008000L;
                // ints, not a long comparison: TeaVM compiles that to a call
                if (((int) high | (int) (high >>> 32)) == 0) {
                    i += 32;
                    continue;
                }
            }
            // the block (or the rest) one char at a time; a pair may end just past it
            // (not Math.min(i + 32, end): TeaVM merges that with the test above into a call to its compare)
            int stop = end - i < 32 ? end : i + 32;
            while (i < stop) {
                char c = chars.add(i * 2).getChar();
                if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
                    char next = chars.add(i * 2 + 2).getChar();
                    if (next >= 0xdc00 && next < 0xe000) {
                        pairs++;
                        i++;
                    }
                }
                i++;
            }
        }
        return pairs;
    }

    /** Runs first in {@code String.substring(int)}: the JDK's exception type and message. */
    public static void checkSubstring(String s, int begin) {
        checkSubstring(s, begin, s.length());
    }

    /** Runs first in {@code String.substring(int, int)}. */
    public static void checkSubstring(String s, int begin, int end) {
        int length = s.length();
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
        }
    }

    /** {@code StringBuilder.reverse()}: a surrogate pair stays in order, as in the JDK. */
    public static StringBuilder reverse(StringBuilder sb) {
        int n = sb.length();
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            char c = sb.charAt(i);
            sb.setCharAt(i, sb.charAt(j));
            sb.setCharAt(j, c);
        }
        for (int i = 0; i < n - 1; i++) {
            char low = sb.charAt(i);
            char high = sb.charAt(i + 1);
            if (Character.isLowSurrogate(low) && Character.isHighSurrogate(high)) {
                sb.setCharAt(i++, high);
                sb.setCharAt(i, low);
            }
        }
        return sb;
    }

    /** {@code StringBuffer.reverse()}. */
    public static StringBuffer reverse(StringBuffer sb) {
        StringBuilder reversed = reverse(new StringBuilder(sb));
        sb.setLength(0);
        return sb.append(reversed);
    }
}
