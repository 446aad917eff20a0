package io.jcdk.candid;

import java.util.List;

/**
 * A parsed but not yet typed textual value. Typing is separate ({@link TextTyper}) because the meaning of a literal
 * depends on the expected type: {@code 42} is a {@code nat64} where the method takes one.
 */
final class TextNode {
    enum Kind { NUMBER, TEXT, BOOL, NULL, OPT, VEC, BLOB, RECORD, VARIANT, PRINCIPAL, SERVICE, FUNC, ANNOTATED }

    final Kind kind;
    final int pos;
    /** Number literal as written, principal text, or func method name. */
    String text;
    /** Text and blob contents, raw bytes. */
    byte[] bytes;
    boolean bool;
    TextNode inner;
    List<TextNode> items;
    List<Field> fields;
    IdlType type;

    TextNode(Kind kind, int pos) {
        this.kind = kind;
        this.pos = pos;
    }

    /** A field of a record or variant literal; {@code name} is null for numeric ids and positional fields. */
    static final class Field {
        final long id;
        final String name;
        final TextNode value;

        Field(long id, String name, TextNode value) {
            this.id = id;
            this.name = name;
            this.value = value;
        }
    }
}
