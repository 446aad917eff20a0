package io.jcdk.canister.internal.jdk;

/**
 * A small mutable natural number (little-endian 32-bit words) with just the operations that exact decimal/binary
 * conversion needs ({@link FloatingText}). Far smaller than {@code java.math.BigInteger} once compiled.
 */
final class Nat {
    private int[] w;
    private int n;

    Nat(long v) {
        w = new int[8];
        set(v);
    }

    void set(long v) {
        w[0] = (int) v;
        w[1] = (int) (v >>> 32);
        n = w[1] != 0 ? 2 : w[0] != 0 ? 1 : 0;
    }

    void set(Nat o) {
        ensure(o.n);
        System.arraycopy(o.w, 0, w, 0, o.n);
        n = o.n;
    }

    Nat copy() {
        Nat c = new Nat(0);
        c.set(this);
        return c;
    }

    boolean isZero() {
        return n == 0;
    }

    int bitLength() {
        return n == 0 ? 0 : 32 * n - Integer.numberOfLeadingZeros(w[n - 1]);
    }

    private void ensure(int words) {
        if (w.length < words) {
            int[] bigger = new int[Math.max(words, 2 * w.length)];
            System.arraycopy(w, 0, bigger, 0, n);
            w = bigger;
        }
    }

    /** this = this * m + add, for 0 < m and 0 <= add below 2^32 (both read as unsigned). */
    void mulAdd(int m, int add) {
        long mm = m & 0xFFFFFFFFL;
        long carry = add & 0xFFFFFFFFL;
        for (int i = 0; i < n; i++) {
            long t = (w[i] & 0xFFFFFFFFL) * mm + carry;
            w[i] = (int) t;
            carry = t >>> 32;
        }
        if (carry != 0) {
            ensure(n + 1);
            w[n++] = (int) carry;
        }
    }

    /** this *= 10^k. */
    void mulPow10(int k) {
        mulPow5(k);
        shiftLeft(k);
    }

    /** this *= 5^k. */
    void mulPow5(int k) {
        for (; k >= 13; k -= 13) {
            mulAdd(1220703125, 0);
        }
        int p = 1;
        for (; k > 0; k--) {
            p *= 5;
        }
        if (p != 1) {
            mulAdd(p, 0);
        }
    }

    void shiftLeft(int bits) {
        if (n == 0 || bits == 0) {
            return;
        }
        int words = bits >>> 5;
        int b = bits & 31;
        ensure(n + words + 1);
        if (b == 0) {
            for (int i = n - 1; i >= 0; i--) {
                w[i + words] = w[i];
            }
        } else {
            w[n + words] = w[n - 1] >>> (32 - b);
            for (int i = n - 1; i > 0; i--) {
                w[i + words] = (w[i] << b) | (w[i - 1] >>> (32 - b));
            }
            w[words] = w[0] << b;
        }
        for (int i = 0; i < words; i++) {
            w[i] = 0;
        }
        n += words + 1;
        trim();
    }

    void add(Nat o) {
        int len = Math.max(n, o.n);
        ensure(len + 1);
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long t = (i < n ? w[i] & 0xFFFFFFFFL : 0) + (i < o.n ? o.w[i] & 0xFFFFFFFFL : 0) + carry;
            w[i] = (int) t;
            carry = t >>> 32;
        }
        w[len] = (int) carry;
        n = len + 1;
        trim();
    }

    /** this -= o; requires this >= o. */
    void sub(Nat o) {
        long borrow = 0;
        for (int i = 0; i < n; i++) {
            long t = (w[i] & 0xFFFFFFFFL) - (i < o.n ? o.w[i] & 0xFFFFFFFFL : 0) - borrow;
            w[i] = (int) t;
            borrow = t < 0 ? 1 : 0;
        }
        trim();
    }

    private void trim() {
        while (n > 0 && w[n - 1] == 0) {
            n--;
        }
    }

    static int compare(Nat a, Nat b) {
        if (a.n != b.n) {
            return a.n < b.n ? -1 : 1;
        }
        for (int i = a.n - 1; i >= 0; i--) {
            if (a.w[i] != b.w[i]) {
                return (a.w[i] ^ 0x80000000) < (b.w[i] ^ 0x80000000) ? -1 : 1;
            }
        }
        return 0;
    }
}
