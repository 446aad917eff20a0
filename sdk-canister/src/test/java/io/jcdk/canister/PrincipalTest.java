package io.jcdk.canister;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrincipalTest {
    @Test
    void wellKnownPrincipalsHaveTheirWellKnownText() {
        assertEquals("aaaaa-aa", Principal.managementCanister().toText());
        assertEquals("2vxsx-fae", Principal.anonymous().toText());
        assertTrue(Principal.anonymous().isAnonymous());
        // The NNS canisters: ids 0, 1 and 2 of the NNS subnet (8 bytes big endian, then 01 01).
        assertEquals("rwlgt-iiaaa-aaaaa-aaaaa-cai",
                Principal.fromBytes(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 1}).toText());
        assertEquals("rrkah-fqaaa-aaaaa-aaaaq-cai",
                Principal.fromBytes(new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1}).toText());
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 2, 1, 1},
                Principal.fromText("ryjl3-tyaaa-aaaaa-aaaba-cai").toBytes());
    }

    @Test
    void textRoundTripsForEveryLength() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length = 0; length <= Principal.MAX_LENGTH; length++) {
            for (int i = 0; i < 50; i++) {
                byte[] bytes = new byte[length];
                for (int k = 0; k < length; k++) {
                    bytes[k] = (byte) random.nextInt(256);
                }
                Principal p = Principal.fromBytes(bytes);
                assertEquals(p, Principal.fromText(p.toText()));
                assertArrayEquals(bytes, Principal.fromText(p.toText()).toBytes());
            }
        }
    }

    @Test
    void aWrongChecksumIsRefusedNamingTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Principal.fromText("2vxsx-faf"));
        assertTrue(e.getMessage().contains("2vxsx-faf"), e.getMessage());
    }

    @Test
    void badCharactersGroupingAndLengthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Principal.fromText("2vxsx-fa1"));
        assertThrows(IllegalArgumentException.class, () -> Principal.fromText("2vxs-xfae"));
        assertThrows(IllegalArgumentException.class, () -> Principal.fromText("aa"));
        assertThrows(IllegalArgumentException.class, () -> Principal.fromText(""));
        assertThrows(IllegalArgumentException.class, () -> Principal.fromBytes(new byte[30]));
        String tooLong = Principal.fromBytes(new byte[29]).toText() + "-aaaaa";
        assertThrows(IllegalArgumentException.class, () -> Principal.fromText(tooLong));
    }

    @Test
    void ordersByUnsignedBytesThenLength() {
        Principal a = Principal.fromBytes(new byte[] {1});
        Principal b = Principal.fromBytes(new byte[] {(byte) 0x80});
        Principal c = Principal.fromBytes(new byte[] {1, 0});
        assertTrue(a.compareTo(b) < 0);
        assertTrue(a.compareTo(c) < 0);
        assertEquals(0, a.compareTo(Principal.fromBytes(new byte[] {1})));
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] bytes = {1, 2, 3};
        Principal p = Principal.fromBytes(bytes);
        bytes[0] = 9;
        p.toBytes()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, p.toBytes());
    }

    @Test
    void hasBytesComparesInPlace() {
        Principal p = Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai");
        byte[] raw = p.toBytes();
        byte[] framed = new byte[raw.length + 4];
        System.arraycopy(raw, 0, framed, 2, raw.length);
        org.junit.jupiter.api.Assertions.assertTrue(p.hasBytes(framed, 2, raw.length));
        org.junit.jupiter.api.Assertions.assertFalse(p.hasBytes(framed, 1, raw.length));
        org.junit.jupiter.api.Assertions.assertFalse(p.hasBytes(framed, 2, raw.length - 1));
        org.junit.jupiter.api.Assertions.assertTrue(Principal.fromText("aaaaa-aa").hasBytes(framed, 0, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> p.hasBytes(framed, 3, raw.length + 2));
    }
}
