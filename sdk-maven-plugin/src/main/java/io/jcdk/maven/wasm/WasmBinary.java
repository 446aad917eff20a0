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
