package io.jcdk.canister.internal.jdk;

import java.io.IOException;
import java.util.DuplicateFormatFlagsException;
import java.util.FormatFlagsConversionMismatchException;
import java.util.Formattable;
import java.util.Formatter;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.IllegalFormatFlagsException;
import java.util.IllegalFormatPrecisionException;
import java.util.IllegalFormatWidthException;
import java.util.Locale;
import java.util.MissingFormatArgumentException;
import java.util.MissingFormatWidthException;
import java.util.UnknownFormatConversionException;

/**
 * {@code String.format}, {@code String.formatted} and {@code Formatter.format} as the JDK computes them, for
 * Locale.ROOT (a canister has no locale): the JDK's format grammar, conversions {@code b h s c d o x e f g a % n}
 * (upper-case variants too), flags, argument indexes, and its exception types and messages. Floating-point values
 * are rounded HALF_UP from the digits of {@code Double.toString} (BigDecimal: from its exact digits), as the JDK
 * does. Date/time conversions ({@code %t}) are not supported.
 */
public final class Formats {
    private static final String FLAGS = "-#+ 0,(<";
    private static final String HEX = "0123456789abcdef";
    private static final int LEFT = 1;
    private static final int ALT = 2;
    private static final int PLUS = 4;
    private static final int SPACE = 8;
    private static final int ZERO = 16;
    private static final int GROUP = 32;
    private static final int PAREN = 64;
    private static final int PREVIOUS = 128;

    private final Formatter formatter;
    private final StringBuilder out;
    private final String format;
    private final Object[] args;
    // the specifier being parsed or printed
    private int index;
    private int flags;
    private int width;
    private int precision;
    private char conv;
    private boolean upper;

    private Formats(Formatter formatter, StringBuilder out, String format, Object[] args) {
        this.formatter = formatter;
        this.out = out;
        this.format = format;
        this.args = args;
    }

    /** {@code String.format(String, Object...)}. */
    public static String format(String format, Object[] args) {
        StringBuilder sb = new StringBuilder();
        new Formats(null, sb, format, args).run();
        return sb.toString();
    }

    /** {@code String.format(Locale, String, Object...)}. */
    public static String format(Locale locale, String format, Object[] args) {
        return format(format, args);
    }

    /** {@code String.formatted(Object...)}. */
    public static String formatted(String self, Object[] args) {
        return format(self, args);
    }

    /** {@code Formatter.format(Locale, String, Object...)}; the output goes to {@code self.out()}. */
    public static Formatter format(Formatter self, Locale locale, String format, Object[] args) {
        Appendable target = self.out();
        StringBuilder sb = target instanceof StringBuilder b ? b : new StringBuilder();
        Formats f = new Formats(self, sb, format, args);
        try {
            f.run();
        } finally {
            f.flush();
        }
        return self;
    }

    private void flush() {
        if (formatter != null && formatter.out() != out) {
            try {
                formatter.out().append(out);
            } catch (IOException e) {
                // the JDK keeps it for ioException(); TeaVM's field is not reachable from here
            }
            out.setLength(0);
        }
    }

    private void run() {
        // the JDK parses the whole format (and throws for a bad specifier) before it prints anything
        for (int pass = 0; pass < 2; pass++) {
            boolean print = pass == 1;
            int ordinary = 0;
            int last = -1;
            int i = 0;
            int n = format.length();
            while (i < n) {
                int p = format.indexOf('%', i);
                if (p < 0) {
                    p = n;
                }
                if (print) {
                    out.append(format, i, p);
                }
                if (p == n) {
                    break;
                }
                i = parse(p + 1);
                if (!print || conv == '%' || conv == 'n') {
                    if (print) {
                        justify(conv == 'n' ? "\n" : "%", out.length());
                    }
                    continue;
                }
                int at = (flags & PREVIOUS) != 0 ? last : index > 0 ? index - 1 : ordinary++;
                if (at < 0 || args != null && at >= args.length) {
                    throw new MissingFormatArgumentException(spec());
                }
                last = at;
                print(args == null ? null : args[at]);
            }
        }
    }

