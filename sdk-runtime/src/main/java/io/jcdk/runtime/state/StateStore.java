package io.jcdk.runtime.state;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.memory.StableMemory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The replica's state directory (by default {@code .jcdk/}):
 *
 * <pre>
 * replica.properties                  format, time (ns), next canister index
 * modules/&lt;sha256&gt;.wasm              installed modules, content-addressed
 * canisters/&lt;name&gt;/current            "v&lt;n&gt;": the committed version directory
 * canisters/&lt;name&gt;/v&lt;n&gt;/meta.properties  metadata, sizes and CRC32 of the files below
 * canisters/&lt;name&gt;/v&lt;n&gt;/heap.bin         linear memory
 * canisters/&lt;name&gt;/v&lt;n&gt;/globals.bin      mutable globals
 * canisters/&lt;name&gt;/v&lt;n&gt;/stable.bin       stable memory (written pages only)
 * </pre>
 *
 * A save writes a new version directory, fsyncs it, then atomically replaces {@code current}; a process killed at
 * any point leaves the previous version readable.
 */
public final class StateStore {
    static final int FORMAT = 1;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final String ENV_PREFIX = "env.";
    private static final byte[] STABLE_MAGIC = "JCDKSTB1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GLOBALS_MAGIC = "JCDKGLB1".getBytes(StandardCharsets.US_ASCII);

    private final Path root;

    private StateStore(Path root) {
        this.root = root;
    }

