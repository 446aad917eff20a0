package io.jcdk.runtime.exec;

import java.math.BigInteger;

/**
 * Cycle fees of the local replica: the IC's published fees for a 13-node application subnet. The interface spec
 * gives no formulas, so these are documented approximations; they are what cost_* return and what the local
 * cycles ledger charges.
 */
public final class LocalFees {
    public static final BigInteger CREATE_CANISTER = BigInteger.valueOf(500_000_000_000L);
    /** Charged per update message (and callback, timer, heartbeat) executed. */
    public static final long UPDATE_MESSAGE = 5_000_000L;
    /** Per 10 instructions executed in replicated mode. */
    public static final long PER_TEN_INSTRUCTIONS = 4;
    static final long CALL_BASE = 260_000L;
    static final long CALL_PER_BYTE = 1_000L;
    /** The largest response (2 MiB) must be paid for up front. */
    static final long MAX_RESPONSE_BYTES = 2L * 1024 * 1024;

    private LocalFees() {}

    public static BigInteger execution(long instructions) {
        return BigInteger.valueOf(UPDATE_MESSAGE).add(BigInteger.valueOf(instructions / 10 * PER_TEN_INSTRUCTIONS));
    }

    static BigInteger call(BigInteger methodNameSize, BigInteger payloadSize) {
        return BigInteger.valueOf(CALL_BASE)
                .add(methodNameSize.add(payloadSize).multiply(BigInteger.valueOf(CALL_PER_BYTE)))
                .add(BigInteger.valueOf(MAX_RESPONSE_BYTES * CALL_PER_BYTE))
                .add(execution(40_000_000_000L));
    }

    static BigInteger httpRequest(BigInteger requestSize, BigInteger maxResponseBytes) {
        long n = 13;
        return BigInteger.valueOf((3_000_000 + 60_000 * n) * n)
                .add(requestSize.multiply(BigInteger.valueOf(400 * n)))
                .add(maxResponseBytes.multiply(BigInteger.valueOf(800 * n)));
    }

    /** Fee for a threshold signature or key derivation with the named key; null for an unknown key. */
    static BigInteger thresholdKey(String keyName) {
        return switch (keyName) {
            case "key_1" -> BigInteger.valueOf(26_153_846_153L);
            case "test_key_1" -> BigInteger.valueOf(10_000_000_000L);
            case "dfx_test_key", "insecure_test_key_1" -> BigInteger.ZERO;
            default -> null;
        };
    }
}
