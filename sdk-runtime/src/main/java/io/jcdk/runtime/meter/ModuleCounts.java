package io.jcdk.runtime.meter;

/**
 * Counts the globals and functions of a module (imported and defined) from its import, function and global
 * sections.
 */
record ModuleCounts(int importedGlobals, int definedGlobals, int importedFunctions, int definedFunctions) {
    static ModuleCounts of(byte[] wasm) {
        int[] imported = {0, 0}; // globals, functions
        int defined = 0;
        int functions = 0;
        ByteReader r = new ByteReader(wasm, 8, wasm.length);
        while (!r.atEnd()) {
            int id = r.u8();
            long size = r.u32();
            int start = r.pos();
            if (id == 2) {
                imported = imports(new ByteReader(wasm, start, (int) (start + size)));
            } else if (id == 3) {
                functions = (int) new ByteReader(wasm, start, (int) (start + size)).u32();
            } else if (id == 6) {
                defined = (int) new ByteReader(wasm, start, (int) (start + size)).u32();
            }
            r.skip((int) size);
        }
        return new ModuleCounts(imported[0], defined, imported[1], functions);
    }

    /** Imported globals and functions. */
    private static int[] imports(ByteReader r) {
        long count = r.u32();
        int globals = 0;
        int functions = 0;
        for (long i = 0; i < count; i++) {
            r.skip((int) r.u32()); // module name
            r.skip((int) r.u32()); // field name
            int kind = r.u8();
            switch (kind) {
                case 0 -> { // function: type index
                    r.u32();
                    functions++;
                }
                case 1 -> { // table: reftype, limits
                    r.u8();
                    limits(r);
                }
                case 2 -> limits(r); // memory
                case 3 -> { // global: valtype, mutability
                    r.u8();
                    r.u8();
                    globals++;
                }
                case 4 -> { // tag
                    r.u8();
                    r.u32();
                }
                default -> throw new io.jcdk.runtime.module.InvalidModuleException(
                        "invalid WebAssembly module: unknown import kind " + kind);
            }
        }
        return new int[] {globals, functions};
    }

    private static void limits(ByteReader r) {
        int flags = r.u8();
        r.u32();
        if ((flags & 1) != 0) {
            r.u32();
        }
    }
}
