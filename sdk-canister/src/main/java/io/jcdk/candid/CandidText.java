package io.jcdk.candid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The textual Candid value format, as used by dfx and didc: {@code (1, "a", blob "\00", principal "aaaaa-aa",
 * (3 : nat8), record { 1; "a" }, vec {}, opt null, variant { ok = 1 })}.
 *
 * <p>Parsing with expected types types literals as dfx does (see {@link TextTyper}); without types, literals take
 * their default kinds. Printing follows didc and annotates the numbers whose kind a reader could not infer, e.g.
 * {@code (42 : nat64, "hi", true)} (see {@link TextPrinter}); output parses back to equal values.
 */
public final class CandidText {
    private CandidText() {
    }

    /** Parses an argument list with default literal kinds ({@code 1} is nat, {@code -1} int, {@code 1.5} float64). */
    public static List<IdlValue> parseArgs(String text) {
        return parseArgs(text, null, null);
    }

    /**
     * Parses an argument list at the expected types: {@code (42)} is a nat64 where the method takes one. Missing
     * trailing arguments of null/opt/reserved type become null; extra arguments are ignored (as in dfx).
     */
    public static List<IdlValue> parseArgs(String text, List<IdlType> expected) {
        return parseArgs(text, expected, null);
    }

    /** Like {@link #parseArgs(String, List)}, where type annotations in the text may name the types of {@code did}. */
    public static List<IdlValue> parseArgs(String text, List<IdlType> expected, DidFile did) {
        TextLexer lx = new TextLexer(text);
        TextParser p = new TextParser(lx, env(did));
        List<TextNode> nodes = p.args();
        p.expectEnd();
        return TextTyper.args(nodes, expected);
    }

    /** Parses a single value, e.g. {@code record { a = 1 }}, at a type (or with default kinds when it is null). */
    public static IdlValue parseValue(String text, IdlType expected) {
        TextLexer lx = new TextLexer(text);
        TextParser p = new TextParser(lx, env(null));
        TextNode n = p.annotated();
        p.expectEnd();
        return TextTyper.value(n, expected);
    }

    /** Parses a type, e.g. {@code record { a : nat; b : opt text }}; names refer to the types of {@code did}. */
    public static IdlType parseType(String text, DidFile did) {
        TextLexer lx = new TextLexer(text);
        IdlType t = new DidParser(lx, env(did), false).dataType();
        TextLexer.Token end = lx.peek();
        if (end.kind != TextLexer.Kind.EOF) {
            throw lx.error(end, "unexpected " + end.describe() + " after the type");
        }
        return t;
    }

    public static IdlType parseType(String text) {
        return parseType(text, null);
    }

    /** Prints an argument list, e.g. {@code (42 : nat64, "hi", true)}. */
    public static String print(List<IdlValue> values) {
        return TextPrinter.printArgs(values, null);
    }

    /** Prints an argument list, taking field names from the types where the values only have numeric ids. */
    public static String print(List<IdlValue> values, List<IdlType> types) {
        return TextPrinter.printArgs(values, types);
    }

    /** Prints one value. */
    public static String print(IdlValue value) {
        return TextPrinter.printValue(value, null);
    }

    private static Map<String, IdlType.Ref> env(DidFile did) {
        Map<String, IdlType.Ref> env = new HashMap<>();
        if (did != null) {
            for (Map.Entry<String, IdlType> e : did.types().entrySet()) {
                env.put(e.getKey(), (IdlType.Ref) e.getValue());
            }
        }
        return env;
    }
}
