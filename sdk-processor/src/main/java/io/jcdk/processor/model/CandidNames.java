package io.jcdk.processor.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Candid's rules for names: field-id hashing, identifiers, keywords and quoting (as the codec prints them). */
public final class CandidNames {
    private static final Set<String> KEYWORDS = Set.of(
            "type", "import", "service", "func", "query", "composite_query", "oneway", "opt", "vec", "record",
            "variant", "blob", "principal", "bool", "text", "null", "reserved", "empty", "nat", "int", "nat8", "nat16",
            "nat32", "nat64", "int8", "int16", "int32", "int64", "float32", "float64", "true", "false");

    private CandidNames() {
    }

    /** {@code hash(name) = sum(utf8(name)[i] * 223^(k-i)) mod 2^32}, as an unsigned value. */
    public static long fieldHash(String name) {
        long h = 0;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h * 223 + (b & 0xff)) & 0xffffffffL;
        }
        return h;
    }

    /** {@code (A..Z|a..z|_)(A..Z|a..z|_|0..9)*} and not a keyword: can be written without quotes. */
    public static boolean isBareName(String s) {
        if (s.isEmpty() || KEYWORDS.contains(s)) {
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

    /** The name as written in Candid text: bare when possible, else a quoted text literal. */
    public static String printable(String name) {
        if (isBareName(name)) {
            return name;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append('\\').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static List<CandidType.Field> sortedById(List<CandidType.Field> fields) {
        List<CandidType.Field> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparingLong(CandidType.Field::id));
        return List.copyOf(sorted);
    }
}
