package io.jcdk.maven.wasm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A Wasm module as its list of sections, enough to rewrite the export section and add custom sections without
 * touching code: function indices never change, so nothing needs renumbering.
 */
public final class WasmBinary {
    public static final int CUSTOM = 0;
    public static final int IMPORT = 2;
    public static final int EXPORT = 7;
    private static final byte[] HEADER = {0, 'a', 's', 'm', 1, 0, 0, 0};

    /** One section: its id and its content bytes (without id and size). */
    public record Section(int id, byte[] content) {
    }

    /** One export entry. */
    public record Export(String name, int kind, long index) {
        public static final int FUNCTION = 0;
    }

    /** One import entry (functions only carry a type index; other kinds are listed with index -1). */
    public record Import(String module, String name, int kind) {
    }

    private final List<Section> sections;

    private WasmBinary(List<Section> sections) {
        this.sections = sections;
    }

    public static WasmBinary parse(byte[] bytes) {
        if (bytes.length < 8) {
            throw new IllegalArgumentException("not a Wasm module: " + bytes.length + " bytes");
        }
        for (int i = 0; i < 8; i++) {
            if (bytes[i] != HEADER[i]) {
                throw new IllegalArgumentException("not a Wasm 1.0 module: bad magic or version");
            }
        }
        ByteReader in = new ByteReader(bytes, 8);
        List<Section> sections = new ArrayList<>();
        while (in.hasMore()) {
            int id = in.readByte();
            int size = (int) in.readU32();
            sections.add(new Section(id, in.readBytes(size)));
        }
        return new WasmBinary(sections);
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    public List<Export> exports() {
        List<Export> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.id() == EXPORT) {
                ByteReader in = new ByteReader(s.content(), 0);
                long count = in.readU32();
                for (long i = 0; i < count; i++) {
                    String name = in.readName();
                    int kind = in.readByte();
                    out.add(new Export(name, kind, in.readU32()));
                }
            }
        }
        return out;
    }

    public List<Import> imports() {
        List<Import> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.id() == IMPORT) {
                ByteReader in = new ByteReader(s.content(), 0);
                long count = in.readU32();
                for (long i = 0; i < count; i++) {
                    String module = in.readName();
                    String name = in.readName();
                    int kind = in.readByte();
                    out.add(new Import(module, name, kind));
                    skipImportDescription(in, kind);
                }
            }
        }
        return out;
    }

    private static void skipImportDescription(ByteReader in, int kind) {
        switch (kind) {
            case 0 -> in.readU32(); // function: type index
            case 1 -> { // table: element type, limits
                in.readByte();
                skipLimits(in);
            }
            case 2 -> skipLimits(in); // memory
            case 3 -> { // global: value type, mutability
                in.readByte();
                in.readByte();
            }
            default -> throw new IllegalArgumentException("unknown import kind " + kind);
        }
    }

    private static void skipLimits(ByteReader in) {
        int flags = in.readByte();
        in.readU32();
        if ((flags & 1) != 0) {
            in.readU32();
        }
    }

    /** The content of the custom section {@code name}, or null. */
    public byte[] customSection(String name) {
        for (Section s : sections) {
            if (s.id() == CUSTOM) {
                ByteReader in = new ByteReader(s.content(), 0);
                if (name.equals(in.readName())) {
                    return in.readBytes(s.content().length - in.pos);
                }
            }
        }
        return null;
    }

    /** Replaces the export section with {@code exports} (in that order). */
    public void setExports(List<Export> exports) {
        ByteWriter out = new ByteWriter();
        out.writeU32(exports.size());
        for (Export e : exports) {
            out.writeName(e.name());
            out.writeByte(e.kind());
            out.writeU32(e.index());
        }
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() == EXPORT) {
                sections.set(i, new Section(EXPORT, out.toByteArray()));
                return;
            }
        }
        throw new IllegalStateException("module has no export section");
    }

    /** Appends a custom section (replacing one of the same name). */
    public void putCustomSection(String name, byte[] content) {
        sections.removeIf(s -> s.id() == CUSTOM && name.equals(customName(s)));
        ByteWriter out = new ByteWriter();
        out.writeName(name);
        out.writeBytes(content);
        sections.add(new Section(CUSTOM, out.toByteArray()));
    }

    /** Removes custom sections whose name starts with {@code prefix} (such as TeaVM's debug names). */
    public void removeCustomSections(String prefix) {
        sections.removeIf(s -> s.id() == CUSTOM && customName(s).startsWith(prefix));
    }

    public static final int DATA = 11;
    public static final int DATA_COUNT = 12;

    /**
     * Leaves out of the active data segments every run of at least {@code minZeroRun} zero bytes, splitting a
     * segment around each such run: a module's linear memory starts zeroed, so the bytes need not be in the
     * module. TeaVM writes its whole static area (class structures, static fields, string constants) as one segment
     * that is about 80% zeros. Only segments of the form {@code (i32.const offset)} into memory 0 that overlap no
     * other segment are split (an overlapping one may need its zeros to overwrite an earlier one's bytes); a data
     * count section is updated. Returns the number of bytes saved (0 when nothing changed).
     */
    public int dropZeroRunsFromData(int minZeroRun) {
        if (minZeroRun < 1) {
            throw new IllegalArgumentException("minZeroRun must be positive");
        }
        int index = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() == DATA) {
                index = i;
            }
        }
        if (index < 0) {
            return 0;
        }
        byte[] old = sections.get(index).content();
        ByteReader in = new ByteReader(old, 0);
        long count = in.readU32();
        List<long[]> ranges = new ArrayList<>(); // start, end of active constant-offset segments
        List<Object[]> segments = new ArrayList<>(); // {Long offset or null, byte[] raw encoding or payload}
        for (long k = 0; k < count; k++) {
            int start = in.pos;
            int flag = (int) in.readU32();
            if (flag == 0 && in.peek() == 0x41) {
                in.readByte();
                long offset = in.readS32() & 0xffffffffL;
                if (in.readByte() != 0x0b) {
                    return 0; // not a constant expression we know
                }
                byte[] payload = in.readBytes((int) in.readU32());
                segments.add(new Object[] {offset, payload});
                ranges.add(new long[] {offset, offset + payload.length});
            } else {
                // passive or other forms: copy as they are
                if (flag == 1) {
                    in.readBytes((int) in.readU32());
                } else {
                    return 0;
                }
                segments.add(new Object[] {null, java.util.Arrays.copyOfRange(old, start, in.pos)});
            }
        }
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
                return 0;
            }
        }
        ByteWriter body = new ByteWriter();
        long newCount = 0;
        for (Object[] segment : segments) {
            if (segment[0] == null) {
                body.writeBytes((byte[]) segment[1]);
                newCount++;
                continue;
            }
            long offset = (Long) segment[0];
            byte[] payload = (byte[]) segment[1];
            int pos = 0;
            int n = payload.length;
            while (pos < n) {
                while (pos < n && payload[pos] == 0) {
                    pos++; // leading zeros of what is left
                }
                if (pos == n) {
                    break;
                }
                int end = pos;
                int zeros = 0;
                while (end < n) {
                    if (payload[end] == 0) {
                        zeros++;
                        if (zeros >= minZeroRun) {
                            end++;
                            break;
                        }
                    } else {
                        zeros = 0;
                    }
                    end++;
                }
                int last = end - zeros; // exclusive end of the piece, without the zeros that follow it
                body.writeU32(0);
                body.writeByte(0x41);
                body.writeS32((int) (offset + pos));
                body.writeByte(0x0b);
                body.writeU32(last - pos);
                body.out.write(payload, pos, last - pos);
                newCount++;
                pos = end;
            }
        }
        ByteWriter section = new ByteWriter();
        section.writeU32(newCount);
        section.writeBytes(body.toByteArray());
        byte[] replaced = section.toByteArray();
        if (replaced.length >= old.length) {
            return 0;
        }
        sections.set(index, new Section(DATA, replaced));
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() == DATA_COUNT) {
                ByteWriter c = new ByteWriter();
                c.writeU32(newCount);
                sections.set(i, new Section(DATA_COUNT, c.toByteArray()));
            }
        }
        return old.length - replaced.length;
    }

    public static String customName(Section s) {
        return new ByteReader(s.content(), 0).readName();
    }

    public byte[] toBytes() {
        ByteWriter out = new ByteWriter();
        out.writeBytes(HEADER);
        for (Section s : sections) {
            out.writeByte(s.id());
            out.writeU32(s.content().length);
            out.writeBytes(s.content());
        }
        return out.toByteArray();
    }

    static final class ByteReader {
        private final byte[] data;
        private int pos;

        ByteReader(byte[] data, int pos) {
            this.data = data;
            this.pos = pos;
        }

        int peek() {
            if (pos >= data.length) {
                throw new IllegalArgumentException("truncated Wasm module at byte " + pos);
            }
            return data[pos] & 0xff;
        }

        int readS32() {
            long result = 0;
            int shift = 0;
            int b;
            do {
                b = readByte();
                result |= (long) (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0 && shift < 35);
            if (shift < 64 && (b & 0x40) != 0) {
                result |= -1L << shift;
            }
            return (int) result;
        }

        boolean hasMore() {
            return pos < data.length;
        }

        int readByte() {
            if (pos >= data.length) {
                throw new IllegalArgumentException("truncated Wasm module at byte " + pos);
            }
            return data[pos++] & 0xff;
        }

        long readU32() {
            long result = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readByte();
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new IllegalArgumentException("malformed LEB128 at byte " + pos);
        }

        byte[] readBytes(int n) {
            if (n < 0 || n > data.length - pos) {
                throw new IllegalArgumentException("truncated Wasm module: " + n + " bytes wanted at byte " + pos);
            }
            byte[] out = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return out;
        }

        String readName() {
            return new String(readBytes((int) readU32()), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static final class ByteWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void writeByte(int b) {
            out.write(b);
        }

        void writeU32(long value) {
            do {
                int b = (int) (value & 0x7f);
                value >>>= 7;
                out.write(value != 0 ? b | 0x80 : b);
            } while (value != 0);
        }

        void writeS32(int value) {
            long v = value;
            while (true) {
                int b = (int) (v & 0x7f);
                v >>= 7;
                boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
                out.write(done ? b : b | 0x80);
                if (done) {
                    return;
                }
            }
        }

        void writeBytes(byte[] bytes) {
            out.write(bytes, 0, bytes.length);
        }

        void writeName(String name) {
            byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            writeU32(bytes.length);
            writeBytes(bytes);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
