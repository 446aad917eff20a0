package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the official Candid test suite ({@code src/test/resources/candid-tests/*.test.did}, from dfinity/candid) against
 * our decoder and text parser. Every assertion is run; the ones listed in {@code known-failures.txt} are expected to
 * fail (with a reason there), and the test fails on any other failure or when a listed assertion starts to pass.
 */
class CandidConformanceTest {
    static final String[] FILES = {
        "prim.test.did", "construct.test.did", "reference.test.did", "subtypes.test.did", "overshoot.test.did",
        "spacebomb.test.did",
    };

    /** One {@code assert} of a test file. */
    static final class Assertion {
        String file;
        int line;
        String desc;
        Input left;
        Input right;
        String op; // ":", "!:", "==", "!="
        List<IdlType> types;
        Map<String, IdlType.Ref> env;

        String key() {
            return file + ":" + line;
        }

        boolean hasBinary() {
            return left.binary != null || (right != null && right.binary != null);
        }
    }

    static final class Input {
        byte[] binary;
        String text;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = CandidConformanceTest.class.getResourceAsStream("/candid-tests/" + name)) {
            if (in == null) {
                throw new IOException("missing resource candid-tests/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Assertion> parse(String file, String text) {
        TextLexer lx = new TextLexer(text);
        Map<String, IdlType.Ref> env = new LinkedHashMap<>();
        DidParser types = new DidParser(lx, env, true);
        types.definitions();
        types.checkDefined();
        List<Assertion> out = new ArrayList<>();
        while (lx.peek().kind != TextLexer.Kind.EOF) {
            TextLexer.Token start = lx.expect("assert");
            Assertion a = new Assertion();
            a.file = file;
            a.line = lineOf(text, start.pos);
            a.env = env;
            a.left = input(lx, types);
            if (lx.peek().is("=")) {
                lx.next();
                lx.expect("=");
                a.op = "==";
                a.right = input(lx, types);
            } else if (lx.peek().is("!") && lx.peek2().is("=")) {
                lx.next();
                lx.next();
                a.op = "!=";
                a.right = input(lx, types);
            }
            if (lx.accept("!")) {
                lx.expect(":");
                a.op = "!:";
            } else {
                lx.expect(":");
                if (a.op == null) {
                    a.op = ":";
                }
            }
            a.types = types.tupleType();
            if (lx.peek().kind == TextLexer.Kind.TEXT) {
                a.desc = types.text(lx.next());
            }
            lx.expect(";");
            out.add(a);
        }
        return out;
    }

    private static Input input(TextLexer lx, DidParser types) {
        Input in = new Input();
        if (lx.accept("blob")) {
            in.binary = lx.expect(TextLexer.Kind.TEXT, "blob").bytes;
        } else {
            in.text = types.text(lx.expect(TextLexer.Kind.TEXT, "textual input"));
        }
        return in;
    }

    private static int lineOf(String text, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static List<IdlValue> decode(Input in, Assertion a) {
        if (in.binary != null) {
            return CandidDecoder.decodeArgs(in.binary, a.types);
        }
        TextParser p = new TextParser(new TextLexer(in.text), a.env);
        List<TextNode> nodes = p.args();
        p.expectEnd();
        return TextTyper.args(nodes, a.types);
    }

    /** Runs an assertion; null when it holds, else why not. */
    static String run(Assertion a) {
        try {
            List<IdlValue> l = decode(a.left, a);
            if (a.op.equals("!:")) {
                return "decoded, but should fail: " + CandidText.print(l);
            }
            if (a.right == null) {
                return null;
            }
            List<IdlValue> r = decode(a.right, a);
            boolean eq = l.equals(r);
            if (a.op.equals("==") && !eq) {
                return "not equal: " + CandidText.print(l) + " vs " + CandidText.print(r);
            }
            if (a.op.equals("!=") && eq) {
                return "equal, but should differ: " + CandidText.print(l);
            }
            return null;
        } catch (CandidException e) {
            return a.op.equals("!:") ? null : e.getMessage();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return "crashed: " + e;
        }
    }

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : resource("known-failures.txt").split("\n")) {
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            out.put((bar < 0 ? line : line.substring(0, bar)).trim(), line);
        }
        return out;
    }

    @Test
    void conformanceSuite() throws IOException {
        Map<String, String> known = knownFailures();
        List<String> problems = new ArrayList<>();
        int total = 0;
        int passed = 0;
        int binTotal = 0;
        int binPassed = 0;
        for (String file : FILES) {
            List<Assertion> as = parse(file, resource(file));
            int p = 0;
            int bt = 0;
            int bp = 0;
            long start = System.nanoTime();
            for (Assertion a : as) {
                String failure = run(a);
                boolean ok = failure == null;
                if (a.hasBinary()) {
                    bt++;
                    bp += ok ? 1 : 0;
                }
                p += ok ? 1 : 0;
                boolean expectedToFail = known.containsKey(a.key());
                if (!ok && !expectedToFail) {
                    problems.add("FAIL " + a.key() + " \"" + a.desc + "\" (" + a.op + "): " + failure);
                } else if (ok && expectedToFail) {
                    problems.add("NOW PASSES (remove from known-failures.txt) " + a.key() + " \"" + a.desc + "\"");
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("candid conformance " + file + ": " + p + "/" + as.size() + " passed ("
                    + bp + "/" + bt + " with binary input), " + ms + " ms");
            total += as.size();
            passed += p;
            binTotal += bt;
            binPassed += bp;
        }
        System.out.println("candid conformance total: " + passed + "/" + total + " passed (" + binPassed + "/"
                + binTotal + " with binary input)");
        for (String s : problems) {
            System.out.println(s);
        }
        assertTrue(problems.isEmpty(), problems.size() + " conformance problems:\n" + String.join("\n", problems));
    }
}
