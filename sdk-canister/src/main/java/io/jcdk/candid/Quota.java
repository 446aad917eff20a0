package io.jcdk.candid;

/**
 * The decoding budget: one unit per type-table item, value visited (decoded or skipped) and subtype step. Zero-sized
 * values (null, reserved, empty records) cost nothing in bytes, so without this budget a 20-byte message could ask
 * for billions of them (the {@code spacebomb} tests).
 */
final class Quota {
    // An int, and int arithmetic: TeaVM compiles every long comparison to a call (WasmRuntime.compare), and charge
    // runs for every record, variant and vector. Limits above Integer.MAX_VALUE units are capped there.
    private int remaining;
    private final long limit;

    Quota(long limit) {
        this.limit = limit;
        this.remaining = limit > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) limit;
    }

    /** Charges {@code units}, which must be at most {@link #remaining()} (callers of large counts check first). */
    void charge(int units) {
        remaining -= units;
        if (remaining < 0) {
            throw exceeded(limit);
        }
    }

    /** Charges a count that may be larger than an int. */
    void charge(long units) {
        if ((int) (units >>> 31) != 0 || (int) units > remaining) {
            remaining = -1;
            throw exceeded(limit);
        }
        charge((int) units);
    }

    // Cold paths are synchronized only because TeaVM never inlines a synchronized method: the message building
    // then exists once in the Wasm code instead of at every (inlined) call site. A canister is single-threaded.
    private static synchronized CandidException exceeded(long limit) {
        return CandidException.of(Msg.cat("decoding quota of ", limit, " units exceeded (the message asks for too much",
                " work for its size)"), true);
    }

    int remaining() {
        return remaining;
    }
}
