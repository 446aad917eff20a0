package io.jcdk.candid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test format of the official Candid suite ({@code *.test.did} of dfinity/candid): type definitions, then
 * assertions such as {@code assert blob "DIDL\00\01\7e\01" == "(true)" : (bool) "bool: true";}.
 *
 * <p>Used by the conformance runners on the JVM and inside Wasm (the same code compiled by TeaVM), so that both run
 * exactly the same checks. It is reachable from a canister only if the canister uses it.
 */
public final class CandidTestSuite {
    private final String file;
    private final List<Assertion> assertions;

    private CandidTestSuite(String file, List<Assertion> assertions) {
        this.file = file;
        this.assertions = Collections.unmodifiableList(assertions);
    }

    /** One input of an assertion: binary ({@code blob "..."}) or textual. */
    public static final class Input {
        final byte[] binary;
        final String text;

        Input(byte[] binary, String text) {
            this.binary = binary;
            this.text = text;
        }

        /** The bytes of a binary input, else null. */
        public byte[] binary() {
            return binary;
        }

        /** The text of a textual input, else null. */
        public String text() {
            return text;
        }
    }

    /** One {@code assert}. */
    public static final class Assertion {
        final String file;
        final int line;
        final String desc;
        final Input left;
        final Input right;
        final String op;
        final List<IdlType> types;
        final Map<String, IdlType.Ref> env;

        Assertion(String file, int line, String desc, Input left, Input right, String op, List<IdlType> types,
                Map<String, IdlType.Ref> env) {
            this.file = file;
            this.line = line;
            this.desc = desc;
            this.left = left;
            this.right = right;
            this.op = op;
            this.types = types;
            this.env = env;
        }

        /** {@code file:line}, the key used in lists of known failures. */
        public String key() {
            return file + ":" + line;
        }

        public int line() {
            return line;
        }

        /** The description, or null. */
        public String desc() {
            return desc;
        }

        /** {@code :} (decodes), {@code !:} (does not decode), {@code ==} or {@code !=}. */
        public String op() {
            return op;
        }

        public Input left() {
            return left;
        }

        /** The right input of {@code ==} and {@code !=}, else null. */
        public Input right() {
            return right;
        }

        public List<IdlType> types() {
            return types;
        }

        /** Whether an input is binary (the assertions a codec without a text parser must pass). */
        public boolean hasBinary() {
            return left.binary != null || (right != null && right.binary != null);
        }

        /** Decodes (binary) or parses (text) an input at the assertion's types. */
        public List<IdlValue> decode(Input in) {
            if (in.binary != null) {
                return CandidDecoder.decodeArgs(in.binary, types);
            }
            TextParser p = new TextParser(new TextLexer(in.text), env);
            List<TextNode> nodes = p.args();
            p.expectEnd();
            return TextTyper.args(nodes, types);
        }

        /**
         * Runs the assertion: null when it holds, else why not. Only {@link CandidException} counts as a refusal;
         * any other exception or error is reported as a crash.
         */
        public String run() {
            try {
                List<IdlValue> l = decode(left);
                if (op.equals("!:")) {
                    return "decoded, but should fail: " + CandidText.print(l);
                }
                if (right == null) {
                    return null;
                }
                List<IdlValue> r = decode(right);
                boolean eq = l.equals(r);
                if (op.equals("==") && !eq) {
                    return "not equal: " + CandidText.print(l) + " vs " + CandidText.print(r);
                }
                if (op.equals("!=") && eq) {
                    return "equal, but should differ: " + CandidText.print(l);
                }
                return null;
            } catch (CandidException e) {
                return op.equals("!:") ? null : e.getMessage();
            } catch (RuntimeException e) {
                return "crashed: " + e;
            }
        }

        /**
         * What an input gives, as one line: {@code ok (values printed)} or {@code error: message} (a crash is
         * {@code crash: exception}).
         */
        public String outcome(Input in) {
            try {
                return "ok " + CandidText.print(decode(in), types);
            } catch (CandidException e) {
                return "error: " + e.getMessage();
            } catch (RuntimeException e) {
                return "crash: " + e;
            }
        }
    }

    /** Parses a test file. */
    public static CandidTestSuite parse(String file, String text) {
        TextLexer lx = new TextLexer(text);
        Map<String, IdlType.Ref> env = new LinkedHashMap<>();
        DidParser types = new DidParser(lx, env, true);
        types.definitions();
        types.checkDefined();
        List<Assertion> out = new ArrayList<>();
        int line = 1;
        int scanned = 0;
        while (lx.peek().kind != TextLexer.Kind.EOF) {
            TextLexer.Token start = lx.expect("assert");
            for (; scanned < start.pos; scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                }
            }
            Input left = input(lx, types);
            Input right = null;
            String op = null;
            if (lx.peek().is("=")) {
                lx.next();
                lx.expect("=");
                op = "==";
                right = input(lx, types);
            } else if (lx.peek().is("!") && lx.peek2().is("=")) {
                lx.next();
                lx.next();
                op = "!=";
                right = input(lx, types);
            }
            if (lx.accept("!")) {
                lx.expect(":");
                op = "!:";
            } else {
                lx.expect(":");
                if (op == null) {
                    op = ":";
                }
            }
            List<IdlType> ts = types.tupleType();
            String desc = null;
            if (lx.peek().kind == TextLexer.Kind.TEXT) {
                desc = types.text(lx.next());
            }
            lx.expect(";");
            out.add(new Assertion(file, line, desc, left, right, op, ts, env));
        }
        return new CandidTestSuite(file, out);
    }

    private static Input input(TextLexer lx, DidParser types) {
        if (lx.accept("blob")) {
            return new Input(lx.expect(TextLexer.Kind.TEXT, "blob").bytes, null);
        }
        return new Input(null, types.text(lx.expect(TextLexer.Kind.TEXT, "textual input")));
    }

    public String file() {
        return file;
    }

    public List<Assertion> assertions() {
        return assertions;
    }
}
