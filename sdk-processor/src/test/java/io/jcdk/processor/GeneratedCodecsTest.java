package io.jcdk.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.jcdk.processor.Compilations.compile;
import static io.jcdk.processor.Compilations.did;
import static io.jcdk.processor.Compilations.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.CandidException;
import io.jcdk.candid.CandidReader;
import io.jcdk.candid.CandidWriter;
import io.jcdk.candid.DidFile;
import io.jcdk.candid.FieldNames;
import io.jcdk.candid.IdlField;
import io.jcdk.candid.IdlFieldValue;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated readers and writers run on the JVM (they are plain Java over {@code CandidReader}/{@code CandidWriter})
 * and must agree with the generic codec: what they write is byte for byte what {@code CandidEncoder} writes for the
 * same value at the .did's type, and what they read from any encoding of a value (also the generic encoder's, also a
 * subtype's) is the value. Hundreds of random values of nested types, from a seeded generator in the canister source.
 */
class GeneratedCodecsTest {
    static final String SOURCE = String.join("\n",
            "package p;",
            "import io.jcdk.annotations.*;",
            "import io.jcdk.canister.Principal;",
            "import java.math.BigInteger;",
            "import java.util.*;",
            "@Canister",
            "public class Everything {",
            "    public enum Color { RED, GREEN, @CandidName(\"bleu\") BLUE }",
            "    public sealed interface Shape permits Circle, Rect, Dot {}",
            "    public record Circle(double radius) implements Shape {}",
            "    public record Rect(float w, float h) implements Shape {}",
            "    public record Dot() implements Shape {}",
            "    public record Tree(String label, List<Tree> children, Optional<Tree> parent) {}",
            "    public record All(boolean b, byte i8, @Unsigned byte n8, short i16, @Unsigned short n16, int i32,",
            "            @Unsigned int n32, long i64, @Unsigned long n64, BigInteger i, @Unsigned BigInteger n,",
            "            String text, byte[] blob, Principal owner, Optional<String> maybe,",
            "            @org.jspecify.annotations.Nullable Integer nullable, List<Color> colors, Shape shape,",
            "            Map<String, Long> counts, int[] ints, Tree tree, @CandidName(\"e-mail\") String email) {",
            "        @Override public boolean equals(Object o) {",
            "            return o instanceof All a && key().equals(a.key());",
            "        }",
            "        String key() {",
            "            return toString().replaceAll(\"\\\\[[BI]@[0-9a-f]+\", \"\") + Arrays.toString(blob)",
            "                    + Arrays.toString(ints);",
            "        }",
            "        @Override public int hashCode() { return 0; }",
            "    }",
            "    @Update All echo(All a) { return a; }",
            "",
            "    static Tree tree(Random r, int depth) {",
            "        List<Tree> children = new ArrayList<>();",
            "        for (int i = 0; depth > 0 && i < r.nextInt(3); i++) {",
            "            children.add(tree(r, depth - 1));",
            "        }",
            "        return new Tree(text(r), children, r.nextBoolean() || depth == 0 ? Optional.empty()",
            "                : Optional.of(tree(r, depth - 1)));",
            "    }",
            "    static String text(Random r) {",
            "        StringBuilder sb = new StringBuilder();",
            "        String alphabet = \"aZ09 \\u00e9\\u2603\\ud83d\\udc02\";",
            "        for (int i = r.nextInt(12); i > 0; i--) {",
            "            int k = r.nextInt(alphabet.length() - 1);",
            "            sb.append(alphabet.charAt(k) == '\\ud83d' ? \"\\ud83d\\udc02\" : alphabet.substring(k, k + 1));",
            "        }",
            "        return sb.toString();",
            "    }",
            "    public static All sample(long seed) {",
            "        Random r = new Random(seed);",
            "        byte[] blob = new byte[r.nextInt(40)];",
            "        r.nextBytes(blob);",
            "        byte[] id = new byte[r.nextInt(30)];",
            "        r.nextBytes(id);",
            "        List<Color> colors = new ArrayList<>();",
            "        for (int i = r.nextInt(5); i > 0; i--) colors.add(Color.values()[r.nextInt(3)]);",
            "        Shape[] shapes = {new Circle(r.nextGaussian()), new Rect(r.nextFloat(), -r.nextFloat()), new Dot()};",
            "        Map<String, Long> counts = new TreeMap<>();",
            "        for (int i = r.nextInt(4); i > 0; i--) counts.put(text(r), r.nextLong());",
            "        int[] ints = new int[r.nextInt(6)];",
            "        for (int i = 0; i < ints.length; i++) ints[i] = r.nextInt();",
            "        return new All(r.nextBoolean(), (byte) r.nextInt(), (byte) r.nextInt(), (short) r.nextInt(),",
            "                (short) r.nextInt(), r.nextInt(), r.nextInt(), r.nextLong(), r.nextLong(),",
            "                new BigInteger(r.nextInt(200), r).subtract(BigInteger.ONE.shiftLeft(r.nextInt(150))),",
            "                new BigInteger(r.nextInt(200), r), text(r), blob, Principal.fromBytes(id),",
            "                r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),",
            "                r.nextBoolean() ? r.nextInt() : null, colors, shapes[r.nextInt(3)], counts, ints,",
            "                tree(r, 3), text(r));",
            "    }",
            "}");

