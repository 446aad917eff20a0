package io.jcdk.canister.internal.jdk;

/**
 * {@code java.util.HexFormat}, which TeaVM's class library lacks: {@code META-INF/teavm.properties} maps that class
 * name to this class when TeaVM compiles a canister. Same API and results as the JDK's (Java 17).
 */
public final class HexFormatImpl {
    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
    private static final HexFormatImpl HEX = new HexFormatImpl("", "", "", LOWER);

    private final String delimiter;
    private final String prefix;
    private final String suffix;
    private final char[] digits;

    private HexFormatImpl(String delimiter, String prefix, String suffix, char[] digits) {
        this.delimiter = delimiter;
        this.prefix = prefix;
        this.suffix = suffix;
        this.digits = digits;
    }

    public static HexFormatImpl of() {
        return HEX;
    }

    public static HexFormatImpl ofDelimiter(String delimiter) {
        return new HexFormatImpl(nonNull(delimiter), "", "", LOWER);
    }

    public HexFormatImpl withDelimiter(String delimiter) {
        return new HexFormatImpl(nonNull(delimiter), prefix, suffix, digits);
    }

    public HexFormatImpl withPrefix(String prefix) {
        return new HexFormatImpl(delimiter, nonNull(prefix), suffix, digits);
    }

    public HexFormatImpl withSuffix(String suffix) {
        return new HexFormatImpl(delimiter, prefix, nonNull(suffix), digits);
    }

    public HexFormatImpl withUpperCase() {
        return new HexFormatImpl(delimiter, prefix, suffix, UPPER);
    }

    public HexFormatImpl withLowerCase() {
        return new HexFormatImpl(delimiter, prefix, suffix, LOWER);
    }

    public String delimiter() {
        return delimiter;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    public boolean isUpperCase() {
        return digits == UPPER;
    }

    public String formatHex(byte[] bytes) {
        return formatHex(bytes, 0, bytes.length);
    }

    public String formatHex(byte[] bytes, int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex, bytes.length);
        StringBuilder sb = new StringBuilder((toIndex - fromIndex) * (2 + prefix.length() + suffix.length()
                + delimiter.length()));
        for (int i = fromIndex; i < toIndex; i++) {
            if (i > fromIndex) {
                sb.append(delimiter);
            }
            sb.append(prefix).append(digits[(bytes[i] >> 4) & 15]).append(digits[bytes[i] & 15]).append(suffix);
        }
        return sb.toString();
    }

    public <A extends Appendable> A formatHex(A out, byte[] bytes) {
        try {
            out.append(formatHex(bytes));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
        return out;
    }

    public byte[] parseHex(CharSequence string) {
        return parseHex(string, 0, string.length());
    }

    public byte[] parseHex(CharSequence string, int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex, string.length());
        String s = string.subSequence(fromIndex, toIndex).toString();
        int unit = prefix.length() + 2 + suffix.length();
        int stride = unit + delimiter.length();
        if (s.isEmpty()) {
            return new byte[0];
        }
        if ((s.length() - unit) % stride != 0 || s.length() < unit) {
            throw new IllegalArgumentException("extra or missing delimiters or values consisting of prefix, two"
                    + " hexadecimal digits, and suffix");
        }
        int n = (s.length() - unit) / stride + 1;
        byte[] out = new byte[n];
        for (int i = 0, at = 0; i < n; i++, at += stride) {
            if (i > 0 && !s.startsWith(delimiter, at - delimiter.length())) {
                throw new IllegalArgumentException("found: \"" + s.substring(at - delimiter.length(), at)
                        + "\", expected: \"" + delimiter + "\"");
            }
            if (!s.startsWith(prefix, at) || !s.startsWith(suffix, at + prefix.length() + 2)) {
                throw new IllegalArgumentException("found: \"" + s.substring(at, at + unit) + "\", prefix: \""
                        + prefix + "\", suffix: \"" + suffix + "\"");
            }
            int p = at + prefix.length();
            out[i] = (byte) (fromHexDigit(s.charAt(p)) << 4 | fromHexDigit(s.charAt(p + 1)));
        }
        return out;
    }

    public char toLowHexDigit(int value) {
        return digits[value & 15];
    }

    public char toHighHexDigit(int value) {
        return digits[(value >> 4) & 15];
    }

    public String toHexDigits(byte value) {
        return new String(new char[] {toHighHexDigit(value), toLowHexDigit(value)});
    }

    public String toHexDigits(char value) {
        return toHexDigits((long) value, 4);
    }

    public String toHexDigits(short value) {
        return toHexDigits((long) value, 4);
    }

    public String toHexDigits(int value) {
        return toHexDigits((long) value, 8);
    }

    public String toHexDigits(long value) {
        return toHexDigits(value, 16);
    }

    public String toHexDigits(long value, int digitCount) {
        if (digitCount < 0 || digitCount > 16) {
            throw new IllegalArgumentException("number of digits: " + digitCount);
        }
        char[] out = new char[digitCount];
        for (int i = digitCount - 1; i >= 0; i--) {
            out[i] = digits[(int) (value & 15)];
            value >>>= 4;
        }
        return new String(out);
    }

    public static boolean isHexDigit(int ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }

    public static int fromHexDigit(int ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        throw new NumberFormatException("not a hexadecimal digit: \"" + (char) ch + "\" = " + ch);
    }

    public static int fromHexDigits(CharSequence string) {
        return fromHexDigits(string, 0, string.length());
    }

    public static int fromHexDigits(CharSequence string, int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex, string.length());
        if (toIndex - fromIndex > 8) {
            throw new IllegalArgumentException("string length greater than 8: " + (toIndex - fromIndex));
        }
        return (int) fromHexDigitsToLong(string, fromIndex, toIndex);
    }

    public static long fromHexDigitsToLong(CharSequence string) {
        return fromHexDigitsToLong(string, 0, string.length());
    }

    public static long fromHexDigitsToLong(CharSequence string, int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex, string.length());
        if (toIndex - fromIndex > 16) {
            throw new IllegalArgumentException("string length greater than 16: " + (toIndex - fromIndex));
        }
        long value = 0;
        for (int i = fromIndex; i < toIndex; i++) {
            value = value << 4 | fromHexDigit(string.charAt(i));
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HexFormatImpl h && h.delimiter.equals(delimiter) && h.prefix.equals(prefix)
                && h.suffix.equals(suffix) && h.digits == digits;
    }

    @Override
    public int hashCode() {
        return ((delimiter.hashCode() * 31 + prefix.hashCode()) * 31 + suffix.hashCode()) * 31
                + Boolean.hashCode(isUpperCase());
    }

    @Override
    public String toString() {
        return "uppercase: " + isUpperCase() + ", delimiter: \"" + delimiter + "\", prefix: \"" + prefix
                + "\", suffix: \"" + suffix + "\"";
    }

    private static String nonNull(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        return s;
    }

    private static void checkRange(int from, int to, int length) {
        if (from < 0 || from > to || to > length) {
            throw new IndexOutOfBoundsException("Range [" + from + ", " + to + ") out of bounds for length "
                    + length);
        }
    }
}
