package io.jcdk.candid;

import java.math.BigInteger;

/**
 * Builds messages (mostly of errors) out of line. TeaVM compiles each {@code a + b + c} string concatenation to an
 * inline StringBuilder sequence and inlines small methods into every caller, so a message built at the throw site
 * can cost a kilobyte of Wasm there, and again everywhere that method is inlined. These methods are
 * {@code synchronized} only because TeaVM never inlines a synchronized method; a canister is single-threaded, so
 * the lock is uncontended, and these run on failure paths.
 */
final class Msg {
    private Msg() {
    }

    static synchronized String cat(Object a, Object b) {
        return String.valueOf(a).concat(String.valueOf(b));
    }

    static synchronized String cat(Object a, Object b, Object c) {
        return join(new Object[] {a, b, c});
    }

    static synchronized String cat(Object a, Object b, Object c, Object d) {
        return join(new Object[] {a, b, c, d});
    }

    static synchronized String cat(Object a, Object b, Object c, Object d, Object e) {
        return join(new Object[] {a, b, c, d, e});
    }

    static synchronized String cat(Object a, Object b, Object c, Object d, Object e, Object f) {
        return join(new Object[] {a, b, c, d, e, f});
    }

    static synchronized String cat(Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
        return join(new Object[] {a, b, c, d, e, f, g});
    }

    static synchronized String cat(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h) {
        return join(new Object[] {a, b, c, d, e, f, g, h});
    }

    /**
     * The decimal digits of a big number, without BigInteger.toString (whose conversion code is about 10 KB of Wasm
     * and would otherwise be reachable from every message that mentions a number): base 10^9 long division on the
     * magnitude's 32-bit words.
     */
    static synchronized String decimal(BigInteger n) {
        if (n.bitLength() < 64) {
            return Long.toString(n.longValue());
        }
        byte[] be = n.abs().toByteArray();
        int words = (be.length + 3) / 4;
        int[] mag = new int[words];
        for (int i = 0; i < be.length; i++) {
            int fromEnd = be.length - 1 - i;
            mag[words - 1 - fromEnd / 4] |= (be[i] & 0xff) << (8 * (fromEnd % 4));
        }
        StringBuilder digits = new StringBuilder();
        int top = 0;
        while (top < words) {
            long rem = 0;
            for (int i = top; i < words; i++) {
                long cur = (rem << 32) | (mag[i] & 0xffffffffL);
                mag[i] = (int) (cur / 1_000_000_000L);
                rem = cur % 1_000_000_000L;
            }
            while (top < words && mag[top] == 0) {
                top++;
            }
            String chunk = Long.toString(rem);
            for (int i = chunk.length() - 1; i >= 0; i--) {
                digits.append(chunk.charAt(i));
            }
            if (top < words) {
                for (int i = chunk.length(); i < 9; i++) {
                    digits.append('0');
                }
            }
        }
        if (n.signum() < 0) {
            digits.append('-');
        }
        return digits.reverse().toString();
    }

    private static String join(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append(p);
        }
        return sb.toString();
    }
}
