package io.jcdk.canister.internal;

import io.jcdk.canister.Ic;

/**
 * Where the generated upgrade hooks keep the {@code @Stable} fields: at the start of stable memory, a header and
 * then a Candid-encoded record of the fields.
 *
 * <pre>
 * offset size
 *  0     4    magic "JCDK"
 *  4     1    layout version (this format: 1)
 *  5     4    schema version of the canister ({@code @Canister(version)}), little endian
 *  9     8    fingerprint of the stable types, little endian
 * 17     8    payload length in bytes, little endian
 * 25     n    payload: Candid message with one argument, the record of @Stable fields
 * </pre>
 *
 * The payload carries its own type table, so a later version of the canister can decode it by Candid's subtyping
 * rules (a removed field is skipped, an added {@code opt} field reads as null).
 */
public final class StableState {
    static final byte[] MAGIC = {'J', 'C', 'D', 'K'};
    public static final int LAYOUT_VERSION = 1;
    public static final int HEADER_SIZE = 25;

    private StableState() {
    }

    /** What {@link #load()} found. */
    public static final class Saved {
        public final int schemaVersion;
        public final long fingerprint;
        public final byte[] payload;

        Saved(int schemaVersion, long fingerprint, byte[] payload) {
            this.schemaVersion = schemaVersion;
            this.fingerprint = fingerprint;
            this.payload = payload;
        }
    }

    /** Writes the header and payload, growing stable memory as needed. */
    public static void save(int schemaVersion, long fingerprint, byte[] payload) {
        byte[] header = new byte[HEADER_SIZE];
        System.arraycopy(MAGIC, 0, header, 0, 4);
        header[4] = (byte) LAYOUT_VERSION;
        putLong(header, 5, schemaVersion, 4);
        putLong(header, 9, fingerprint, 8);
        putLong(header, 17, payload.length, 8);
        Ic.stableEnsureCapacity((long) HEADER_SIZE + payload.length);
        Ic.stableWrite(0, header);
        Ic.stableWrite(HEADER_SIZE, payload);
    }

    /**
     * Reads what {@link #save} wrote, or returns null if stable memory holds no saved state (a first upgrade from
     * code that had no {@code @Stable} fields). Traps, and so rolls the upgrade back, on data it cannot read.
     */
    /**
     * The trap for a header this code cannot read. Out of line and synchronized (TeaVM never inlines a synchronized
     * method), so the message's concatenation is not copied into {@link #load}.
     */
    private static synchronized RuntimeException corrupt(String a, long x, String b, long y) {
        return Ic.trap(a + x + b + y);
    }

    public static Saved load() {
        long size = Ic.stableSize() * Ic.PAGE_SIZE;
        if (size < HEADER_SIZE) {
            return null;
        }
        byte[] header = new byte[HEADER_SIZE];
        Ic.stableRead(0, header);
        boolean empty = true;
        for (byte b : header) {
            empty &= b == 0;
        }
        if (empty) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (header[i] != MAGIC[i]) {
                throw Ic.trap("stable memory does not start with a JCDK header: it was written by other code;"
                        + " refusing to read it as @Stable state");
            }
        }
        if (header[4] != LAYOUT_VERSION) {
            throw corrupt("stable memory uses JCDK layout version ", header[4] & 0xff, ", this code reads version ",
                    LAYOUT_VERSION);
        }
        int schemaVersion = (int) getLong(header, 5, 4);
        long fingerprint = getLong(header, 9, 8);
        long length = getLong(header, 17, 8);
        if (length < 0 || length > size - HEADER_SIZE || length > Integer.MAX_VALUE - 8) {
            throw corrupt("stable memory header claims ", length, " bytes of @Stable state, but stable memory holds ",
                    size - HEADER_SIZE);
        }
        byte[] payload = new byte[(int) length];
        Ic.stableRead(HEADER_SIZE, payload);
        return new Saved(schemaVersion, fingerprint, payload);
    }

    static void putLong(byte[] out, int offset, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    static long getLong(byte[] in, int offset, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value |= (in[offset + i] & 0xffL) << (8 * i);
        }
        return value;
    }
}
