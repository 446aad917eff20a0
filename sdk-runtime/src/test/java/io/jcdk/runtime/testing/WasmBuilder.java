package io.jcdk.runtime.testing;

import io.jcdk.spec.Ic0Function;
import io.jcdk.spec.Ic0Spec;
import io.jcdk.spec.WasmValueType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A tiny Wasm binary writer for test canisters (no wat2wasm for Chicory 1.7.5 offline). */
public final class WasmBuilder {
    public static final int I32 = 0x7f;
    public static final int I64 = 0x7e;

    private final List<byte[]> types = new ArrayList<>();
    private final ByteArrayOutputStream imports = new ByteArrayOutputStream();
    private int importCount;
    private final List<Integer> functionTypes = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private final ByteArrayOutputStream exports = new ByteArrayOutputStream();
    private int exportCount;
    private final ByteArrayOutputStream globals = new ByteArrayOutputStream();
    private int globalCount;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private int dataCount;
    private final List<byte[]> customs = new ArrayList<>();
    private byte[] memory;
    private Integer start;

    /** Imports ic0.name with the signature the spec gives it; returns the function index. */
    public int importIc0(String name) {
        Ic0Function f = Ic0Spec.get().find(name).orElseThrow();
        return importFunction("ic0", name, codes(f.params32()), codes(f.results32()));
    }

    public int importFunction(String module, String name, int[] params, int[] results) {
        if (!functionTypes.isEmpty()) {
            throw new IllegalStateException("declare imports before functions");
        }
        str(imports, module);
        str(imports, name);
        imports.write(0);
        u32(imports, type(params, results));
        return importCount++;
    }

    public void importMemory(String module, String name) {
        str(imports, module);
        str(imports, name);
        imports.write(2);
        imports.write(0);
        u32(imports, 1);
        memoryImports++;
    }

    /** Adds a function of type () -> (); exported under exportName unless null. Returns its index. */
    public int function(String exportName, Consumer<Code> body) {
        return function(exportName, new int[0], new int[0], body);
    }

    public int function(String exportName, int[] params, int[] results, Consumer<Code> body) {
        functionTypes.add(type(params, results));
        Code c = new Code();
        body.accept(c);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        u32(b, 0); // no locals
        b.writeBytes(c.out.toByteArray());
        b.write(0x0b);
        bodies.add(b.toByteArray());
        int index = importCount + functionTypes.size() - 1;
        if (exportName != null) {
            export(exportName, index);
        }
        return index;
    }

    public void export(String name, int functionIndex) {
        str(exports, name);
        exports.write(0);
        u32(exports, functionIndex);
        exportCount++;
    }

