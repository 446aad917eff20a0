package io.jcdk.runtime.state;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.memory.PagedMemory;
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
import java.util.BitSet;
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
 * replica.properties                   format, time (ns), next canister index
 * modules/&lt;sha256&gt;.wasm               installed modules, content-addressed
 * compiled/                            Chicory's compiled classes per module (a cache)
 * canisters/&lt;name&gt;/current             "v&lt;n&gt;": the committed version
 * canisters/&lt;name&gt;/v&lt;n&gt;.meta           metadata, memory sizes, mutable globals, and the page files that make
 *                                      up the memories, each with its size and CRC32
 * canisters/&lt;name&gt;/s&lt;k&gt;.pages          page file: 64 KiB heap and stable-memory pages (immutable once written)
 * </pre>
 *
 * The memories of a version are a base page file (every non-zero page) followed by delta page files (the pages
 * that changed since the save before, as the memories' journals report them), applied in order. A save writes one
 * page file: a delta when the memories are the ones saved or loaded last and their changes are known, otherwise a
 * new base. It compacts: after {@value #MAX_DELTAS} deltas they are merged into one, and when the merged delta would
 * be as large as half the base, a new base is written instead; so a save costs what the message changed, amortized.
 *
 * <p>A save writes the page file and the new {@code v<n>.meta}, fsyncs them and the directory, then atomically
 * replaces {@code current} (the commit point), then removes files no longer referenced. A process killed at any
 * point leaves the previous version readable; page files are never modified, only added and removed. The format 1
 * layout (a directory {@code v<n>/} with whole-memory files) is still read, and replaced at the next save.
 */
public final class StateStore {
    static final int FORMAT = 2;
    /** Format of replica.properties and of format 1 canister versions (directories). */
    static final int FORMAT_1 = 1;
    public static final int MAX_DELTAS = 8;
    private static final byte[] PAGES_MAGIC = "JCDKPGS1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAP = 0;
    private static final int STABLE = 1;
    private static final int END = 0xff;
    private static final Pattern VERSION_META = Pattern.compile("v([0-9]{1,18})\\.meta");
    private static final Pattern PAGE_FILE = Pattern.compile("s[0-9]{1,18}\\.pages");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final String ENV_PREFIX = "env.";
    private static final byte[] STABLE_MAGIC = "JCDKSTB1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GLOBALS_MAGIC = "JCDKGLB1".getBytes(StandardCharsets.US_ASCII);

    private final Path root;
    /** What this store last saved or loaded for each canister, so that the next save can be a delta. */
    private final java.util.Map<String, Chain> chains = new java.util.HashMap<>();

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
        checkFormat(p, file, FORMAT_1);
        return java.util.Optional.of(new ReplicaState(longProp(p, "time", file), longProp(p, "next_canister_index", file)));
    }

    public void saveReplica(ReplicaState state) {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT_1));
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

    /** Saves a new committed version of the canister from whole-memory contents (always a new base). */
    public void save(CanisterSnapshot s) {
        save(s.name(), s.moduleHash(), s.metadata(), s.globals(), new ByteArrayPages(s.heap()), s.stable());
    }

    /**
     * Saves a new committed version of the canister: only the pages that changed since the last save or load when
     * these are the memories saved or loaded last (see {@link #attach}) and they know their changes, otherwise all.
     * Marks both memories clean once the version is committed.
     *
     * @param heap the linear memory, or null when the canister has none
     */
    public void save(String name, String moduleHash, CanisterMetadata metadata, long[] globals, PagedMemory heap,
            PagedMemory stable) {
        Path dir = canisterDir(name);
        createLayout();
        try {
            Files.createDirectories(dir);
            long previous = currentVersion(dir).orElse(0L);
            long next = previous + 1;
            Chain old = chains.get(name);
            boolean knownChanges = old != null && old.version == previous && old.heapOwner == heap
                    && old.stableOwner == stable && (heap == null || !heap.allDirty()) && !stable.allDirty();
            Chain chain;
            String file = "s" + next + ".pages";
            Path pageFile = dir.resolve(file);
            long heapSize = heap == null ? 0 : heap.sizePages();
            long stableSize = stable.sizePages();
            if (knownChanges && old.deltas.size() < MAX_DELTAS) {
                // Pages beyond the sizes of the previous version were zero there, so zero ones need no record.
                BitSet heapPages = heap == null ? new BitSet() : heap.dirtyPages();
                Segment delta = writePages(pageFile, heap, heapPages, old.heapSize, stable, stable.dirtyPages(),
                        old.stableSize);
                chain = old.withDelta(next, delta, heapPages, stable.dirtyPages(), heapSize, stableSize);
            } else if (knownChanges) {
                BitSet heapPages = (BitSet) old.heapInDeltas.clone();
                BitSet stablePages = (BitSet) old.stableInDeltas.clone();
                if (heap != null) {
                    heapPages.or(heap.dirtyPages());
                }
                stablePages.or(stable.dirtyPages());
                if ((heapPages.cardinality() + (long) stablePages.cardinality()) * PAGE >= old.base.payload / 2) {
                    chain = Chain.base(next, writeBase(pageFile, heap, stable), heapSize, stableSize);
                } else {
                    Segment merged = writePages(pageFile, heap, heapPages, old.baseHeapSize, stable, stablePages,
                            old.baseStableSize);
                    chain = Chain.base(next, old.base, old.baseHeapSize, old.baseStableSize)
                            .withDelta(next, merged, heapPages, stablePages, heapSize, stableSize);
                }
            } else {
                chain = Chain.base(next, writeBase(pageFile, heap, stable), heapSize, stableSize);
            }
            Properties p = metaProperties(name, moduleHash, metadata);
            p.setProperty("heap.pages", Long.toString(heapSize));
            p.setProperty("stable.pages", Long.toString(stableSize));
            p.setProperty("base.heap.pages", Long.toString(chain.baseHeapSize));
            p.setProperty("base.stable.pages", Long.toString(chain.baseStableSize));
            StringBuilder g = new StringBuilder();
            for (long v : globals) {
                g.append(g.length() == 0 ? "" : ",").append(v);
            }
            p.setProperty("globals", g.toString());
            p.setProperty("segments", chain.describe());
            AtomicFiles.writeDurably(dir.resolve("v" + next + ".meta"), out -> out.write(propertiesBytes(p)));
            AtomicFiles.syncDirectory(dir);
            // The commit point: from here on, readers see the new version.
            AtomicFiles.replace(dir.resolve("current"), ("v" + next + "\n").getBytes(StandardCharsets.US_ASCII));
            chain.heapOwner = heap;
            chain.stableOwner = stable;
            chains.put(name, chain);
            if (heap != null) {
                heap.markClean();
            }
            stable.markClean();
            removeUnreferenced(dir, chain);
        } catch (IOException e) {
            chains.remove(name);
            throw new StateException("cannot save canister " + name + " to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Declares that these memories now hold exactly the canister's last loaded (or saved) version, so that the next
     * {@link #save} writes only what changes from here; marks them clean.
     */
    public void attach(String name, PagedMemory heap, PagedMemory stable) {
        Chain chain = chains.get(name);
        if (chain == null) {
            return;
        }
        chain.heapOwner = heap;
        chain.stableOwner = stable;
        if (heap != null) {
            heap.markClean();
        }
        stable.markClean();
    }

    private static final int PAGE = PagedMemory.PAGE_BYTES;

    /** A base: every non-zero page of both memories. */
    private static Segment writeBase(Path file, PagedMemory heap, PagedMemory stable) throws IOException {
        BitSet all = new BitSet();
        if (heap != null) {
            all.set(0, (int) heap.sizePages());
        }
        BitSet allStable = new BitSet();
        allStable.set(0, (int) stable.sizePages());
        return writePages(file, heap, all, 0, stable, allStable, 0);
    }

    /** Writes the given pages; all-zero pages from index {@code heapZerosFrom} (or stableZerosFrom) on are left out. */
    private static Segment writePages(Path file, PagedMemory heap, BitSet heapPages, long heapZerosFrom,
            PagedMemory stable, BitSet stablePages, long stableZerosFrom) throws IOException {
        long[] payload = {0};
        AtomicFiles.Written w = AtomicFiles.writeDurably(file, out -> {
            DataOutputStream d = new DataOutputStream(out);
            d.write(PAGES_MAGIC);
            byte[] page = new byte[PAGE];
            for (int kind = HEAP; kind <= STABLE; kind++) {
                PagedMemory m = kind == HEAP ? heap : stable;
                BitSet pages = kind == HEAP ? heapPages : stablePages;
                if (m == null) {
                    continue;
                }
                for (int i = pages.nextSetBit(0); i >= 0 && i < m.sizePages(); i = pages.nextSetBit(i + 1)) {
                    if (!m.copyPage(i, page) && i >= (kind == HEAP ? heapZerosFrom : stableZerosFrom)) {
                        continue;
                    }
                    d.writeByte(kind);
                    d.writeInt(i);
                    d.write(page);
                    payload[0] += PAGE;
                }
            }
            d.writeByte(END);
            d.flush();
        });
        return new Segment(file.getFileName().toString(), w.length(), w.crc32(), payload[0]);
    }

    public CanisterSnapshot load(String name) {
        Path dir = canisterDir(name);
        String pointer = pointer(dir, name);
        if (Files.isDirectory(dir.resolve(pointer))) {
            chains.remove(name);
            return loadV1(name, dir.resolve(pointer));
        }
        Path metaFile = dir.resolve(pointer + ".meta");
        Properties p = readProperties(metaFile);
        checkFormat(p, metaFile, FORMAT);
        try {
            CanisterMetadata meta = readMetadata(p, metaFile);
            long heapPages = longProp(p, "heap.pages", metaFile);
            long stablePages = longProp(p, "stable.pages", metaFile);
            if (heapPages < 0 || heapPages * PAGE > Integer.MAX_VALUE - 8) {
                throw new StateException("state file " + metaFile + " is corrupt: heap.pages is " + heapPages);
            }
            byte[] heap = new byte[(int) heapPages * PAGE];
            StableMemory stable = new StableMemory();
            stable.resetTo(stablePages);
            long[] globals = parseGlobalList(prop(p, "globals", metaFile), metaFile);
            long baseHeap = longProp(p, "base.heap.pages", metaFile);
            long baseStable = longProp(p, "base.stable.pages", metaFile);
            Chain chain = null;
            long version = Long.parseLong(pointer.substring(1));
            for (Segment seg : Segment.parseList(prop(p, "segments", metaFile), metaFile)) {
                Path file = dir.resolve(seg.file);
                byte[] bytes = readAll(file);
                if (bytes.length != seg.size) {
                    throw new StateException("state file " + file + " is truncated or corrupt: " + bytes.length
                            + " bytes, expected " + seg.size);
                }
                if (AtomicFiles.crc32(bytes) != seg.crc32) {
                    throw new StateException("state file " + file + " is corrupt: its CRC32 does not match "
                            + metaFile.getFileName());
                }
                BitSet heapSeen = new BitSet();
                BitSet stableSeen = new BitSet();
                applyPages(bytes, file, heap, stable, heapSeen, stableSeen);
                chain = chain == null ? Chain.base(version, seg, baseHeap, baseStable)
                        : chain.withDelta(version, seg, heapSeen, stableSeen, heapPages, stablePages);
            }
            if (chain == null) {
                throw new StateException("state file " + metaFile + " is corrupt: it lists no page files");
            }
            chains.put(name, chain);
            return new CanisterSnapshot(name, prop(p, "module_hash", metaFile), meta, heap, globals, stable);
        } catch (IllegalArgumentException e) {
            throw new StateException("state of canister " + name + " is corrupt: " + metaFile + ": " + e.getMessage(),
                    e);
        }
    }

    private static void applyPages(byte[] bytes, Path file, byte[] heap, StableMemory stable, BitSet heapSeen,
            BitSet stableSeen) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            expectMagic(in, PAGES_MAGIC, file);
            int kind;
            while ((kind = in.readUnsignedByte()) != END) {
                int index = in.readInt();
                if (kind == HEAP) {
                    if (index < 0 || (long) (index + 1) * PAGE > heap.length) {
                        throw new StateException("state file " + file + " is corrupt: heap page " + index
                                + " outside a heap of " + heap.length / PAGE + " pages");
                    }
                    in.readFully(heap, index * PAGE, PAGE);
                    heapSeen.set(index);
                } else if (kind == STABLE) {
                    byte[] page = new byte[PAGE];
                    in.readFully(page);
                    stable.putPage(index, page);
                    stableSeen.set(index);
                } else {
                    throw new StateException("state file " + file + " is corrupt: unknown page kind " + kind);
                }
            }
        } catch (EOFException e) {
            throw new StateException("state file " + file + " is truncated", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new StateException("state file " + file + " is corrupt: " + e.getMessage(), e);
        }
    }

    /** Format 1: a version directory with whole-memory files. */
    private CanisterSnapshot loadV1(String name, Path version) {
        Path metaFile = version.resolve("meta.properties");
        Properties p = readProperties(metaFile);
        checkFormat(p, metaFile, FORMAT_1);
        try {
            CanisterMetadata meta = readMetadata(p, metaFile);
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

    private static CanisterMetadata readMetadata(Properties p, Path metaFile) {
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
        return meta;
    }

    private String pointer(Path dir, String name) {
        Path current = dir.resolve("current");
        String pointer = new String(readAll(current), StandardCharsets.US_ASCII).trim();
        if (!pointer.matches("v[0-9]{1,18}")) {
            throw new StateException("state of canister " + name + " is corrupt: " + current + " contains '"
                    + abbreviate(pointer) + "', expected v<number>");
        }
        return pointer;
    }

    /** The metadata file alone, for listing without loading memories. */
    public Properties loadMeta(String name) {
        Path dir = canisterDir(name);
        String pointer = pointer(dir, name);
        boolean v1 = Files.isDirectory(dir.resolve(pointer));
        Path metaFile = v1 ? dir.resolve(pointer).resolve("meta.properties") : dir.resolve(pointer + ".meta");
        Properties p = readProperties(metaFile);
        checkFormat(p, metaFile, v1 ? FORMAT_1 : FORMAT);
        return p;
    }

    /** A page file of a version: name, size and CRC32 of the file, and the page bytes it holds. */
    private record Segment(String file, long size, long crc32, long payload) {
        String describe() {
            return file + ":" + size + ":" + crc32 + ":" + payload;
        }

        static List<Segment> parseList(String text, Path metaFile) {
            List<Segment> out = new ArrayList<>();
            for (String item : text.split(",")) {
                String[] f = item.trim().split(":");
                if (f.length != 4 || !PAGE_FILE.matcher(f[0]).matches()) {
                    throw new StateException("state file " + metaFile + " is corrupt: bad page file entry '"
                            + abbreviate(item) + "'");
                }
                try {
                    out.add(new Segment(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
                } catch (NumberFormatException e) {
                    throw new StateException("state file " + metaFile + " is corrupt: bad page file entry '"
                            + abbreviate(item) + "'");
                }
            }
            return out;
        }
    }

    /** The page files of one committed version, and which memories they describe. */
    private static final class Chain {
        final long version;
        final Segment base;
        final List<Segment> deltas;
        final BitSet heapInDeltas;
        final BitSet stableInDeltas;
        /** Memory sizes (pages) at this version and at its base. */
        final long heapSize;
        final long stableSize;
        final long baseHeapSize;
        final long baseStableSize;
        Object heapOwner;
        Object stableOwner;

        private Chain(long version, Segment base, List<Segment> deltas, BitSet heapInDeltas, BitSet stableInDeltas,
                long heapSize, long stableSize, long baseHeapSize, long baseStableSize) {
            this.heapSize = heapSize;
            this.stableSize = stableSize;
            this.baseHeapSize = baseHeapSize;
            this.baseStableSize = baseStableSize;
            this.version = version;
            this.base = base;
            this.deltas = deltas;
            this.heapInDeltas = heapInDeltas;
            this.stableInDeltas = stableInDeltas;
        }

        static Chain base(long version, Segment base, long heapSize, long stableSize) {
            return new Chain(version, base, List.of(), new BitSet(), new BitSet(), heapSize, stableSize, heapSize,
                    stableSize);
        }

        Chain withDelta(long newVersion, Segment delta, BitSet heapPages, BitSet stablePages, long newHeapSize,
                long newStableSize) {
            List<Segment> d = new ArrayList<>(deltas);
            d.add(delta);
            BitSet h = (BitSet) heapInDeltas.clone();
            h.or(heapPages);
            BitSet st = (BitSet) stableInDeltas.clone();
            st.or(stablePages);
            return new Chain(newVersion, base, List.copyOf(d), h, st, newHeapSize, newStableSize, baseHeapSize,
                    baseStableSize);
        }

        List<String> files() {
            List<String> f = new ArrayList<>();
            f.add(base.file());
            deltas.forEach(d -> f.add(d.file()));
            return f;
        }

        String describe() {
            StringBuilder sb = new StringBuilder(base.describe());
            deltas.forEach(d -> sb.append(',').append(d.describe()));
            return sb.toString();
        }
    }

    /** Whole-memory contents as pages; always "all changed". */
    private record ByteArrayPages(byte[] bytes) implements PagedMemory {
        @Override
        public long sizePages() {
            return bytes.length / PAGE;
        }

        @Override
        public boolean allDirty() {
            return true;
        }

        @Override
        public BitSet dirtyPages() {
            return new BitSet();
        }

        @Override
        public void markClean() {
        }

        @Override
        public boolean copyPage(int index, byte[] dst) {
            System.arraycopy(bytes, index * PAGE, dst, 0, PAGE);
            return !Arrays.equals(bytes, index * PAGE, (index + 1) * PAGE, new byte[PAGE], 0, PAGE);
        }
    }

    // ---- helpers ----

    private static Properties metaProperties(String name, String moduleHash, CanisterMetadata m) {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("name", name);
        p.setProperty("id", m.id().toText());
        p.setProperty("module_hash", moduleHash);
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
        return p;
    }

    private static long[] parseGlobalList(String text, Path file) {
        if (text.isBlank()) {
            return new long[0];
        }
        String[] parts = text.split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Long.parseLong(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new StateException("state file " + file + " is corrupt: global '" + abbreviate(parts[i])
                        + "' is not a number");
            }
        }
        return out;
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

    private static void checkFormat(Properties p, Path file, int expected) {
        long format = longProp(p, "format", file);
        if (format != expected) {
            throw new StateException("state file " + file + " has format " + format + ", this JCDK reads format "
                    + expected + " there");
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

    /** Removes old versions, unreferenced page files and leftovers of killed writes. */
    private static void removeUnreferenced(Path dir, Chain keep) throws IOException {
        java.util.Set<String> keepNames = new java.util.HashSet<>(keep.files());
        keepNames.add("v" + keep.version + ".meta");
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path e : (Iterable<Path>) entries::iterator) {
                String n = e.getFileName().toString();
                boolean ours = n.matches("v[0-9]+") || VERSION_META.matcher(n).matches()
                        || PAGE_FILE.matcher(n).matches() || n.endsWith(".tmp");
                if (ours && !keepNames.contains(n)) {
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
