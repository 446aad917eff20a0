package io.jcdk.runtime.exec;

import io.jcdk.canister.Principal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The identity of the local single subnet: a fixed subnet id and a fixed root key. The root key has the form of the
 * IC's (a DER-encoded BLS12-381 G2 public key, 133 bytes), but its 96 key bytes are derived from a constant
 * string: nothing signed by the local replica verifies against it.
 */
public final class LocalSubnet {
    public static final Principal SUBNET_ID = Principal.fromBytes(sha("jcdk local subnet", 29));
    private static final byte[] DER_PREFIX = {0x30, (byte) 0x81, (byte) 0x82, 0x30, 0x1d, 0x06, 0x0d, 0x2b, 0x06,
        0x01, 0x04, 0x01, (byte) 0x82, (byte) 0xdc, 0x7c, 0x05, 0x03, 0x01, 0x02, 0x01, 0x06, 0x0c, 0x2b, 0x06, 0x01,
        0x04, 0x01, (byte) 0x82, (byte) 0xdc, 0x7c, 0x05, 0x03, 0x02, 0x01, 0x03, 0x61, 0x00};
    private static final byte[] ROOT_KEY = rootKeyBytes();

    private LocalSubnet() {}

    public static byte[] rootKey() {
        return ROOT_KEY.clone();
    }

    private static byte[] rootKeyBytes() {
        byte[] key = new byte[DER_PREFIX.length + 96];
        System.arraycopy(DER_PREFIX, 0, key, 0, DER_PREFIX.length);
        for (int i = 0; i < 3; i++) {
            System.arraycopy(sha("jcdk local root key " + i, 32), 0, key, DER_PREFIX.length + 32 * i, 32);
        }
        return key;
    }

    static byte[] sha(String text, int length) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[length];
            System.arraycopy(d, 0, out, 0, Math.min(length, d.length));
            if (length == 29) {
                out[28] = 0x02; // opaque id class
            }
            return out;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
