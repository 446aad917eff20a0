package io.jcdk.canister.internal.jdk;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@code floating-text/to-string-jdk25.txt.gz}, the expected strings of {@link FloatingTextTest}: run it
 * with JDK 19 or newer (the file in the repository comes from Temurin 25), whose {@code Double.toString} and
 * {@code Float.toString} follow the shortest-decimal specification that canisters implement. JDK 17 prints other
 * digits for some values, so the test cannot ask the JVM it runs on.
 *
 * <pre>
 * javac -d /tmp/gen sdk-canister/src/test/java/io/jcdk/canister/internal/jdk/FloatingTextSampleGenerator.java
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp /tmp/gen io.jcdk.canister.internal.jdk.FloatingTextSampleGenerator \
 *     sdk-canister/src/test/resources/floating-text/to-string-jdk25.txt.gz
 * </pre>
 */
public final class FloatingTextSampleGenerator {
    private FloatingTextSampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (Runtime.version().feature() < 19) {
            throw new IllegalStateException("needs JDK 19 or newer, this is " + Runtime.version());
        }
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[0]))),
                StandardCharsets.UTF_8)) {
            out.write("# Double.toString / Float.toString of JDK " + Runtime.version() + " ("
                    + System.getProperty("java.vendor") + "), written by FloatingTextSampleGenerator.\n");
            out.write("# d <double bits in hex> <Double.toString> | f <float bits in hex> <Float.toString>\n");
            for (int e = -1074; e <= 1023; e++) {
                double d = Math.scalb(1.0, e);
                writeDouble(out, d);
                writeDouble(out, Math.nextUp(d));
                writeDouble(out, Math.nextDown(d));
            }
            for (int p = -324; p <= 308; p++) {
                double d = Double.parseDouble("1e" + p);
                writeDouble(out, d);
                writeDouble(out, Math.nextUp(d));
                writeDouble(out, Math.nextDown(d));
            }
            for (long bits = 1; bits <= 300; bits++) {
                writeDouble(out, Double.longBitsToDouble(bits));
                writeDouble(out, Double.longBitsToDouble(0x10000000000000L - bits));
            }
            for (int i = 1; i <= 200; i++) {
                writeDouble(out, i);
                writeDouble(out, -i / 1000.0);
            }
            for (double d : new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE, 1.0E7, 9999999.999999998, 1.0E-3, 9.999999999999998E-4, 0.1 + 0.2}) {
                writeDouble(out, d);
            }
            for (int e = -149; e <= 127; e++) {
                float f = Math.scalb(1.0f, e);
                writeFloat(out, f);
                writeFloat(out, Math.nextUp(f));
                writeFloat(out, Math.nextDown(f));
            }
            for (int p = -45; p <= 38; p++) {
                float f = Float.parseFloat("1e" + p);
                writeFloat(out, f);
                writeFloat(out, Math.nextUp(f));
                writeFloat(out, Math.nextDown(f));
            }
            for (int bits = 1; bits <= 300; bits++) {
                writeFloat(out, Float.intBitsToFloat(bits));
                writeFloat(out, Float.intBitsToFloat(0x800000 - bits));
            }
            for (float f : new float[] {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                Float.MAX_VALUE, 1.0E7f, 9999999.5f, 1.0E-3f, 9.999999E-4f, 0.1f + 0.2f}) {
                writeFloat(out, f);
            }
            SplittableRandom random = new SplittableRandom(19);
            for (int i = 0; i < 6_000; i++) {
                writeDouble(out, Double.longBitsToDouble(random.nextLong()));
            }
            for (int i = 0; i < 3_000; i++) {
                writeFloat(out, Float.intBitsToFloat(random.nextInt()));
            }
        }
    }

    private static void writeDouble(Writer out, double d) throws IOException {
        out.write("d " + Long.toHexString(Double.doubleToRawLongBits(d)) + " " + Double.toString(d) + "\n");
    }

    private static void writeFloat(Writer out, float f) throws IOException {
        out.write("f " + Integer.toHexString(Float.floatToRawIntBits(f)) + " " + Float.toString(f) + "\n");
    }
}