    private static Class<?> codecs;
    private static Class<?> canister;
    private static Class<?> all;
    private static IdlType allType;

    @BeforeAll
    static void compileTheCanister() throws Exception {
        Compilation c = compile(source("p.Everything", SOURCE));
        assertThat(c).succeededWithoutWarnings();
        ClassLoader loader = loader(c);
        codecs = loader.loadClass("p.EverythingCodecs");
        canister = loader.loadClass("p.Everything");
        all = loader.loadClass("p.Everything$All");
        allType = DidFile.parse(did(c)).methods().get(0).type().argTypes().get(0);
    }

    @Test
    void writersAgreeWithTheGenericEncoderAndReadersReadBack() throws Exception {
        for (long seed = 0; seed < 300; seed++) {
            Object value = canister.getMethod("sample", long.class).invoke(null, seed);
            byte[] generated = write(value);
            List<IdlValue> generic = CandidDecoder.decodeArgs(generated, List.of(allType));
            assertArrayEquals(CandidEncoder.encodeArgs(List.of(allType), generic), generated, "seed " + seed);
            assertEquals(value, read(generated), "seed " + seed);
        }
    }

    @Test
    void readersCoerceLikeTheGenericDecoder() throws Exception {
        Object value = canister.getMethod("sample", long.class).invoke(null, 7L);
        IdlValue record = CandidDecoder.decodeArgs(write(value), List.of(allType)).get(0);
        // A sender with an extra field and without the optional ones, fields in its own table order, an extra
        // argument: the same Java value, with the optional fields none.
        java.util.List<IdlField> fields = new java.util.ArrayList<>(allType.resolve().fields());
        java.util.List<IdlFieldValue> values = new java.util.ArrayList<>(record.fields());
        fields.removeIf(f -> "maybe".equals(f.name()) || "nullable".equals(f.name()));
        values.removeIf(f -> "maybe".equals(f.name()) || "nullable".equals(f.name()));
        fields.add(IdlField.named("zzz_extra", IdlType.vec(IdlType.TEXT)));
        values.add(IdlFieldValue.named("zzz_extra", IdlValue.vec(IdlValue.text("skipped"))));
        IdlType wider = IdlType.record(fields);
        byte[] message = CandidEncoder.encodeArgs(List.of(wider, IdlType.NAT),
                List.of(IdlValue.record(values), IdlValue.nat(5)));
        Object back = read(message);
        assertEquals(Optional.empty(), all.getMethod("maybe").invoke(back));
        assertEquals(null, all.getMethod("nullable").invoke(back));
        assertEquals(all.getMethod("tree").invoke(value), all.getMethod("tree").invoke(back));
    }

    @Test
    void aMismatchNamesTheFieldAndAMissingFieldToo() throws Exception {
        Object value = canister.getMethod("sample", long.class).invoke(null, 3L);
        IdlValue record = CandidDecoder.decodeArgs(write(value), List.of(allType)).get(0);
        java.util.List<IdlField> fields = new java.util.ArrayList<>(allType.resolve().fields());
        java.util.List<IdlFieldValue> values = new java.util.ArrayList<>(record.fields());
        fields.replaceAll(f -> "e-mail".equals(f.name()) ? IdlField.named("e-mail", IdlType.NAT) : f);
        values.replaceAll(f -> "e-mail".equals(f.name()) ? IdlFieldValue.named("e-mail", IdlValue.nat(3)) : f);
        byte[] wrongType = CandidEncoder.encodeArgs(List.of(IdlType.record(fields)),
                List.of(IdlValue.record(values)));
        CandidException e = assertThrows(CandidException.class, () -> rethrow(() -> read(wrongType)));
        assertEquals("IDL error: argument 1, record field \"e-mail\": expected text, got nat", e.getMessage());
        byte[] empty = CandidEncoder.encodeArgs(List.of(IdlType.record()), List.of(IdlValue.record()));
        e = assertThrows(CandidException.class, () -> rethrow(() -> read(empty)));
        assertThat(e.getMessage()).startsWith("IDL error: argument 1, record field ");
        assertThat(e.getMessage()).endsWith(": missing (expected bool)");
    }

    private static byte[] write(Object value) throws Exception {
        CandidWriter w = new CandidWriter(CandidEncoder.header(List.of(allType)));
        method("writeAll", CandidWriter.class, all).invoke(null, w, value);
        return w.toBytes();
    }

    private static Object read(byte[] message) throws Exception {
        CandidReader r = CandidReader.open(message, new FieldNames("e-mail", "b"));
        Object v = method("readAll", CandidReader.class, int.class).invoke(null, r, r.arg());
        r.end();
        return v;
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = codecs.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body}, unwrapping the reflective call's exception. */
    private static void rethrow(Body body) throws Throwable {
        try {
            body.run();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The classes the compilation wrote, loadable (the generated codecs run on the JVM as they are). */
    static ClassLoader loader(Compilation c) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() == JavaFileObject.Kind.CLASS) {
                String path = f.toUri().getPath();
                String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = f.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ClassLoader(GeneratedCodecsTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = classes.get(name);
                if (b == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, b, 0, b.length);
            }
        };
    }
}
