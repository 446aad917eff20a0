package io.jcdk.maven.differential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The differential suite's snippets: small pieces of Java that run both on the JVM and inside a canister built by
 * the real pipeline. Each returns a value (or throws); {@link #describe} turns the outcome into text, and the two
 * texts must be equal unless the snippet is on {@link KnownDivergences}' list.
 *
 * <p>To add a snippet, add a line to one of the topic classes ({@code s.add("topic: what", () -> expression)}).
 * The code must compile with TeaVM: an API TeaVM lacks fails the whole suite's build, with the method named.
 */
public final class Snippets {
    /** A snippet's code. */
    public interface Body {
        Object run() throws Throwable;
    }

    /** A named snippet; {@code jvm} is what the JVM runs as the reference (usually the same code). */
    public record Snippet(String name, Body canister, Body jvm) {
    }

    private final List<Snippet> list = new ArrayList<>();

    private Snippets() {
    }

    /** Adds a snippet that runs the same code on both sides. */
    public void add(String name, Body body) {
        list.add(new Snippet(name, body, body));
    }

    /**
     * Adds a snippet whose JVM reference is other code: {@code Math.sin} in the canister must equal
     * {@code StrictMath.sin} on the JVM (HotSpot's Math may use faster intrinsics with other last bits).
     */
    public void add(String name, Body canister, Body jvmReference) {
        list.add(new Snippet(name, canister, jvmReference));
    }

    private static List<Snippet> cached;

    /** All snippets, in a fixed order (the canister and the JVM index them the same way). */
    public static List<Snippet> all() {
        if (cached == null) {
            Snippets s = new Snippets();
            ArithmeticSnippets.add(s);
            StringSnippets.add(s);
            NumberTextSnippets.add(s);
            CollectionSnippets.add(s);
            LanguageSnippets.add(s);
            ExceptionSnippets.add(s);
            BigNumberSnippets.add(s);
            MathSnippets.add(s);
            cached = s.list;
        }
        return cached;
    }

    /** The outcome as text: the value, or the exception's class. */
    public static String describe(Body body) {
        Object value;
        try {
            value = body.run();
        } catch (Throwable t) {
            return "throws " + t.getClass().getName();
        }
        return text(value);
    }

    static String text(Object value) {
        if (value instanceof Double d) {
            return d + " [" + Long.toHexString(Double.doubleToRawLongBits(d)) + "]";
        }
        if (value instanceof Float f) {
            return f + " [" + Integer.toHexString(Float.floatToRawIntBits(f)) + "]";
        }
        if (value instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof byte[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof char[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof double[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(text(a[i]));
            }
            return sb.append(']').toString();
        }
        if (value instanceof Object[] a) {
            return Arrays.deepToString(a);
        }
        if (value instanceof String str) {
            return '"' + escape(str) + '"';
        }
        return value == null ? "null" : escape(String.valueOf(value));
    }

    /** Keeps one outcome on one line: control characters and non-ASCII become escapes. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                String hex = Integer.toHexString(c);
                sb.append("\\u");
                for (int k = hex.length(); k < 4; k++) {
                    sb.append('0');
                }
                sb.append(hex);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