    /** Parses the specifier after the '%' at {@code start - 1}; returns the index after it. */
    private int parse(int start) {
        index = 0;
        flags = 0;
        width = -1;
        precision = -1;
        upper = false;
        String f = format;
        int n = f.length();
        int c = start;
        int q = digits(c);
        if (q > c && q < n && f.charAt(q) == '$') {
            index = number(c, q);
            if (index <= 0) {
                // the JDK throws IllegalFormatArgumentIndexException, whose constructor is not public
                throw new MissingFormatArgumentException(spec());
            }
            c = q + 1;
        } else if (q > c && f.charAt(c) != '0') {
            width = number(c, q);
            c = q;
        }
        if (width == -1) {
            for (int k; c < n && (k = FLAGS.indexOf(f.charAt(c))) >= 0; c++) {
                if ((flags & (1 << k)) != 0) {
                    throw new DuplicateFormatFlagsException(String.valueOf(f.charAt(c)));
                }
                flags |= 1 << k;
            }
            q = digits(c);
            if (q > c) {
                width = number(c, q);
                c = q;
            }
        }
        if (c < n && f.charAt(c) == '.') {
            q = digits(++c);
            if (q == c) {
                c = n;
            } else {
                precision = number(c, q);
                c = q;
            }
        }
        char ch = c < n ? f.charAt(c) : 0;
        if (ch != '%' && ((ch | 0x20) < 'a' || (ch | 0x20) > 'z')) {
            // not a specifier at all: the JDK names the character after the '%'
            throw new UnknownFormatConversionException(start < n ? String.valueOf(f.charAt(start)) : "%");
        }
        conv = Character.toLowerCase(ch);
        upper = ch != conv && "bhscxega".indexOf(conv) >= 0;
        if (ch != conv && !upper || "bhscdoxefga%n".indexOf(conv) < 0) {
            throw new UnknownFormatConversionException(String.valueOf(ch));
        }
        check();
        return c + 1;
    }

    private int digits(int from) {
        while (from < format.length() && format.charAt(from) >= '0' && format.charAt(from) <= '9') {
            from++;
        }
        return from;
    }

