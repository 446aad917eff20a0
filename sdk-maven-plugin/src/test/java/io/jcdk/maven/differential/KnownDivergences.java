package io.jcdk.maven.differential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Snippets whose canister outcome is known to differ from the JVM's and is not fixed (yet). The list is
 * {@code known-divergences.tsv} next to this class: snippet, JVM outcome, canister outcome, reason, exactly as the
 * suite prints them; the README's "Java inside a canister" section summarises it. The suite fails when an entry no
 * longer diverges as written, so the list stays true: remove an entry when a fix lands.
 */
public final class KnownDivergences {
    /** The two outcomes and why they differ. */
    public record Divergence(String jvm, String canister, String reason) {
    }

    private static final Map<String, Divergence> LIST = load();

    private KnownDivergences() {
    }

    private static Map<String, Divergence> load() {
        Map<String, Divergence> list = new LinkedHashMap<>();
        try (var in = KnownDivergences.class.getResourceAsStream("known-divergences.tsv")) {
            if (in == null) {
                return list;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                list.put(f[0], new Divergence(f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    public static Divergence find(String snippet) {
        return LIST.get(snippet);
    }

    public static Map<String, Divergence> all() {
        return LIST;
    }
}
