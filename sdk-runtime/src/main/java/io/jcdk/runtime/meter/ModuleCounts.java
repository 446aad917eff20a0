package io.jcdk.runtime.meter;

/** Counts the globals of a module (imported and defined) from its import and global sections. */
record ModuleCounts(int importedGlobals, int definedGlobals) {
    static ModuleCounts of(byte[] wasm) {
        int imported = 0;
        int defined = 0;
        ByteReader r = new ByteReader(wasm, 8, wasm.length);
        while (!r.atEnd()) {
            int id = r.u8();
            long size = r.u32();
            int start = r.pos();
            if (id == 2) {
                imported = importedGlobals(new ByteReader(wasm, start, (int) (start + size)));
            } else if (id == 6) {
                defined = (int) new ByteReader(wasm, start, (int) (start + size)).u32();
            }
            r.skip((int) size);
        }
        return new ModuleCounts(imported, defined);
    }

    private static int importedGlobals(ByteReader r) {
        long count = r.u32();
        int globals = 0;
        for (long i = 0; i < count; i++) {
            r.skip((int) r.u32()); // module name
            r.skip((int) r.u32()); // field name
            int kind = r.u8();
            switch (kind) {
                case 0 -> r.u32(); // function: type index
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
        return globals;
    }

    private static void limits(ByteReader r) {
        int flags = r.u8();
        r.u32();
        if ((flags & 1) != 0) {
            r.u32();
        }
    }
}
