package io.jcdk.spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The System API import list ({@code ic0.tsv}, next to this class). The canister bindings, the runtime's host
 * functions and both module validators are derived from it, so that they cannot disagree.
 */
public final class Ic0Spec {
    public static final String MODULE = "ic0";
    private static final String RESOURCE = "ic0.tsv";
    private static volatile Ic0Spec instance;

    private final Map<String, Ic0Function> functions;

    private Ic0Spec(Map<String, Ic0Function> functions) {
        this.functions = Collections.unmodifiableMap(functions);
    }

    /** The list shipped with JCDK. */
    public static Ic0Spec get() {
        Ic0Spec spec = instance;
        if (spec == null) {
            try (InputStream in = Ic0Spec.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource io/jcdk/spec/" + RESOURCE + " is missing from the classpath");
                }
                spec = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read io/jcdk/spec/" + RESOURCE, e);
            }
            instance = spec;
        }
        return spec;
    }

    static Ic0Spec parse(InputStream in) throws IOException {
        Map<String, Ic0Function> functions = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.startsWith("name\t")) {
            throw new IOException("ic0.tsv: missing header line");
        }
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 10) {
                throw new IOException("ic0.tsv line " + lineNumber + ": expected 10 columns, found " + cols.length);
            }
            String qualified = cols[0];
            if (!qualified.startsWith(MODULE + ".")) {
                throw new IOException("ic0.tsv line " + lineNumber + ": name does not start with ic0.: " + qualified);
            }
            String name = qualified.substring(MODULE.length() + 1);
            String availability = cols[6];
            boolean on32 = availability.contains("wasm32");
            boolean on64 = availability.contains("wasm64");
            Ic0Function f = new Ic0Function(name, cols[1],
                    on32 ? types(cols[2]) : null, on32 ? types(cols[3]) : null,
                    on64 ? types(cols[4]) : null, on64 ? types(cols[5]) : null,
                    contexts(cols[7]), cols[9].trim().equals("yes"));
            functions.put(name, f);
        }
        return new Ic0Spec(functions);
    }

    private static List<WasmValueType> types(String column) {
        if (column.equals("-") || column.isEmpty()) {
            return List.of();
        }
        List<WasmValueType> out = new ArrayList<>();
        for (String t : column.split(",")) {
            out.add(WasmValueType.parse(t.trim()));
        }
        return List.copyOf(out);
    }

    /** Expands the spec's context codes; {@code *} is every context but the start function. */
    static Set<CallContext> contexts(String column) {
        Set<CallContext> out = EnumSet.noneOf(CallContext.class);
        for (String code : column.trim().split("\\s+")) {
            if (code.equals("*")) {
                out.addAll(EnumSet.complementOf(EnumSet.of(CallContext.START)));
            } else if (code.equals("Q")) {
                // The spec's abstract behaviour writes Q for "any query" in a few places.
                out.addAll(Arrays.asList(CallContext.REPLICATED_QUERY, CallContext.NON_REPLICATED_QUERY));
            } else {
                out.add(CallContext.ofCode(code));
            }
        }
        return Collections.unmodifiableSet(out);
    }

    public Optional<Ic0Function> find(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public List<Ic0Function> functions() {
        return List.copyOf(functions.values());
    }

    /** Functions that exist on wasm32, in the order of the spec's list. */
    public List<Ic0Function> wasm32Functions() {
        List<Ic0Function> out = new ArrayList<>();
        for (Ic0Function f : functions.values()) {
            if (f.onWasm32()) {
                out.add(f);
            }
        }
        return out;
    }
}
