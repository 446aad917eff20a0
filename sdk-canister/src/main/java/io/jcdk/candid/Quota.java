package io.jcdk.candid;

/**
 * The decoding budget: one unit per type-table item, value visited (decoded or skipped) and subtype step. Zero-sized
 * values (null, reserved, empty records) cost nothing in bytes, so without this budget a 20-byte message could ask
 * for billions of them (the {@code spacebomb} tests).
 */
final class Quota {
    private long remaining;
    private final long limit;

    Quota(long limit) {
        this.limit = limit;
        this.remaining = limit;
    }

    void charge(long units) {
        remaining -= units;
        if (remaining < 0) {
            throw exceeded(limit);
        }
    }

    // Cold paths are synchronized only because TeaVM never inlines a synchronized method: the message building
    // then exists once in the Wasm code instead of at every (inlined) call site. A canister is single-threaded.
    private static synchronized CandidException exceeded(long limit) {
        return CandidException.of(Msg.cat("decoding quota of ", limit, " units exceeded (the message asks for too much", " work for its size)"), true);
    }

    long remaining() {
        return remaining;
    }
}