    private int number(int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = Math.min(v * 10 + format.charAt(i) - '0', 1L << 40);
        }
        if (v > Integer.MAX_VALUE) {
            // the JDK's parseInt overflows; it reports the width, precision or index as MIN_VALUE
            return Integer.MIN_VALUE;
        }
        return (int) v;
    }

    /** The JDK's checks of flags, width and precision against the conversion, done when it parses. */
    private void check() {
        if (width == Integer.MIN_VALUE) {
            throw new IllegalFormatWidthException(width);
        }
        if (precision == Integer.MIN_VALUE) {
            throw new IllegalFormatPrecisionException(precision);
        }
        switch (conv) {
            case 'b', 'h', 's' -> {
                if (conv != 's') {
                    badFlags(ALT);
                }
                needWidth(LEFT);
                badFlags(PLUS | SPACE | ZERO | GROUP | PAREN);
            }
            case 'c' -> {
                noPrecision();
                badFlags(ALT | PLUS | SPACE | ZERO | GROUP | PAREN);
                needWidth(LEFT);
            }
            case '%', 'n' -> {
                noPrecision();
                if (conv == 'n') {
                    if (width != -1) {
                        throw new IllegalFormatWidthException(width);
                    }
                    if (flags != 0) {
                        throw flagsError();
                    }
                } else {
                    if ((flags & ~LEFT) != 0) {
                        throw flagsError();
                    }
                    needWidth(LEFT);
                }
            }
            default -> {
                needWidth(LEFT | ZERO);
                if ((flags & (PLUS | SPACE)) == (PLUS | SPACE) || (flags & (LEFT | ZERO)) == (LEFT | ZERO)) {
                    throw flagsError();
                }
                switch (conv) {
                    case 'd' -> {
                        noPrecision();
                        badFlags(ALT);
                    }
                    case 'o', 'x' -> {
                        noPrecision();
                        badFlags(GROUP);
                    }
                    case 'a' -> badFlags(PAREN | GROUP);
                    case 'e' -> badFlags(GROUP);
                    case 'g' -> badFlags(ALT);
                    default -> {
                    }
                }
            }
        }
    }

    private IllegalFormatFlagsException flagsError() {
        return new IllegalFormatFlagsException(flagText(flags));
    }

    private void noPrecision() {
        if (precision != -1) {
            throw new IllegalFormatPrecisionException(precision);
        }
    }

    private void needWidth(int which) {
        if (width == -1 && (flags & which) != 0) {
            throw new MissingFormatWidthException(spec());
        }
    }

    /** Throws for the first of {@code bad} (in the JDK's flag order) that the specifier has. */
    private void badFlags(int bad) {
        int present = flags & bad;
        if (present != 0) {
            // the JDK checks in flag order, but for %o %x %a the parenthesis first
            boolean parenFirst = (present & PAREN) != 0 && "oxa".indexOf(conv) >= 0;
            int first = parenFirst ? PAREN : Integer.lowestOneBit(present);
            throw new FormatFlagsConversionMismatchException(flagText(first), conv);
        }
    }

    private static String flagText(int bits) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < FLAGS.length(); k++) {
            if ((bits & (1 << k)) != 0) {
                sb.append(FLAGS.charAt(k));
            }
        }
        return sb.toString();
    }

    /** The specifier as the JDK's messages show it. */
    private String spec() {
        StringBuilder sb = new StringBuilder("%").append(flagText(flags));
        if (index > 0 && (flags & PREVIOUS) == 0) {
            sb.append(index).append('$');
        }
        if (width != -1) {
            sb.append(width);
        }
        if (precision != -1) {
            sb.append('.').append(precision);
        }
        return sb.append(upper ? Character.toUpperCase(conv) : conv).toString();
    }

    private void print(Object arg) {
        String s;
        switch (conv) {
            case 'b' -> s = arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true";
            case 'h' -> s = arg == null ? "null" : Integer.toHexString(arg.hashCode());
            case 's' -> {
                if (arg instanceof Formattable fa) {
                    formattable(fa);
                    return;
                }
                badFlags(ALT);
                s = String.valueOf(arg);
            }
            default -> {
                if (arg != null && conv != 'c') {
                    number(arg);
                    return;
                }
                s = arg == null || arg instanceof Character ? String.valueOf(arg) : codePoint(arg);
            }
        }
        // a general or character conversion's text: cut to the precision, upper-cased, justified
        if (precision != -1 && precision < s.length()) {
            s = s.substring(0, precision);
        }
        justify(upper ? s.toUpperCase() : s, out.length());
    }

    private void formattable(Formattable arg) {
        Formatter target = formatter;
        if (target == null) {
            // no locale: Locale.getDefault() would bring TeaVM's locale data into the module
            target = new Formatter(out, null);
        } else {
            flush();
        }
        // FormattableFlags: LEFT_JUSTIFY 1, UPPERCASE 2, ALTERNATE 4
        arg.formatTo(target, (flags & LEFT) | (upper ? 2 : 0) | (flags & ALT) << 1, width, precision);
    }

    private String codePoint(Object arg) {
        if (!(arg instanceof Byte || arg instanceof Short || arg instanceof Integer)) {
            throw mismatch(arg);
        }
        int cp = ((Number) arg).intValue();
        if (!Character.isValidCodePoint(cp)) {
            throw new IllegalFormatCodePointException(cp);
        }
        return new String(Character.toChars(cp));
    }

    private IllegalFormatConversionException mismatch(Object arg) {
        return new IllegalFormatConversionException(conv, arg.getClass());
    }

    /** %d %o %x %e %f %g %a of a non-null argument. */
    private void number(Object arg) {
        boolean integral = arg instanceof Long || arg instanceof Integer || arg instanceof Short
                || arg instanceof Byte;
        if (conv == 'd' || conv == 'o' || conv == 'x') {
            if (integral) {
                integer(((Number) arg).longValue(), arg instanceof Long ? 64 : arg instanceof Integer ? 32
                        : arg instanceof Short ? 16 : 8);
            } else if (isClass(arg, "java.math.BigInteger")) {
                big(arg.toString());
            } else {
                throw mismatch(arg);
            }
        } else if (arg instanceof Double || arg instanceof Float) {
            floating(((Number) arg).doubleValue());
        } else if (conv != 'a' && isClass(arg, "java.math.BigDecimal")) {
            number(arg.toString(), true);
        } else {
            throw mismatch(arg);
        }
    }

    /**
     * Whether {@code arg} is of the class named: by name, because naming BigInteger or BigDecimal in code would
     * bring their class initializers (and so their arithmetic) into every module that formats.
     */
    private static boolean isClass(Object arg, String name) {
        return arg.getClass().getName().equals(name);
    }

    /** Appends {@code s} and pads what was appended since {@code start} to the width with spaces. */
    private void justify(CharSequence s, int start) {
        out.append(s);
        pad((flags & LEFT) != 0 ? out.length() : start, ' ', width - (out.length() - start));
    }

    /** Inserts {@code count} copies of {@code c} at {@code at}. */
    private void pad(int at, char c, int count) {
        if (count > 0) {
            String tail = out.substring(at);
            out.setLength(at);
            for (; count > 0; count--) {
                out.append(c);
            }
            out.append(tail);
        }
    }

    private void integer(long value, int bits) {
        int start = out.length();
        if (conv == 'd') {
            boolean neg = value < 0;
            sign(neg);
            magnitude(Long.toString(value), neg ? 1 : 0, start, neg);
            if (neg && (flags & PAREN) != 0) {
                out.append(')');
            }
        } else {
            badFlags(PAREN | SPACE | PLUS);
            if (value < 0 && bits < 64) {
                value += 1L << bits;
            }
            radix(conv == 'o' ? Long.toOctalString(value) : Long.toHexString(value), start);
        }
        justify("", start);
    }

    /** A BigInteger, from its decimal text: signed in every radix. */
    private void big(String text) {
        int start = out.length();
        boolean neg = text.charAt(0) == '-';
        sign(neg);
        String abs = neg ? text.substring(1) : text;
        if (conv == 'd') {
            magnitude(abs, 0, start, neg);
        } else {
            radix(toRadix(abs, conv == 'o' ? 8 : 16), start - (neg && (flags & PAREN) != 0 ? 1 : 0));
        }
        if (neg && (flags & PAREN) != 0) {
            out.append(')');
        }
        justify("", start);
    }

    /** Decimal digits to radix 8 or 16, by repeated division. */
    private static String toRadix(String decimal, int radix) {
        char[] n = decimal.toCharArray();
        StringBuilder r = new StringBuilder();
        int from = 0;
        while (true) {
            while (from < n.length && n[from] == '0') {
                from++;
            }
            if (from == n.length) {
                break;
            }
            int rem = 0;
            for (int i = from; i < n.length; i++) {
                int cur = rem * 10 + n[i] - '0';
                n[i] = (char) ('0' + cur / radix);
                rem = cur % radix;
            }
            r.append(HEX.charAt(rem));
        }
        return r.length() == 0 ? "0" : r.reverse().toString();
    }

    /** Octal or hexadecimal digits after the sign: the '#' prefix, then zeros up to the width. */
    private void radix(String digits, int start) {
        if ((flags & ALT) != 0) {
            out.append(conv == 'o' ? "0" : upper ? "0X" : "0x");
        }
        if ((flags & ZERO) != 0) {
            for (int k = out.length() - start + digits.length(); k < width; k++) {
                out.append('0');
            }
        }
        out.append(upper ? digits.toUpperCase() : digits);
    }

    private void sign(boolean neg) {
        if (neg) {
            out.append((flags & PAREN) != 0 ? '(' : '-');
        } else if ((flags & PLUS) != 0) {
            out.append('+');
        } else if ((flags & SPACE) != 0) {
            out.append(' ');
        }
    }

    /**
     * Appends the digits of {@code s} from {@code from} (a '.' may be among them) with ',' between groups of three
     * integer digits for the ',' flag, then inserts zeros after the sign so that the text since {@code start}
     * (plus a closing parenthesis, plus {@code reserve} characters that follow) reaches the width.
     */
    private void magnitude(CharSequence s, int from, int start, boolean neg, int reserve) {
        int begin = out.length();
        int dot = s.length();
        for (int j = from; j < s.length(); j++) {
            if (s.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        for (int j = from; j < s.length(); j++) {
            out.append(s.charAt(j));
            if ((flags & GROUP) != 0 && j < dot - 1 && (dot - j) % 3 == 1) {
                out.append(',');
            }
        }
        if ((flags & ZERO) != 0) {
            pad(begin, '0', width - reserve - (neg && (flags & PAREN) != 0 ? 1 : 0) - (out.length() - start));
        }
    }

    private void magnitude(CharSequence s, int from, int start, boolean neg) {
        magnitude(s, from, start, neg, 0);
    }

    private void floating(double value) {
        int start = out.length();
        if (Double.isNaN(value)) {
            justify(upper ? "NAN" : "NaN", start);
            return;
        }
        boolean neg = Double.compare(value, 0.0) < 0;
        if (!Double.isInfinite(value) && conv != 'a') {
            // the shortest decimal that Double.toString gives, rounded from there as the JDK does
            number(value == 0 ? (neg ? "-0" : "0") : Double.toString(value), false);
            return;
        }
        sign(neg);
        if (conv == 'a' && !Double.isInfinite(value)) {
            hex(Math.abs(value), start);
        } else {
            out.append(upper ? "INFINITY" : "Infinity");
        }
        if (neg && (flags & PAREN) != 0) {
            out.append(')');
        }
        justify("", start);
    }

    /**
     * %e %f %g of a number given as Double.toString or BigDecimal.toString gives it: [-]digits[.digits][E[+-]n].
     */
    private void number(String text, boolean big) {
        int start = out.length();
        boolean neg = text.charAt(0) == '-';
        sign(neg);
        int e = text.indexOf('E');
        int end = e < 0 ? text.length() : e;
        int exp = 0;
        if (e > 0) {
            int i = e + 1;
            boolean negative = text.charAt(i) == '-';
            if (negative || text.charAt(i) == '+') {
                i++;
            }
            for (; i < text.length(); i++) {
                exp = exp * 10 + text.charAt(i) - '0';
            }
            exp = negative ? -exp : exp;
        }
        StringBuilder d = new StringBuilder(end);
        int fraction = -1;
        boolean zero = true;
        for (int i = neg ? 1 : 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                fraction = 0;
            } else {
                d.append(c);
                zero &= c == '0';
                fraction += fraction >= 0 ? 1 : 0;
            }
        }
        // the value is digits * 10^-scale; pt: the point after pt digits. Zero keeps its exponent for %e, as the
        // JDK's BigDecimal (0.00 is 0.000000e-02).
        int scale = Math.max(fraction, 0) - exp;
        int pt = zero ? 1 - scale : d.length() - scale;
        if (zero) {
            d.setLength(1);
        }
        if (big && conv == 'g') {
            // the JDK chooses %g's form for a BigDecimal before rounding (and 0.00 is not ZERO): plain for
            // 10^-4 <= |value| < 10^p
            int p = precision == -1 ? 6 : Math.max(precision, 1);
            int lead = 0;
            while (lead < d.length() - 1 && d.charAt(lead) == '0') {
                lead++;
            }
            boolean plain = zero ? scale == 0 : pt - lead >= -3 && pt - lead <= p;
            conv = plain ? 'f' : 'e';
            int saved = precision;
            precision = plain ? p - (pt - lead) : p - 1;
            decimalDigits(d, pt, zero, start, neg);
            precision = saved;
            conv = 'g';
        } else {
            decimalDigits(d, pt, zero, start, neg);
        }
        if (neg && (flags & PAREN) != 0) {
            out.append(')');
        }
        justify("", start);
    }

    /**
     * Prints the non-negative number 0.d1d2... times 10^pt for %e, %f or %g: rounded HALF_UP to the precision,
     * with zeros added as needed.
     */
    private void decimalDigits(StringBuilder d, int pt, boolean zero, int start, boolean neg) {
        int lead = 0;
        while (lead < d.length() - 1 && d.charAt(lead) == '0') {
            lead++;
        }
        d.delete(0, lead);
        pt -= lead;
        int p = precision;
        char c = conv;
        if (c == 'g') {
            p = p == -1 ? 6 : Math.max(p, 1);
            if (zero) {
                c = 'f';
                p = p - 1;
            } else {
                pt = round(d, p, pt);
                int e = pt - 1;
                if (e >= -4 && e < p) {
                    c = 'f';
                    p = p - 1 - e;
                } else {
                    c = 'e';
                    p = p - 1;
                }
            }
        } else if (p == -1) {
            p = 6;
        }
        StringBuilder m = new StringBuilder();
        int exp = 0;
        if (c == 'e') {
            if (!zero) {
                pt = round(d, p + 1, pt);
            }
            exp = pt - 1;
            m.append(d.charAt(0));
            if (p > 0) {
                m.append('.');
                appendDigits(m, d, 1, p + 1);
            }
        } else {
            if (zero) {
                pt = 1;
            } else {
                pt = round(d, pt + p, pt);
            }
            if (pt <= 0) {
                m.append('0');
            } else {
                appendDigits(m, d, 0, pt);
            }
            if (p > 0) {
                m.append('.');
                appendDigits(m, d, pt, pt + p);
            }
        }
        if ((flags & ALT) != 0 && p == 0) {
            m.append('.');
        }
        String expText = null;
        if (c == 'e') {
            int a = Math.abs(exp);
            expText = (upper ? "E" : "e") + (exp < 0 ? '-' : '+') + (a < 10 ? "0" : "") + a;
        }
        magnitude(m, 0, start, neg, expText == null ? 0 : expText.length());
        if (expText != null) {
            out.append(expText);
        }
    }

    /** Appends the digits from..to of d, which are zero outside d. */
    private static void appendDigits(StringBuilder m, StringBuilder d, int from, int to) {
        for (int i = from; i < to; i++) {
            m.append(i >= 0 && i < d.length() ? d.charAt(i) : '0');
        }
    }

    /**
     * Rounds the digits d (the first one non-zero, point after pt of them) HALF_UP to their first {@code keep};
     * returns the new pt. A result of zero leaves d empty.
     */
    private static int round(StringBuilder d, int keep, int pt) {
        if (keep >= d.length()) {
            return pt;
        }
        boolean up = keep >= 0 && d.charAt(keep) >= '5';
        d.setLength(Math.max(keep, 0));
        if (up) {
            int i = keep - 1;
            while (i >= 0 && d.charAt(i) == '9') {
                d.setCharAt(i--, '0');
            }
            if (i < 0) {
                // all nines: 10...0 (the zeros after the 1 are already there)
                if (d.length() == 0) {
                    d.append('0');
                }
                d.setCharAt(0, '1');
                pt++;
            } else {
                d.setCharAt(i, (char) (d.charAt(i) + 1));
            }
        }
        if (d.length() == 0) {
            d.append('0');
            pt = 1;
        }
        return pt;
    }

    /**
     * %a of a finite v >= 0: Double.toHexString's form, or for a precision under 13 the fraction rounded (half
     * even) to that many hex digits (a subnormal normalized first), as the JDK.
     */
    private void hex(double v, int start) {
        int p = precision == 0 ? 1 : precision;
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) (bits >>> 52) - 1023;
        long frac = bits & 0xfffffffffffffL;
        String s;
        if (v == 0) {
            s = "0.0p0";
        } else if (p == -1 || p >= 13) {
            s = (exp == -1023 ? "0." : "1.") + hexDigits(frac, 13) + "p" + Math.max(exp, -1022);
        } else {
            if (exp == -1023) {
                int shift = Long.numberOfLeadingZeros(frac) - 11;
                frac = (frac << shift) & 0xfffffffffffffL;
                exp = -1022 - shift;
            }
            int drop = 52 - 4 * p;
            long kept = frac >>> drop;
            long rest = frac & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rest > half || rest == half && (kept & 1) != 0) {
                kept++;
            }
            if (kept >>> (4 * p) != 0) {
                kept = 0;
                exp++;
            }
            s = "1." + hexDigits(kept, p) + "p" + exp;
        }
        out.append(upper ? "0X" : "0x");
        int at = s.indexOf('p');
        if ((flags & ZERO) != 0) {
            // the JDK counts the digits before it adds the precision's zeros
            for (int k = out.length() - start + s.length(); k < width; k++) {
                out.append('0');
            }
        }
        StringBuilder m = new StringBuilder(s.substring(0, at));
        for (int have = at - 2; have < p; have++) {
            m.append('0');
        }
        out.append(upper ? m.toString().toUpperCase() : m).append(upper ? 'P' : 'p').append(s, at + 1, s.length());
    }

    /** The low {@code count} hex digits of bits, trailing zeros dropped (one digit at least). */
    private static String hexDigits(long bits, int count) {
        StringBuilder h = new StringBuilder();
        for (int k = count - 1; k >= 0; k--) {
            h.append(HEX.charAt((int) (bits >>> (4 * k)) & 15));
        }
        int end = h.length();
        while (end > 1 && h.charAt(end - 1) == '0') {
            end--;
        }
        h.setLength(end);
        return h.toString();
    }

    private static String text(String a, String b, String c) {
        return a + b + c;
    }

    /** {@code UnknownFormatConversionException.getMessage}, as the JDK words it. */
    public static String message(UnknownFormatConversionException e) {
        return text("Conversion = '", e.getConversion(), "'");
    }

    /** {@code IllegalFormatConversionException.getMessage}. */
    public static String message(IllegalFormatConversionException e) {
        return text(String.valueOf(e.getConversion()), " != ", e.getArgumentClass().getName());
    }

    /** {@code FormatFlagsConversionMismatchException.getMessage}. */
    public static String message(FormatFlagsConversionMismatchException e) {
        return text("Conversion = ", String.valueOf(e.getConversion()), ", Flags = " + e.getFlags());
    }

    /** {@code IllegalFormatFlagsException.getMessage}. */
    public static String message(IllegalFormatFlagsException e) {
        return text("Flags = '", e.getFlags(), "'");
    }

    /** {@code DuplicateFormatFlagsException.getMessage}. */
    public static String message(DuplicateFormatFlagsException e) {
        return text("Flags = '", e.getFlags(), "'");
    }

    /** {@code IllegalFormatPrecisionException.getMessage}. */
    public static String message(IllegalFormatPrecisionException e) {
        return Integer.toString(e.getPrecision());
    }

    /** {@code MissingFormatWidthException.getMessage}. */
    public static String message(MissingFormatWidthException e) {
        return e.getFormatSpecifier();
    }

    /** {@code IllegalFormatCodePointException.getMessage}. */
    public static String message(IllegalFormatCodePointException e) {
        return text("Code point = 0x", Integer.toHexString(e.getCodePoint()), "");
    }
}
