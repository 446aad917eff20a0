package io.jcdk.maven.differential;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Strings, characters, builders, Unicode and byte encodings. */
final class StringSnippets {
    static String nothing = null;

    private StringSnippets() {
    }

    /**
     * {@code s} through a Candid message: in a canister built for speed a long ASCII text comes back as a String
     * without chars, widened when one is first read; every use below starts from a fresh one.
     */
    static String viaCandid(String s) {
        java.util.List<io.jcdk.candid.IdlType> text = java.util.List.of(io.jcdk.candid.IdlType.TEXT);
        byte[] message = io.jcdk.candid.CandidEncoder.encodeArgs(text,
                java.util.List.of(io.jcdk.candid.IdlValue.text(s)));
        return io.jcdk.candid.CandidDecoder.decodeArgs(message, text).get(0).asText();
    }

    static final String LONG_ASCII = "The quick brown fox jumps over the lazy dog, 0123456789 times over, and again!";

    static void add(Snippets s) {
        s.add("String decoded from Candid: each method first", () -> {
            java.util.List<java.util.function.Function<String, Object>> uses = java.util.List.of(
                    String::length, String::isEmpty, t -> t.charAt(10), String::hashCode, t -> t.equals(LONG_ASCII),
                    LONG_ASCII::equals, t -> t.compareTo(LONG_ASCII + "!"), t -> t.indexOf("lazy"),
                    t -> t.lastIndexOf('o'), t -> t.contains("fox"), t -> t.startsWith("The"),
                    t -> t.endsWith("again!"), t -> t.substring(4, 9), t -> t.toUpperCase(Locale.ROOT),
                    t -> t.replace('o', '0'), t -> t.replace("over", "under"), t -> Arrays.toString(t.split(" ")),
                    t -> t.codePointCount(0, t.length()), t -> t.codePointCount(3, 20), t -> t.chars().sum(),
                    t -> new String(t.toCharArray()), t -> t.getBytes(StandardCharsets.UTF_8).length,
                    String::trim, String::strip, String::isBlank, t -> t.concat("?"), t -> t + 42,
                    t -> new StringBuilder(t).reverse(), t -> new StringBuilder("x").append(t, 3, 9),
                    t -> String.format("[%s]", t), t -> t.intern() == LONG_ASCII.intern(), t -> t.repeat(2).length(),
                    t -> t.equalsIgnoreCase(LONG_ASCII.toLowerCase(Locale.ROOT)), t -> t.matches(".*fox.*"),
                    t -> t.toLowerCase(Locale.ROOT).hashCode(), t -> String.join("|", t, t).length(),
                    t -> t.contentEquals(new StringBuilder(LONG_ASCII)), t -> t.regionMatches(4, "quick", 0, 5),
                    t -> { char[] d = new char[5]; t.getChars(4, 9, d, 0); return new String(d); },
                    t -> switch (t) { case LONG_ASCII -> "switch"; default -> "no"; },
                    t -> { java.util.Map<String, Integer> m = new java.util.HashMap<>(); m.put(LONG_ASCII, 1);
                        return m.get(t) + "/" + m.containsKey(t); },
                    t -> { java.util.Set<String> set = new java.util.TreeSet<>(); set.add(t); set.add(LONG_ASCII);
                        return set.size(); });
            StringBuilder out = new StringBuilder();
            for (java.util.function.Function<String, Object> use : uses) {
                out.append(use.apply(viaCandid(LONG_ASCII))).append(';');
            }
            return out.toString();
        });
        s.add("String decoded from Candid: short, non-ASCII and exactly 64 bytes", () -> {
            StringBuilder out = new StringBuilder();
            for (String t : new String[] {"short", "x".repeat(63), "y".repeat(64), "\u00e9" + "z".repeat(70),
                    "z".repeat(70) + "\ud83d\udc02"}) {
                String d = viaCandid(t);
                out.append(d.length()).append(d.equals(t)).append(d.hashCode() == t.hashCode())
                        .append(d.codePointCount(0, d.length())).append(d.charAt(d.length() - 1) == t.charAt(
                        t.length() - 1)).append(';');
            }
            return out.toString();
        });
        s.add("String: isBlank", () -> " \t".isBlank() + " " + "".isBlank() + " " + " \u2003\n".isBlank() + " "
                + " x ".isBlank() + " " + "\u00a0".isBlank());
        s.add("String: getBytes UTF-8", () -> Arrays.toString("aé€😀\ud83d!".getBytes(StandardCharsets.UTF_8)));
        s.add("String: getBytes ISO-8859-1, US-ASCII", () -> Arrays.toString("aé€😀".getBytes(
                StandardCharsets.ISO_8859_1)) + Arrays.toString("aé€😀".getBytes(StandardCharsets.US_ASCII)));
        s.add("String: getBytes UTF-16 variants", () -> Arrays.toString("a€\ude00".getBytes(StandardCharsets.UTF_16))
                + Arrays.toString("a€".getBytes(StandardCharsets.UTF_16LE))
                + Arrays.toString("".getBytes(StandardCharsets.UTF_16)));
        s.add("String: getBytes round trip", () -> new String("ΣΑΣ 😀 ok".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
        s.add("String: toLowerCase final sigma", () -> "ΟΔΟΣ ΣΑΣ Σ ΑΣ. ΑΣ'Α".toLowerCase());
        s.add("String: isEmpty, length", () -> "".isEmpty() + " " + "\ud83d\ude00".length());
        s.add("String: strip, trim", () -> "[" + " \t x \u2003".strip() + "|" + " \t x \u2003".trim() + "|"
                + "\u2003 x".stripLeading() + "|" + "x \u2003".stripTrailing() + "]");
        s.add("String: toUpperCase sharp s", () -> "straße".toUpperCase());
        s.add("String: toUpperCase ROOT", () -> "straße ǆ ﬁ".toUpperCase(Locale.ROOT));
        s.add("String: toLowerCase", () -> "ÀÉÎ ΣΑΣ İ".toLowerCase(Locale.ROOT));
        s.add("String: equalsIgnoreCase, compareToIgnoreCase", () -> "Straße".equalsIgnoreCase("STRASSE") + " "
                + "abc".compareToIgnoreCase("ABD") + " " + "ǅ".equalsIgnoreCase("ǆ"));
        s.add("String: codePoints surrogate pair", () -> Arrays.toString("a\ud83d\ude00b".codePoints().toArray()));
        s.add("String: codePoints lone surrogate", () -> Arrays.toString("\ud83dx\ude00".codePoints().toArray()));
        s.add("String: chars", () -> Arrays.toString("a\ud83d\ude00".chars().toArray()));
        s.add("String: codePointAt, codePointCount", () -> "a\ud83d\ude00".codePointAt(1) + " "
                + "a\ud83d\ude00".codePointCount(0, 3) + " " + "a\ud83d\ude00".offsetByCodePoints(0, 2) + " "
                + "\ud83d\ude00".codePointBefore(2));
        s.add("String: codePointCount over long runs", () -> {
            // pairs inside and across 16-char blocks, lone surrogates, ranges that split a pair
            String t = "x".repeat(15) + "\ud83d\ude00" + "y".repeat(30) + "\ud83d" + "z".repeat(16) + "\ude00"
                    + "é中".repeat(9) + "\ud83d\ude00";
            StringBuilder out = new StringBuilder();
            for (int[] r : new int[][] {{0, t.length()}, {0, 16}, {16, t.length()}, {15, 17}, {3, 40}, {5, 5}}) {
                out.append(t.codePointCount(r[0], r[1])).append(' ');
            }
            return out.toString();
        });
        s.add("String: codePointCount out of range", () -> {
            StringBuilder out = new StringBuilder();
            for (int[] r : new int[][] {{2, 1}, {-1, 1}, {0, 4}}) {
                try {
                    out.append("abc".codePointCount(r[0], r[1]));
                } catch (IndexOutOfBoundsException e) {
                    out.append(e).append(';');
                }
            }
            return out.toString();
        });
        s.add("String: repeat, join, concat", () -> "ab".repeat(3) + String.join(",", "x", "y") + "a".concat("b"));
        s.add("String: repeat negative", () -> "ab".repeat(-1));
        s.add("String: split", () -> Arrays.toString("a,b,,c,,".split(",")) + Arrays.toString("a,b,,c,,".split(
                ",", -1)) + Arrays.toString("a1b22c".split("\\d+")) + Arrays.toString("".split(",")));
        s.add("String: replace", () -> "aaa".replace("aa", "b") + " " + "abc".replace('b', 'x') + " "
                + "a.b.c".replace(".", "") + " " + "xyz".replace("", "-"));
        s.add("String: replaceAll regex", () -> "a1b22c333".replaceAll("[0-9]+", "#") + " "
                + "John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1"));
        s.add("String: matches", () -> "abc123".matches("[a-z]+\\d+") + " " + "x".matches("y|x"));
        s.add("String: indexOf, lastIndexOf", () -> "hello".indexOf('l') + " " + "hello".lastIndexOf("l") + " "
                + "hello".indexOf("lo", 4) + " " + "a\ud83d\ude00".indexOf(0x1F600) + " " + "hello".indexOf(""));
        s.add("String: substring out of range", () -> "hello".substring(3, 2));
        s.add("String: charAt out of range", () -> "hello".charAt(5));
        s.add("String: compareTo", () -> "apple".compareTo("banana") + " " + "a".compareTo("ab") + " "
                + "\uffff".compareTo("\ud83d\ude00"));
        s.add("String: hashCode", () -> "hello".hashCode() + " " + "".hashCode() + " " + "\ud83d\ude00".hashCode());
        s.add("String: valueOf null", () -> String.valueOf((Object) null) + " " + nothing + "x");
        s.add("String: format %d", () -> String.format("%d|%5d|%-5d|%05d|%,d|%+d", 42, 42, 42, -42, 1234567,
                7));
        s.add("String: format %d Long.MIN_VALUE", () -> String.format("%d", Long.MIN_VALUE));
        s.add("String: format %d Integer.MIN_VALUE", () -> String.format("%d %d", Integer.MIN_VALUE,
                Long.MAX_VALUE));
        s.add("String: format %s %S %c %b %%", () -> String.format("%s|%S|%c|%b|%%|%10s|%-4s|%.2s", "hi", "hi",
                'x', null, "r", "l", "abc"));
        s.add("String: format %x %X %o", () -> String.format("%x|%X|%o|%08x|%x", 255, 255L, 8, 48879, -1));
        s.add("String: format %f", () -> String.format("%f|%.2f|%.0f|%10.3f|%-10.1f|%f", 3.14159, 2.675, 2.5,
                -1.5, 0.05, 1e10));
        s.add("String: format %.3f rounding", () -> String.format("%.3f|%.1f|%.2f|%.1f", 1.0005, 0.25, 1.005,
                0.05));
        s.add("String: format %e", () -> String.format("%e|%.2e|%E", 12345.678, 0.000123, 1e-10));
        s.add("String: format %g", () -> String.format("%g|%.3g", 12345.678, 0.000123));
        s.add("String: format %n", () -> String.format("a%nb"));
        s.add("String: format %f NaN and infinity", () -> String.format("%f %f %.1f", Double.NaN,
                Double.NEGATIVE_INFINITY, -0.0));
        s.add("String: format argument index", () -> String.format("%2$s %1$s %<s", "a", "b"));
        s.add("String: format missing argument", () -> String.format("%s %s", "a"));
        s.add("String: format bad conversion", () -> String.format("%q", 1));
        s.add("String: formatted", () -> "%s=%d".formatted("x", 5));
        s.add("String: format flags on integers", () -> String.format("%,015d|%(d|%(,d|% d|%+,d|%-6d|%x|%#o|%#X",
                -1234567L, -5, -1234567, 5, 1234567890123L, -3, (byte) -1, 8, -255));
        s.add("String: format BigInteger", () -> String.format("%d|%,d|%x|%#X|%+o|%(d", new java.math.BigInteger(
                "-12345678901234567890"), new java.math.BigInteger("98765432109876543210"),
                new java.math.BigInteger("-255"), new java.math.BigInteger("48879"), java.math.BigInteger.TEN,
                new java.math.BigInteger("-7")));
        s.add("String: format BigDecimal", () -> String.format("%.2f|%e|%g|%.1f|%,.3f", new java.math.BigDecimal(
                "2.675"), new java.math.BigDecimal("12345.678"), new java.math.BigDecimal("0.00001"),
                new java.math.BigDecimal("-0.05"), new java.math.BigDecimal("1234567.8915")));
        s.add("String: format floating flags", () -> String.format("%,.2f|%010.2f|%(.1f|%+e|%.0e|%#.0f|%G|%.3g|%g",
                1234567.891, -3.14159, -1.25, 12345.0, 9.5, 3.0, 1e-10, 99950.0, 0.00009999995));
        s.add("String: format %a", () -> String.format("%a|%A|%.2a|%.1a|%a", 1.0, -0.5, 1.0 / 3, 1.96875, 0.0));
        s.add("String: format %e %f of large and small", () -> String.format("%e|%.3e|%f|%.2f|%.20f", 1e300,
                1.5e-300, 1e21, 123456789.125, 0.1));
        s.add("String: format general and char", () -> String.format("%b|%B|%h|%-6b|%10.4s|%S|%c|%c|%-3c|%C",
                "x", true, "hi", false, "abcdef", "stra\u00dfe", 0x1F600, (byte) 65, 'z', 'q'));
        s.add("String: format null arguments", () -> String.format("%s|%d|%X|%f|%c|%b", null, null, null, null,
                null, null));
        s.add("String: format width and percent", () -> String.format("%5%|%-5%|%3$s %1$s %<s %s", "a", "b", "c"));
        s.add("String: format Formattable", () -> String.format("%s|%-#8.3S", new Tag(), new Tag()));
        s.add("PrintStream: printf and format", () -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            java.io.PrintStream out = new java.io.PrintStream(bytes);
            out.printf("%5.1f|%s|%,d%n", 2.25, "x", 1234567).format("%e|%08X", 0.000123, -255);
            out.flush();
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        });
        s.add("String: Formatter into a StringBuilder", () -> {
            StringBuilder sb = new StringBuilder("x");
            java.util.Formatter f = new java.util.Formatter(sb);
            f.format("%d-%s", 1, "a").format("|%.1f", 2.25);
            return sb + " " + f;
        });
        for (String[] bad : new String[][] {{"%q", "1"}, {"%5", ""}, {"%-s", "a"}, {"%--5d", "1"}, {"%5n", ""},
            {"%#d", "1"}, {"%.2c", "a"}, {"%+ d", "1"}, {"%d", "x"}, {"%c", "-1"}, {"%s %s", "a"}, {"%<s", "a"},
            {"%,x", "1"}, {"%05%", ""}, {"%#s", "s"}, {"%3$s", "a"}, {"%+x", "1"}}) {
            Object arg = bad[1].isEmpty() ? null : bad[1].equals("-1") || bad[1].equals("1") ? Integer.valueOf(
                    bad[1]) : bad[1];
            s.add("String: format error " + bad[0], () -> {
                try {
                    return String.format(bad[0], arg);
                } catch (IllegalArgumentException e) {
                    return e.getClass().getName() + ": " + e.getMessage();
                }
            });
        }
        s.add("StringBuilder: insert, reverse, delete", () -> new StringBuilder("hello").insert(0, 42).reverse()
                .deleteCharAt(0).append(1.5f).append('c').append(true).append((Object) null).toString());
        s.add("StringBuilder: reverse surrogates", () -> new StringBuilder("a\ud83d\ude00b").reverse().toString());
        s.add("StringBuilder: reverse lone and paired surrogates", () -> new StringBuilder("\ude00x\ud83d\ude01\ud83d")
                .reverse() + " " + new StringBuffer("1\ud83d\ude00\ud83d\ude01").reverse() + " "
                + new StringBuilder("").reverse() + new StringBuilder("\ud83d\ude00").reverse());
        s.add("String: substring out of range messages", () -> CollectionSnippets.message(() -> "hello".substring(3, 2))
                + " | " + CollectionSnippets.message(() -> "abc".substring(-1)) + " | " + CollectionSnippets.message(
                () -> "abc".substring(1, 4)) + " | " + CollectionSnippets.message(() -> "abc".substring(4)) + " | "
                + "abc".substring(3) + "abc".substring(1, 1) + "abc".substring(0, 3));
        s.add("StringBuilder: setLength, replace", () -> {
            StringBuilder sb = new StringBuilder("abcdef");
            sb.replace(1, 3, "XYZ");
            sb.setLength(4);
            return sb.toString() + sb.indexOf("Y") + sb.charAt(3);
        });
        s.add("StringBuilder: appendCodePoint", () -> new StringBuilder().appendCodePoint(0x1F600).length());
        s.add("StringJoiner", () -> new StringJoiner(", ", "[", "]").add("a").add("b").setEmptyValue("E")
                .toString() + new StringJoiner("-").setEmptyValue("E"));
        s.add("String: chars to stream", () -> "hello".chars().mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining("|")));
        s.add("String: lines", () -> "a\nb\r\nc\rd\n".lines().collect(Collectors.toList()).toString());
        s.add("String: indent, stripIndent", () -> "a\n b".indent(2) + "|" + "  a\n  b".stripIndent());
        s.add("String: translateEscapes", () -> "a\\tb\\n".translateEscapes());
        s.add("String: contentEquals, regionMatches", () -> "abc".contentEquals(new StringBuilder("abc")) + " "
                + "Hello".regionMatches(true, 1, "XELL", 1, 3));
        s.add("String: toCharArray, new String(chars)", () -> new String("héllo".toCharArray(), 1, 3));
        s.add("String: UTF-8 round trip", () -> Arrays.toString("h€\ud83d\ude00".getBytes(StandardCharsets.UTF_8))
                + new String(new byte[] {(byte) 0xe2, (byte) 0x82, (byte) 0xac}, StandardCharsets.UTF_8));
        s.add("String: malformed UTF-8", () -> Snippets.escape(new String(new byte[] {'a', (byte) 0xff, (byte) 0xc3,
                'b', (byte) 0xe2, (byte) 0x82}, StandardCharsets.UTF_8)));
        s.add("String: lone surrogate to UTF-8", () -> Arrays.toString("a\ud800b".getBytes(
                StandardCharsets.UTF_8)));
        s.add("String: ISO-8859-1 and US-ASCII", () -> Arrays.toString("é€".getBytes(StandardCharsets.ISO_8859_1))
                + Arrays.toString("é".getBytes(StandardCharsets.US_ASCII)));
        s.add("String: UTF-16", () -> Arrays.toString("a€".getBytes(StandardCharsets.UTF_16BE)) + new String(
                new byte[] {0, 'a'}, StandardCharsets.UTF_16BE));
        s.add("Character: classification", () -> Character.isLetter('ß') + " " + Character.isDigit('٣') + " "
                + Character.isWhitespace('\u00a0') + " " + Character.isWhitespace('\u2003') + " "
                + Character.isSpaceChar('\u00a0') + " " + Character.isUpperCase('Σ') + " "
                + Character.isLetterOrDigit('_') + " " + Character.isJavaIdentifierStart('$'));
        s.add("Character: case", () -> Character.toUpperCase('ß') + " " + Character.toUpperCase('ÿ') + " "
                + Character.toLowerCase('İ') + " " + Character.toTitleCase('ǆ') + " "
                + Character.toUpperCase(0x10428));
        s.add("Character: code points", () -> Character.charCount(0x1F600) + " " + Character.isSurrogate('\ud800')
                + " " + Character.toChars(0x1F600).length + " " + Character.isValidCodePoint(0x110000) + " "
                + Character.getType('a') + " " + Character.isHighSurrogate('\udc00'));
        s.add("Character: getName-free digit", () -> Character.digit('٣', 10) + " " + Character.getNumericValue(
                'Ⅻ'));
        s.add("Character: digit and numeric value of Unicode digits and letters", () -> {
            StringBuilder sb = new StringBuilder();
            for (int cp : new int[] {'7', 'f', 'Z', 0x0669, 0x06F4, 0x0967, 0xFF13, 0xFF41, 0xFF3A, 0x1D7D9, 0x00BD,
                0x2460, 0x2473, 0x216B, 0x2180, 0x3007, 0x4E00, 0x00B2, 0x1372, 0x5146, -1, 0x110000}) {
                sb.append(Character.digit(cp, 10)).append(',').append(Character.digit(cp, 36)).append(',')
                        .append(Character.getNumericValue(cp)).append(' ');
            }
            return sb.toString() + Character.digit('5', 1) + Character.digit('5', 37) + Character.digit('\u0665', 16)
                    + Character.getNumericValue('\u216b');
        });
        s.add("Character: title case", () -> {
            StringBuilder sb = new StringBuilder();
            for (char c : new char[] {'a', 'ǆ', 'ǅ', 'Ǆ', 'ǉ', 'ǌ', 'ǳ', 'Ǳ', 'ß', 'ა', 'ÿ', '1'}) {
                sb.append(Character.toTitleCase(c)).append(Character.isTitleCase(Character.toTitleCase(c)) ? 't' : '-');
            }
            return sb.toString() + " " + Integer.toHexString(Character.toTitleCase(0x10D0)) + " "
                    + Integer.toHexString(Character.toTitleCase(0x1C6));
        });
        s.add("Integer.parseInt: Unicode digits, radixes and messages", () -> {
            StringBuilder sb = new StringBuilder();
            for (String t : new String[] {"٣٤", "-٣", "+7", "", "-", "+", "12x", "2147483647", "2147483648",
                "-2147483648", "-2147483649", "0x10", " 1", "\uff11\uff12"}) {
                sb.append(CollectionSnippets.message(() -> Integer.parseInt(t))).append(" | ");
            }
            sb.append(CollectionSnippets.message(() -> Integer.parseInt(null))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Integer.parseInt("ff", 16))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Integer.parseInt("fg", 16))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Integer.parseInt("1", 1))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Integer.parseInt("1", 37))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Integer.valueOf("-80000000", 16))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Integer.parseInt("zz", 36)));
            return sb.toString();
        });
        s.add("Long.parseLong: limits and messages", () -> {
            StringBuilder sb = new StringBuilder();
            for (String t : new String[] {"9223372036854775807", "9223372036854775808", "-9223372036854775808",
                "-9223372036854775809", "99999999999999999999", "٣٤٥", "", "1L"}) {
                sb.append(CollectionSnippets.message(() -> Long.parseLong(t))).append(" | ");
            }
            sb.append(CollectionSnippets.message(() -> Long.parseLong("-8000000000000000", 16))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Long.parseLong("8000000000000000", 16))).append(" | ");
            sb.append(CollectionSnippets.message(() -> Long.parseLong(null, 10)));
            return sb.toString();
        });
        s.add("ByteBuffer: little-endian", () -> {
            ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(0x01020304).putLong(-2L).putShort((short) 5);
            return Arrays.toString(b.array()) + " " + b.getInt(0) + " " + b.position();
        });
        s.add("ByteBuffer: big-endian double", () -> {
            ByteBuffer b = ByteBuffer.allocate(8);
            b.putDouble(0, -1.5);
            return Arrays.toString(b.array()) + " " + b.getDouble(0) + " " + b.getFloat(0);
        });
        s.add("ByteBuffer: underflow", () -> ByteBuffer.allocate(2).getInt());
        s.add("HexFormat: format and parse", () -> java.util.HexFormat.of().formatHex(new byte[] {0, 15, -1, 16})
                + " " + java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(new byte[] {1, -85}) + " "
                + Arrays.toString(java.util.HexFormat.of().parseHex("00ff7f")) + " "
                + java.util.HexFormat.of().toHexDigits(255) + " " + java.util.HexFormat.fromHexDigits("7fFF") + " "
                + java.util.HexFormat.of().withPrefix("0x").withDelimiter(", ").formatHex(new byte[] {1, 2}) + " "
                + java.util.HexFormat.of().toHexDigits((byte) -2) + " " + java.util.HexFormat.isHexDigit('g'));
        s.add("HexFormat: odd length", () -> java.util.HexFormat.of().parseHex("abc"));
        s.add("HexFormat: bad digit", () -> java.util.HexFormat.of().parseHex("zz"));
        s.add("String: intern identity", () -> (new String("ab").intern() == "ab") + " " + (new String("cd").intern() == new String("cd").intern()) + " " + "a".equals(null));
    }

    /** A Formattable that shows what it was given. */
    static final class Tag implements java.util.Formattable {
        @Override
        public void formatTo(java.util.Formatter formatter, int flags, int width, int precision) {
            formatter.format("[%d %d %d]", flags, width, precision);
        }
    }
}
