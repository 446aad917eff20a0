package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer for the decoder. Seeds are the binary inputs of the official suite with their expected
 * types; mutations flip, insert, delete and duplicate bytes, splice seeds, and overwrite LEB128 numbers with
 * extreme values. The only acceptable outcomes are a value or a {@link CandidException}, within a bounded time.
 *
 * <p>Inputs whose outcome is new (a new error message shape, or a successful decode at a new type) are the corpus:
 * {@code src/test/resources/candid-fuzz/corpus.txt} ({@code types | hex} per line), replayed by
 * {@link #corpusReplays()}. Regenerate with {@code -Djcdk.fuzz.iterations=200000 -Djcdk.fuzz.write=true}.
 */
class CandidFuzzTest {
    private static final long SEED = 0x1d1_c0dec_f022L;
    private static final long SLOW_MS = 2_000;

    record Case(String types, byte[] input) {
    }

    static List<Case> seeds() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String file : CandidConformanceTest.FILES) {
            String text = CandidConformanceTest.resource(file);
            for (CandidTestSuite.Assertion a : CandidTestSuite.parse(file, text).assertions()) {
                String types = typesText(a.types());
                if (types == null) {
                    continue;
                }
                for (CandidTestSuite.Input in : new CandidTestSuite.Input[] {a.left(), a.right()}) {
                    if (in != null && in.binary() != null) {
                        out.add(new Case(types, in.binary()));
                    }
                }
            }
        }
        return out;
    }

    /** The types as parseable text, or null when they name definitions of a test file (not reproducible alone). */
    static String typesText(List<IdlType> types) {
        StringBuilder sb = new StringBuilder("(");
        for (IdlType t : types) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(t);
        }
        String s = sb.append(')').toString();
        try {
            parseTypes(s);
            return s;
        } catch (CandidException e) {
            return null;
        }
    }

    static List<IdlType> parseTypes(String s) {
        List<IdlType> out = new ArrayList<>();
        String inner = s.substring(1, s.length() - 1).trim();
        if (inner.isEmpty()) {
            return out;
        }
        IdlType t = CandidText.parseType("record { " + inner.replace(", ", "; ") + " }");
        for (IdlField f : t.fields()) {
            out.add(f.type());
        }
        return out;
    }

    /** What a decode gives, as a shape: "ok" plus the types, or the error message with its numbers removed. */
    static String outcome(Case c, List<IdlType> types) {
        long start = System.nanoTime();
        try {
            CandidDecoder.decodeArgs(c.input, types);
            return "ok " + c.types;
        } catch (CandidException e) {
            return e.getMessage().replaceAll("[0-9]+", "#").replaceAll("\"[^\"]*\"", "\"\"");
        } catch (Throwable e) {
            throw new AssertionError("decoding " + hex(c.input) + " at " + c.types + " threw " + e, e);
        } finally {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms > SLOW_MS) {
                throw new AssertionError("decoding " + hex(c.input) + " at " + c.types + " took " + ms + " ms");
            }
        }
    }

    static byte[] mutate(byte[] in, Random rnd, List<Case> seeds) {
        byte[] b = in.clone();
        int rounds = 1 + rnd.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int op = rnd.nextInt(8);
            int pos = b.length == 0 ? 0 : rnd.nextInt(b.length);
            switch (op) {
                case 0: // flip a bit
                    if (b.length > 0) {
                        b[pos] ^= (byte) (1 << rnd.nextInt(8));
                    }
                    break;
                case 1: // random byte
                    if (b.length > 0) {
                        b[pos] = (byte) rnd.nextInt(256);
                    }
                    break;
                case 2: // delete a range
                    if (b.length > 0) {
                        int n = 1 + rnd.nextInt(Math.min(4, b.length - pos));
                        b = concat(slice(b, 0, pos), slice(b, pos + n, b.length));
                    }
                    break;
                case 3: // insert random bytes
                    byte[] ins = new byte[1 + rnd.nextInt(4)];
                    rnd.nextBytes(ins);
                    b = concat(concat(slice(b, 0, pos), ins), slice(b, pos, b.length));
                    break;
                case 4: // duplicate a range
                    if (b.length > 0) {
                        int n = 1 + rnd.nextInt(Math.min(16, b.length - pos));
                        b = concat(concat(slice(b, 0, pos + n), slice(b, pos, pos + n)), slice(b, pos + n, b.length));
                    }
                    break;
                case 5: // interesting LEB128 values
                    byte[][] interesting = {{0x7f}, {(byte) 0x80, 0x01}, {(byte) 0xff, (byte) 0xff, (byte) 0xff,
                        (byte) 0xff, 0x0f}, {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                        (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01}, {0x00}, {0x40}, {0x41}};
                    byte[] v = interesting[rnd.nextInt(interesting.length)];
                    b = concat(concat(slice(b, 0, pos), v), slice(b, Math.min(b.length, pos + 1), b.length));
                    break;
                case 6: // splice with another seed
                    byte[] other = seeds.get(rnd.nextInt(seeds.size())).input;
                    int from = other.length == 0 ? 0 : rnd.nextInt(other.length);
                    b = concat(slice(b, 0, pos), slice(other, from, other.length));
                    break;
                default: // truncate
                    b = slice(b, 0, pos);
            }
        }
        return b;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return sb.toString();
    }

    static byte[] unhex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    static List<Case> corpus() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = CandidFuzzTest.class.getResourceAsStream("/candid-fuzz/corpus.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int bar = line.lastIndexOf(" | ");
                if (!line.isBlank() && !line.startsWith("#") && bar > 0) {
                    out.add(new Case(line.substring(0, bar), unhex(line.substring(bar + 3).trim())));
                }
            }
        }
        return out;
    }

    @Test
    void corpusReplays() throws IOException {
        List<Case> corpus = corpus();
        assertTrue(corpus.size() > 100, "corpus missing or small: " + corpus.size());
        Map<String, Integer> shapes = new LinkedHashMap<>();
        for (Case c : corpus) {
            shapes.merge(outcome(c, parseTypes(c.types)), 1, Integer::sum);
        }
        System.out.println("candid fuzz corpus: " + corpus.size() + " inputs replayed, " + shapes.size()
                + " distinct outcomes, only values or CandidException");
    }

    @Test
    void mutationFuzz() throws IOException {
        int iterations = Integer.getInteger("jcdk.fuzz.iterations", 20_000);
        List<Case> seeds = seeds();
        List<Case> pool = new ArrayList<>(seeds);
        pool.addAll(corpus());
        Map<String, Case> interesting = new LinkedHashMap<>();
        for (Case c : pool) {
            interesting.putIfAbsent(outcome(c, parseTypes(c.types)), c);
        }
        int before = interesting.size();
        Random rnd = new Random(SEED);
        Map<String, List<IdlType>> typeCache = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            Case parent = pool.get(rnd.nextInt(pool.size()));
            String types = rnd.nextInt(8) == 0 ? pool.get(rnd.nextInt(pool.size())).types : parent.types;
            Case child = new Case(types, mutate(parent.input, rnd, pool));
            String shape = outcome(child, typeCache.computeIfAbsent(types, CandidFuzzTest::parseTypes));
            if (!interesting.containsKey(shape)) {
                interesting.put(shape, child);
                pool.add(child);
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("candid fuzz: " + iterations + " mutated inputs in " + ms + " ms, " + seeds.size()
                + " seeds, " + (interesting.size() - before) + " new outcomes (" + interesting.size()
                + " in all), only values or CandidException");
        if (Boolean.getBoolean("jcdk.fuzz.write")) {
            StringBuilder sb = new StringBuilder("# Candid decoder fuzz corpus: one input per distinct outcome.\n"
                    + "# <argument types> | <message hex>. Written by CandidFuzzTest (-Djcdk.fuzz.write=true).\n");
            for (Case c : interesting.values()) {
                sb.append(c.types).append(" | ").append(hex(c.input)).append('\n');
            }
            Path out = Path.of("src/test/resources/candid-fuzz/corpus.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, sb.toString());
            System.out.println("wrote " + out.toAbsolutePath());
        }
    }
}
