package io.jcdk.runtime;

import io.jcdk.canister.Principal;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The data certificate a non-replicated query sees: a CBOR map {@code {tree, signature}} in the IC's certificate
 * format, whose hash tree holds {@code /canister/<id>/certified_data} and {@code /time}. The signature is 48 zero
 * bytes: the local replica has no threshold key, so the certificate does not verify against any root key.
 */
final class DataCertificate {
    private DataCertificate() {}

    static byte[] of(Principal canister, byte[] certifiedData, long time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 55799 self-describing tag, then map(2)
        out.writeBytes(new byte[] {(byte) 0xd9, (byte) 0xd9, (byte) 0xf7, (byte) 0xa2});
        text(out, "tree");
        // fork(labeled("canister", labeled(id, labeled("certified_data", leaf))), labeled("time", leaf(leb128)))
        array(out, 3);
        uint(out, 1);
        array(out, 3);
        uint(out, 2);
        bytes(out, "canister".getBytes(StandardCharsets.UTF_8));
        array(out, 3);
        uint(out, 2);
        bytes(out, canister.toBytes());
        array(out, 3);
        uint(out, 2);
        bytes(out, "certified_data".getBytes(StandardCharsets.UTF_8));
        array(out, 2);
        uint(out, 3);
        bytes(out, certifiedData);
        array(out, 3);
        uint(out, 2);
        bytes(out, "time".getBytes(StandardCharsets.UTF_8));
        array(out, 2);
        uint(out, 3);
        bytes(out, leb128(time));
        text(out, "signature");
        bytes(out, new byte[48]);
        return out.toByteArray();
    }

    private static void head(ByteArrayOutputStream out, int major, long n) {
        if (n < 24) {
            out.write(major << 5 | (int) n);
        } else if (n < 256) {
            out.write(major << 5 | 24);
            out.write((int) n);
        } else if (n < 65536) {
            out.write(major << 5 | 25);
            out.write((int) (n >> 8));
            out.write((int) n);
        } else {
            out.write(major << 5 | 26);
            for (int i = 3; i >= 0; i--) {
                out.write((int) (n >> (8 * i)));
            }
        }
    }

    private static void uint(ByteArrayOutputStream out, long n) {
        head(out, 0, n);
    }

    private static void bytes(ByteArrayOutputStream out, byte[] b) {
        head(out, 2, b.length);
        out.writeBytes(b);
    }

    private static void text(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        head(out, 3, b.length);
        out.writeBytes(b);
    }

    private static void array(ByteArrayOutputStream out, int n) {
        head(out, 4, n);
    }

    private static byte[] leb128(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }
}
