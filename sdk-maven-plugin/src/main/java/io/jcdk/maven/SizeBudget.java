package io.jcdk.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The recorded code size of a canister module and the check that a build has not grown it by more than a
 * tolerance (10% by default). The record is a properties file next to the module's {@code pom.xml},
 * {@code wasm-size-budget.properties}, with {@code raw} and {@code gzip} sizes in bytes; it is checked in, so that a
 * change that makes the module bigger shows in review and a build that grows it past the tolerance says so.
 *
 * <p>{@code BuildMojo} applies it after writing the module, by {@code -Djcdk.sizeBudget=}: {@code warn} (default:
 * a warning), {@code fail} (the build fails), {@code record} (writes the current sizes as the new record) or
 * {@code off}.
 */
public final class SizeBudget {
    public static final String FILE_NAME = "wasm-size-budget.properties";
    static final String RAW = "raw";
    static final String GZIP = "gzip";

    /** What the plugin does with the record. */
    public enum Mode {
        WARN, FAIL, RECORD, OFF;

        public static Mode parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("jcdk.sizeBudget must be warn, fail, record or off, not '" + text
                        + "'");
            }
        }
    }

    /** Sizes of a module, in bytes. */
    public record Sizes(long raw, long gzip) {
    }

    private SizeBudget() {
    }

    /** The recorded sizes, or null when there is no record. */
    public static Sizes read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new Sizes(number(p, RAW, file), number(p, GZIP, file));
    }

    private static long number(Properties p, String key, Path file) throws IOException {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IOException(file + " has no '" + key + "' entry (size in bytes)");
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IOException(file + ": '" + key + "' must be a positive number of bytes, not '" + value + "'");
        }
    }

    /** Writes {@code sizes} as the record. */
    public static void write(Path file, String module, Sizes sizes) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Recorded size of " + module + ".wasm in bytes. jcdk:build warns (or, with\n"
                    + "# -Djcdk.sizeBudget=fail, fails) when the module grows more than " + DEFAULT_TOLERANCE_PERCENT
                    + "% over these. Update after an intended change:\n"
                    + "#   mvn package -Djcdk.sizeBudget=record\n");
            w.write(RAW + "=" + sizes.raw() + "\n");
            w.write(GZIP + "=" + sizes.gzip() + "\n");
        }
    }

    public static final int DEFAULT_TOLERANCE_PERCENT = 10;

    /**
     * What exceeds the record by more than {@code tolerancePercent}: one sentence per size, empty when the build is
     * within budget.
     */
    public static List<String> excess(Sizes recorded, Sizes actual, int tolerancePercent) {
        List<String> out = new ArrayList<>();
        check("raw", recorded.raw(), actual.raw(), tolerancePercent, out);
        check("gzipped", recorded.gzip(), actual.gzip(), tolerancePercent, out);
        return out;
    }

    private static void check(String what, long recorded, long actual, int tolerancePercent, List<String> out) {
        // actual > recorded * (1 + t/100), in integers
        if (actual * 100 > recorded * (100L + tolerancePercent)) {
            long percent = Math.round((actual - recorded) * 100.0 / recorded);
            out.add("the module is " + actual + " bytes " + what + ", " + percent + "% over its recorded "
                    + recorded + " bytes (tolerance " + tolerancePercent + "%)");
        }
    }

    /** A line for the build log comparing the sizes with the record. */
    public static String describe(Sizes recorded, Sizes actual) {
        return "raw " + actual.raw() + " B (recorded " + recorded.raw() + ", " + signedPercent(recorded.raw(),
                actual.raw()) + "), gzip " + actual.gzip() + " B (recorded " + recorded.gzip() + ", "
                + signedPercent(recorded.gzip(), actual.gzip()) + ")";
    }

    private static String signedPercent(long recorded, long actual) {
        double p = (actual - recorded) * 100.0 / recorded;
        return (p >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f", p) + "%";
    }
}