    public WasmBuilder memory(int minPages, int maxPages) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(1);
        b.write(0x01);
        u32(b, minPages);
        u32(b, maxPages);
        memory = b.toByteArray();
        return this;
    }

    /** A mutable global with the given type and initial value; returns its index. */
    public int mutableGlobal(int valType, long initial) {
        globals.write(valType);
        globals.write(1);
        globals.write(valType == I32 ? 0x41 : 0x42);
        s64(globals, initial);
        globals.write(0x0b);
        return globalCount++;
    }

    public WasmBuilder data(int offset, byte[] bytes) {
        data.write(0);
        data.write(0x41);
        s64(data, offset);
        data.write(0x0b);
        u32(data, bytes.length);
        data.writeBytes(bytes);
        dataCount++;
        return this;
    }

    public WasmBuilder data(int offset, String text) {
        return data(offset, text.getBytes(StandardCharsets.UTF_8));
    }

    public WasmBuilder custom(String name, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        str(b, name);
        b.writeBytes(content);
        customs.add(b.toByteArray());
        return this;
    }

    /** A {@code name} section with a function names subsection (function index to name). */
    public WasmBuilder functionNames(java.util.SortedMap<Integer, String> names) {
        ByteArrayOutputStream map = new ByteArrayOutputStream();
        u32(map, names.size());
        names.forEach((index, name) -> {
            u32(map, index);
            str(map, name);
        });
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.write(1); // function names
        u32(content, map.size());
        content.writeBytes(map.toByteArray());
        return custom("name", content.toByteArray());
    }

    public WasmBuilder start(int functionIndex) {
        start = functionIndex;
        return this;
    }

    public byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0});
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        u32(t, types.size());
        types.forEach(t::writeBytes);
        section(out, 1, t.toByteArray());
        if (importCount > 0 || imports.size() > 0) {
            section(out, 2, vec(countImports(), imports.toByteArray()));
        }
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        u32(f, functionTypes.size());
        functionTypes.forEach(x -> u32(f, x));
        section(out, 3, f.toByteArray());
        if (memory != null) {
            section(out, 5, memory);
        }
        if (globalCount > 0) {
            section(out, 6, vec(globalCount, globals.toByteArray()));
        }
        section(out, 7, vec(exportCount, exports.toByteArray()));
        if (start != null) {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            u32(s, start);
            section(out, 8, s.toByteArray());
        }
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        u32(code, bodies.size());
        for (byte[] body : bodies) {
            u32(code, body.length);
            code.writeBytes(body);
        }
        section(out, 10, code.toByteArray());
        if (dataCount > 0) {
            section(out, 11, vec(dataCount, data.toByteArray()));
        }
        for (byte[] c : customs) {
            section(out, 0, c);
        }
        return out.toByteArray();
    }

    private int memoryImports;

    private int countImports() {
        return importCount + memoryImports;
    }

    private int type(int[] params, int[] results) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x60);
        u32(b, params.length);
        for (int p : params) {
            b.write(p);
        }
        u32(b, results.length);
        for (int r : results) {
            b.write(r);
        }
        byte[] bytes = b.toByteArray();
        for (int i = 0; i < types.size(); i++) {
            if (java.util.Arrays.equals(types.get(i), bytes)) {
                return i;
            }
        }
        types.add(bytes);
        return types.size() - 1;
    }

    private static int[] codes(List<WasmValueType> types) {
        return types.stream().mapToInt(t -> switch (t) {
            case I32 -> I32;
            case I64 -> I64;
            case F32 -> 0x7d;
            case F64 -> 0x7c;
        }).toArray();
    }

    private static byte[] vec(int count, byte[] entries) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        u32(b, count);
        b.writeBytes(entries);
        return b.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] content) {
        out.write(id);
        u32(out, content.length);
        out.writeBytes(content);
    }

    static void str(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(out, b.length);
        out.writeBytes(b);
    }

    static void u32(ByteArrayOutputStream out, long v) {
        do {
            int x = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? x | 0x80 : x);
        } while (v != 0);
    }

    static void s64(ByteArrayOutputStream out, long v) {
        while (true) {
            int x = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (x & 0x40) == 0) || (v == -1 && (x & 0x40) != 0);
            out.write(done ? x : x | 0x80);
            if (done) {
                return;
            }
        }
    }

    /** Instruction emitter for function bodies. */
    public static final class Code {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Code i32(long v) {
            out.write(0x41);
            s64(out, v);
            return this;
        }

        public Code i64(long v) {
            out.write(0x42);
            s64(out, v);
            return this;
        }

        public Code call(int function) {
            out.write(0x10);
            u32(out, function);
            return this;
        }

        public Code globalGet(int g) {
            out.write(0x23);
            u32(out, g);
            return this;
        }

        public Code globalSet(int g) {
            out.write(0x24);
            u32(out, g);
            return this;
        }

        public Code i64Load(int offset) {
            out.write(0x29);
            out.write(3);
            u32(out, offset);
            return this;
        }

        public Code i64Store(int offset) {
            out.write(0x37);
            out.write(3);
            u32(out, offset);
            return this;
        }

        public Code i32Load(int offset) {
            out.write(0x28);
            out.write(2);
            u32(out, offset);
            return this;
        }

        public Code i32Store(int offset) {
            out.write(0x36);
            out.write(2);
            u32(out, offset);
            return this;
        }

        public Code i64Add() {
            out.write(0x7c);
            return this;
        }

        public Code i32Add() {
            out.write(0x6a);
            return this;
        }

        public Code i32DivU() {
            out.write(0x6e);
            return this;
        }

        public Code drop() {
            out.write(0x1a);
            return this;
        }

        public Code unreachable() {
            out.write(0x00);
            return this;
        }

        public Code memoryGrow() {
            out.write(0x40);
            out.write(0);
            return this;
        }

        /** Raw opcode bytes for anything else. */
        public Code op(int... bytes) {
            for (int b : bytes) {
                out.write(b);
            }
            return this;
        }
    }
}