    /** Opens a state directory; it is created by the first save, so that reading commands change nothing. */
    public static StateStore open(Path root) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new StateException("state directory " + root + " is a file, not a directory");
        }
        return new StateStore(root);
    }

    private void createLayout() {
        try {
            Files.createDirectories(root.resolve("modules"));
            Files.createDirectories(root.resolve("canisters"));
        } catch (IOException e) {
            throw new StateException("cannot create the state directory " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** Canister names must be usable as directory names. */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid canister name '" + name + "': use letters, digits, _ . -"
                    + " (not starting with . or -), at most 128 characters");
        }
    }

    // ---- replica-wide ----

    /** Replica clock and id counter. */
    public record ReplicaState(long time, long nextCanisterIndex) {}

    public java.util.Optional<ReplicaState> loadReplica() {
        Path file = root.resolve("replica.properties");
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        Properties p = readProperties(file);
        checkFormat(p, file);
        return java.util.Optional.of(new ReplicaState(longProp(p, "time", file), longProp(p, "next_canister_index", file)));
    }

    public void saveReplica(ReplicaState state) {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("time", Long.toString(state.time()));
        p.setProperty("next_canister_index", Long.toString(state.nextCanisterIndex()));
        Path file = root.resolve("replica.properties");
        createLayout();
        try {
            AtomicFiles.replace(file, propertiesBytes(p));
        } catch (IOException e) {
            throw new StateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- modules ----

    public void saveModule(String hash, byte[] bytes) {
        Path file = root.resolve("modules").resolve(hash + ".wasm");
        if (Files.exists(file)) {
            return;
        }
        createLayout();
        try {
            AtomicFiles.replace(file, bytes);
        } catch (IOException e) {
            throw new StateException("cannot write module " + file + ": " + e.getMessage(), e);
        }
    }

    public byte[] loadModule(String hash) {
        Path file = root.resolve("modules").resolve(hash + ".wasm");
        byte[] bytes = readAll(file);
        String actual = io.jcdk.runtime.module.CanisterModule.sha256Hex(bytes);
        if (!actual.equals(hash)) {
            throw new StateException("module file " + file + " is corrupt: its SHA-256 is " + actual);
        }
        return bytes;
    }

    // ---- canisters ----

    public List<String> canisterNames() {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(root.resolve("canisters"))) {
            return names;
        }
        try (Stream<Path> dirs = Files.list(root.resolve("canisters"))) {
            dirs.filter(d -> Files.exists(d.resolve("current"))).forEach(d -> names.add(d.getFileName().toString()));
        } catch (IOException e) {
            throw new StateException("cannot list " + root.resolve("canisters") + ": " + e.getMessage(), e);
        }
        names.sort(null);
        return names;
    }

    public boolean exists(String name) {
        return Files.exists(canisterDir(name).resolve("current"));
    }

    private Path canisterDir(String name) {
        checkName(name);
        return root.resolve("canisters").resolve(name);
    }

    /** Saves a new committed version of the canister. */
    public void save(CanisterSnapshot s) {
        Path dir = canisterDir(s.name());
        createLayout();
        try {
            Files.createDirectories(dir);
            long previous = currentVersion(dir).orElse(0L);
            long next = previous + 1;
            Path version = dir.resolve("v" + next);
            deleteTree(version); // a leftover of a write that was killed
            Files.createDirectories(version);

            AtomicFiles.Written heap = AtomicFiles.writeDurably(version.resolve("heap.bin"), out -> out.write(s.heap()));
            AtomicFiles.Written globals = AtomicFiles.writeDurably(version.resolve("globals.bin"), out -> {
                DataOutputStream d = new DataOutputStream(out);
                d.write(GLOBALS_MAGIC);
                d.writeInt(s.globals().length);
                for (long g : s.globals()) {
                    d.writeLong(g);
                }
                d.flush();
            });
            AtomicFiles.Written stable = AtomicFiles.writeDurably(version.resolve("stable.bin"), out -> {
                DataOutputStream d = new DataOutputStream(out);
                d.write(STABLE_MAGIC);
                d.writeLong(s.stable().sizePages());
                IOException[] failure = new IOException[1];
                s.stable().forEachAllocatedPage((index, page) -> {
                    try {
                        d.writeInt(index);
                        d.write(page);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                d.writeInt(-1);
                d.flush();
            });
            Properties p = metaProperties(s);
            putFile(p, "heap", heap);
            putFile(p, "globals", globals);
            putFile(p, "stable", stable);
            AtomicFiles.writeDurably(version.resolve("meta.properties"), out -> out.write(propertiesBytes(p)));
            AtomicFiles.syncDirectory(version);
            AtomicFiles.syncDirectory(dir);
            // The commit point: from here on, readers see the new version.
            AtomicFiles.replace(dir.resolve("current"), ("v" + next + "\n").getBytes(StandardCharsets.US_ASCII));
            removeOtherVersions(dir, "v" + next);
        } catch (IOException e) {
            throw new StateException("cannot save canister " + s.name() + " to " + dir + ": " + e.getMessage(), e);
        }
    }

    public CanisterSnapshot load(String name) {
        Path dir = canisterDir(name);
        Path current = dir.resolve("current");
        String pointer = new String(readAll(current), StandardCharsets.US_ASCII).trim();
        if (!pointer.matches("v[0-9]{1,18}")) {
            throw new StateException("state of canister " + name + " is corrupt: " + current + " contains '"
                    + abbreviate(pointer) + "', expected v<number>");
        }
        Path version = dir.resolve(pointer);
        Path metaFile = version.resolve("meta.properties");
        Properties p = readProperties(metaFile);
        checkFormat(p, metaFile);
        try {
            CanisterMetadata meta = new CanisterMetadata(Principal.fromText(prop(p, "id", metaFile)));
            meta.setVersion(longProp(p, "version", metaFile));
            meta.setCycles(new BigInteger(prop(p, "cycles", metaFile)));
            meta.setStatus((int) longProp(p, "status", metaFile));
            meta.setGlobalTimer(longProp(p, "global_timer", metaFile));
            meta.setCertifiedData(HexFormat.of().parseHex(prop(p, "certified_data", metaFile)));
            List<Principal> controllers = new ArrayList<>();
            for (String c : prop(p, "controllers", metaFile).split(",")) {
                if (!c.isBlank()) {
                    controllers.add(Principal.fromText(c.trim()));
                }
            }
            meta.setControllers(controllers);
            java.util.Map<String, String> env = new java.util.TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(ENV_PREFIX)) {
                    env.put(key.substring(ENV_PREFIX.length()), p.getProperty(key));
                }
            }
            meta.setEnvVars(env);
            byte[] heap = readChecked(version.resolve("heap.bin"), p, "heap");
            long[] globals = parseGlobals(readChecked(version.resolve("globals.bin"), p, "globals"),
                    version.resolve("globals.bin"));
            StableMemory stable = parseStable(readChecked(version.resolve("stable.bin"), p, "stable"),
                    version.resolve("stable.bin"));
            return new CanisterSnapshot(name, prop(p, "module_hash", metaFile), meta, heap, globals, stable);
        } catch (IllegalArgumentException e) {
            throw new StateException("state of canister " + name + " is corrupt: " + metaFile + ": " + e.getMessage(), e);
        }
    }

    /** The metadata file alone, for listing without loading memories. */
    public Properties loadMeta(String name) {
        Path dir = canisterDir(name);
        String pointer = new String(readAll(dir.resolve("current")), StandardCharsets.US_ASCII).trim();
        Path metaFile = dir.resolve(pointer).resolve("meta.properties");
        Properties p = readProperties(metaFile);
        checkFormat(p, metaFile);
        return p;
    }

    // ---- helpers ----

    private static Properties metaProperties(CanisterSnapshot s) {
        Properties p = new Properties();
        CanisterMetadata m = s.metadata();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("name", s.name());
        p.setProperty("id", m.id().toText());
        p.setProperty("module_hash", s.moduleHash());
        p.setProperty("version", Long.toString(m.version()));
        p.setProperty("cycles", m.cycles().toString());
        p.setProperty("status", Integer.toString(m.status()));
        p.setProperty("global_timer", Long.toString(m.globalTimer()));
        p.setProperty("certified_data", HexFormat.of().formatHex(m.certifiedData()));
        StringBuilder controllers = new StringBuilder();
        for (Principal c : m.controllers()) {
            controllers.append(controllers.length() == 0 ? "" : ",").append(c.toText());
        }
        p.setProperty("controllers", controllers.toString());
        for (java.util.Map.Entry<String, String> e : m.envVars().entrySet()) {
            p.setProperty(ENV_PREFIX + e.getKey(), e.getValue());
        }
        p.setProperty("heap.pages", Long.toString(s.heap().length / 65536));
        p.setProperty("stable.pages", Long.toString(s.stable().sizePages()));
        return p;
    }

    private static void putFile(Properties p, String key, AtomicFiles.Written w) {
        p.setProperty(key + ".size", Long.toString(w.length()));
        p.setProperty(key + ".crc32", Long.toString(w.crc32()));
    }

    private static byte[] readChecked(Path file, Properties p, String key) {
        byte[] bytes = readAll(file);
        long size = longProp(p, key + ".size", file);
        if (bytes.length != size) {
            throw new StateException("state file " + file + " is truncated or corrupt: " + bytes.length
                    + " bytes, expected " + size);
        }
        if (AtomicFiles.crc32(bytes) != longProp(p, key + ".crc32", file)) {
            throw new StateException("state file " + file + " is corrupt: its CRC32 does not match meta.properties");
        }
        return bytes;
    }

    private static long[] parseGlobals(byte[] bytes, Path file) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            expectMagic(in, GLOBALS_MAGIC, file);
            int n = in.readInt();
            if (n < 0 || n > 4096) {
                throw new StateException("state file " + file + " is corrupt: " + n + " globals");
            }
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = in.readLong();
            }
            return out;
        } catch (IOException e) {
            throw new StateException("state file " + file + " is truncated: " + e.getMessage(), e);
        }
    }

    private static StableMemory parseStable(byte[] bytes, Path file) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            expectMagic(in, STABLE_MAGIC, file);
            StableMemory stable = new StableMemory();
            stable.resetTo(in.readLong());
            int index;
            while ((index = in.readInt()) != -1) {
                byte[] page = new byte[StableMemory.PAGE_SIZE];
                in.readFully(page);
                stable.putPage(index, page);
            }
            return stable;
        } catch (EOFException e) {
            throw new StateException("state file " + file + " is truncated", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new StateException("state file " + file + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static void expectMagic(DataInputStream in, byte[] magic, Path file) throws IOException {
        byte[] actual = new byte[magic.length];
        in.readFully(actual);
        if (!Arrays.equals(actual, magic)) {
            throw new StateException("state file " + file + " is corrupt: it does not start with "
                    + new String(magic, StandardCharsets.US_ASCII));
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StateException("state file " + file + " is missing");
        } catch (IOException e) {
            throw new StateException("cannot read state file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Properties readProperties(Path file) {
        String text = new String(readAll(file), StandardCharsets.UTF_8);
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new StateException("state file " + file + " is corrupt: " + e.getMessage(), e);
        }
        return p;
    }

    private static byte[] propertiesBytes(Properties p) throws IOException {
        // Sorted and without the date comment, so that equal states give equal files.
        StringWriter w = new StringWriter();
        for (var e : new TreeMap<>(p).entrySet()) {
            w.write(e.getKey() + "=" + escape(String.valueOf(e.getValue())) + "\n");
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        StringWriter w = new StringWriter();
        Properties single = new Properties();
        single.setProperty("k", value);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            single.store(out, null);
            String stored = out.toString(StandardCharsets.ISO_8859_1);
            for (String line : stored.split("\n")) {
                if (line.startsWith("k=")) {
                    w.write(line.substring(2).replace("\r", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return w.toString();
    }

    private static void checkFormat(Properties p, Path file) {
        long format = longProp(p, "format", file);
        if (format != FORMAT) {
            throw new StateException("state file " + file + " has format " + format + ", this JCDK reads format "
                    + FORMAT);
        }
    }

    private static String prop(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new StateException("state file " + file + " is truncated or corrupt: it has no '" + key + "'");
        }
        return v;
    }

    private static long longProp(Properties p, String key, Path file) {
        String v = prop(p, key, file);
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new StateException("state file " + file + " is corrupt: '" + key + "' is '" + abbreviate(v)
                    + "', not a number");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static java.util.Optional<Long> currentVersion(Path dir) throws IOException {
        Path current = dir.resolve("current");
        if (!Files.exists(current)) {
            return java.util.Optional.empty();
        }
        String pointer = Files.readString(current, StandardCharsets.US_ASCII).trim();
        if (!pointer.matches("v[0-9]{1,18}")) {
            throw new StateException("state of canister in " + dir + " is corrupt: current contains '"
                    + abbreviate(pointer) + "'");
        }
        return java.util.Optional.of(Long.parseLong(pointer.substring(1)));
    }

    private static void removeOtherVersions(Path dir, String keep) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path e : (Iterable<Path>) entries::iterator) {
                String n = e.getFileName().toString();
                if (n.matches("v[0-9]+") && !n.equals(keep)) {
                    deleteTree(e);
                }
            }
        }
    }

    /** Removes a canister's state entirely (used by tests and future uninstall). */
    public void delete(String name) {
        try {
            Path dir = canisterDir(name);
            // Removing the pointer first is the commit point: a kill during the rest leaves no half canister.
            if (Files.deleteIfExists(dir.resolve("current"))) {
                AtomicFiles.syncDirectory(dir);
            }
            deleteTree(dir);
        } catch (IOException e) {
            throw new StateException("cannot delete canister " + name + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(x);
            }
        }
    }
}
