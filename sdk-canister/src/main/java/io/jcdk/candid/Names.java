package io.jcdk.candid;

/**
 * Identifier and keyword rules shared by the type printer, the value printer and the parsers, and by the
 * annotation processor when it writes .did files.
 */
public final class Names {
    private Names() {
    }

    /**
     * In a holder class, so that code which only quotes names (a canister's error messages) does not carry the
     * table's initialisation.
     */
    private static final class Keywords {
        static final String[] ALL = {
            "type", "import", "service", "func", "query", "composite_query", "oneway", "opt", "vec", "record",
            "variant", "blob", "principal", "bool", "text", "null", "reserved", "empty", "nat", "int", "nat8", "nat16",
            "nat32", "nat64", "int8", "int16", "int32", "int64", "float32", "float64", "true", "false",
        };
    }

    static boolean isKeyword(String s) {
        for (String k : Keywords.ALL) {
            if (k.equals(s)) {
                return true;
            }
        }
        return false;
    }

    /** {@code (A..Z|a..z|_)(A..Z|a..z|_|0..9)*}. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} can be written without quotes: an identifier that is not a keyword. */
    public static boolean isBareName(String name) {
        return isIdentifier(name) && !isKeyword(name);
    }

    /** The name as written in Candid text: bare when possible, else a quoted text literal. */
    public static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        appendName(sb, name);
        return sb.toString();
    }

    /** Appends a name as a bare identifier when possible, else as a quoted text literal. */
    static void appendName(StringBuilder sb, String name) {
        if (isIdentifier(name) && !isKeyword(name)) {
            sb.append(name);
        } else {
            appendQuoted(sb, name);
        }
    }

    /** Appends a text literal with the escapes of the textual format. */
    static void appendQuoted(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append('\\');
                        appendHexByte(sb, c);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    static void appendHexByte(StringBuilder sb, int b) {
        String hex = "0123456789abcdef";
        sb.append(hex.charAt((b >> 4) & 15)).append(hex.charAt(b & 15));
    }

    /** Orders method names by code points, which is the byte order of their UTF-8 encodings. */
    static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        boolean aLeft = i < a.length();
        boolean bLeft = j < b.length();
        return aLeft == bLeft ? 0 : (aLeft ? 1 : -1);
    }
}
