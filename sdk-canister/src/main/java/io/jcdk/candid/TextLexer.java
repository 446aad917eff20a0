package io.jcdk.candid;

import java.nio.charset.StandardCharsets;

/**
 * Tokens of the textual Candid syntax (values, types, .did files and the test-suite format): identifiers and keywords,
 * number literals (kept as written, with sign, {@code _}, hex and float forms), text literals (as bytes, since
 * {@code blob "\ff"} need not be UTF-8), and punctuation ({@code ( ) { } ; , : = . -> !}). Comments {@code //} and
 * nested {@code /* *}{@code /} are skipped. A one-token lookahead with {@link #peek()} and two with {@link #peek2()}.
 */
final class TextLexer {
    enum Kind { IDENT, NUMBER, TEXT, PUNCT, EOF }

    static final class Token {
        final Kind kind;
        final String text;
        final byte[] bytes;
        final int pos;

        Token(Kind kind, String text, byte[] bytes, int pos) {
            this.kind = kind;
            this.text = text;
            this.bytes = bytes;
            this.pos = pos;
        }

        boolean is(String punctOrWord) {
            return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punctOrWord);
        }

        String describe() {
            switch (kind) {
                case EOF: return "end of input";
                case TEXT: return "text literal";
                case NUMBER: return "number " + text;
                default: return "'" + text + "'";
            }
        }
    }

    private final String src;
    private int pos;
    private Token next;
    private Token next2;

    TextLexer(String src) {
        this.src = src;
    }

    Token peek() {
        if (next == null) {
            next = lex();
        }
        return next;
    }

    Token peek2() {
        peek();
        if (next2 == null) {
            next2 = lex();
        }
        return next2;
    }

    Token next() {
        Token t = peek();
        next = next2;
        next2 = null;
        return t;
    }

    boolean accept(String punctOrWord) {
        if (peek().is(punctOrWord)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String punctOrWord) {
        Token t = next();
        if (!t.is(punctOrWord)) {
            throw error(t, "expected '" + punctOrWord + "' but found " + t.describe());
        }
        return t;
    }

    Token expect(Kind kind, String what) {
        Token t = next();
        if (t.kind != kind) {
            throw error(t, "expected " + what + " but found " + t.describe());
        }
        return t;
    }

    CandidException error(Token t, String msg) {
        return error(t.pos, msg);
    }

    CandidException error(int at, String msg) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < at && i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return CandidException.of(msg + " (line " + line + ", column " + col + ")");
    }

    private Token lex() {
        skipSpaceAndComments();
        int start = pos;
        if (pos >= src.length()) {
            return new Token(Kind.EOF, "", null, start);
        }
        char c = src.charAt(pos);
        if (c == '"') {
            return new Token(Kind.TEXT, null, lexText(), start);
        }
        if (isDigit(c) || ((c == '-' || c == '+') && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            return new Token(Kind.NUMBER, lexNumber(), null, start);
        }
        if ((c == '-' || c == '+') && src.startsWith("inf", pos + 1) && !isIdentPart(pos + 4)) {
            pos += 4;
            return new Token(Kind.NUMBER, src.substring(start, pos), null, start);
        }
        if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            while (isIdentPart(pos)) {
                pos++;
            }
            return new Token(Kind.IDENT, src.substring(start, pos), null, start);
        }
        if (c == '-' && pos + 1 < src.length() && src.charAt(pos + 1) == '>') {
            pos += 2;
            return new Token(Kind.PUNCT, "->", null, start);
        }
        if ("(){};,:=.!".indexOf(c) >= 0) {
            pos++;
            return new Token(Kind.PUNCT, String.valueOf(c), null, start);
        }
        throw error(start, "unexpected character '" + c + "'");
    }

    private boolean isIdentPart(int i) {
        if (i >= src.length()) {
            return false;
        }
        char c = src.charAt(i);
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int start = pos;
                int nesting = 0;
                do {
                    if (pos >= src.length()) {
                        throw error(start, "unterminated comment");
                    }
                    if (src.startsWith("/*", pos)) {
                        nesting++;
                        pos += 2;
                    } else if (src.startsWith("*/", pos)) {
                        nesting--;
                        pos += 2;
                    } else {
                        pos++;
                    }
                } while (nesting > 0);
            } else {
                return;
            }
        }
    }

    /** Digits with single underscores between them; returns how many digits were read. */
    private int digits(boolean hex) {
        int n = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (hex ? isHex(c) : isDigit(c)) {
                n++;
                pos++;
            } else if (c == '_' && n > 0 && pos + 1 < src.length()
                    && (hex ? isHex(src.charAt(pos + 1)) : isDigit(src.charAt(pos + 1)))) {
                pos++;
            } else {
                break;
            }
        }
        return n;
    }

    private String lexNumber() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '-' || c == '+') {
            pos++;
        }
        boolean hex = src.startsWith("0x", pos) || src.startsWith("0X", pos);
        if (hex) {
            pos += 2;
            if (digits(true) == 0) {
                throw error(start, "hexadecimal number without digits");
            }
        } else {
            digits(false);
        }
        if (pos < src.length() && src.charAt(pos) == '.'
                && !(pos + 1 < src.length() && src.charAt(pos + 1) == '.')) {
            // a '.' after a number is a fraction, except before an identifier (func "x".m never has a number there)
            if (!(pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1)) && !isExponent(pos + 1, hex))) {
                pos++;
                digits(hex);
            }
        }
        if (pos < src.length() && isExponent(pos, hex)) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (digits(false) == 0) {
                pos = save;
            }
        }
        if (isIdentPart(pos)) {
            throw error(start, "malformed number '" + src.substring(start, pos + 1) + "'");
        }
        return src.substring(start, pos);
    }

    private boolean isExponent(int i, boolean hex) {
        char c = src.charAt(i);
        return hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E');
    }

    private byte[] lexText() {
        int start = pos;
        pos++;
        ByteSink out = new ByteSink();
        while (true) {
            if (pos >= src.length()) {
                throw error(start, "unterminated text literal");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toByteArray();
            }
            if (c != '\\') {
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                out.write(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int esc = pos;
            pos++;
            if (pos >= src.length()) {
                throw error(esc, "unterminated escape");
            }
            char e = src.charAt(pos);
            switch (e) {
                case 'n': out.write('\n'); pos++; break;
                case 'r': out.write('\r'); pos++; break;
                case 't': out.write('\t'); pos++; break;
                case '\\': out.write('\\'); pos++; break;
                case '"': out.write('"'); pos++; break;
                case '\'': out.write('\''); pos++; break;
                case 'u': {
                    pos++;
                    if (pos >= src.length() || src.charAt(pos) != '{') {
                        throw error(esc, "expected '{' after \\u");
                    }
                    pos++;
                    int from = pos;
                    if (digits(true) == 0 || pos >= src.length() || src.charAt(pos) != '}') {
                        throw error(esc, "malformed unicode escape, expected \\u{hex}");
                    }
                    String hexDigits = removeUnderscores(src.substring(from, pos));
                    pos++;
                    if (hexDigits.length() > 6) {
                        throw error(esc, "unicode escape out of range");
                    }
                    int cp = Integer.parseInt(hexDigits, 16);
                    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                        throw error(esc, "\\u{" + hexDigits + "} is not a Unicode scalar value");
                    }
                    out.write(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    break;
                }
                default:
                    if (pos + 1 < src.length() && isHex(e) && isHex(src.charAt(pos + 1))) {
                        out.write(Integer.parseInt(src.substring(pos, pos + 2), 16));
                        pos += 2;
                    } else {
                        throw error(esc, "unknown escape \\" + e);
                    }
            }
        }
    }

    static String removeUnderscores(String s) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '_') {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
