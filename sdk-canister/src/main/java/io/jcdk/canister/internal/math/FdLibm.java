/*
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 *
 * Java rendering of fdlibm 5.3's algorithms for JCDK (io.jcdk.canister.internal.math): StrictMath is specified as
 * fdlibm's results, so a canister computes them in Java, in the same order of floating-point operations, to get
 * the JVM's bits exactly. The differential suite checks each function against StrictMath on the JVM.
 */
package io.jcdk.canister.internal.math;

import io.jcdk.canister.internal.ExactMath;

/**
 * fdlibm: sin, cos, tan, asin, acos, atan, atan2, exp, log, log10, pow, cbrt, hypot, IEEEremainder, expm1, log1p,
 * sinh, cosh, tanh.
 */
public final class FdLibm {
    private FdLibm() {
    }

    // ---- word access (fdlibm's __HI, __LO and their setters) ----

    static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    static double withHi(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    static double withLo(double x, int lo) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0xffffffff00000000L) | (lo & 0xffffffffL));
    }

    static double fromWords(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xffffffffL));
    }

    private static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0x7fffffffffffffffL);
    }

    /** x * 2^n, exactly rounded (fdlibm's scalbn). */
    static double scalbn(double x, int n) {
        final double two54 = 1.80143985094819840000e+16;
        final double twom54 = 5.55111512312578270212e-17;
        final double huge = 1.0e+300;
        final double tiny = 1.0e-300;
        int hx = hi(x);
        int lx = lo(x);
        int k = (hx & 0x7ff00000) >> 20;
        if (k == 0) {
            if ((lx | (hx & 0x7fffffff)) == 0) {
                return x;
            }
            x *= two54;
            hx = hi(x);
            k = ((hx & 0x7ff00000) >> 20) - 54;
            if (n < -50000) {
                return tiny * x;
            }
        }
        if (k == 0x7ff) {
            return x + x;
        }
        k = k + n;
        if (k > 0x7fe) {
            return huge * Math.copySign(huge, x);
        }
        if (k > 0) {
            return withHi(x, (hx & 0x800fffff) | (k << 20));
        }
        if (k <= -54) {
            if (n > 50000) {
                return huge * Math.copySign(huge, x);
            } else {
                return tiny * Math.copySign(tiny, x);
            }
        }
        k += 54;
        x = withHi(x, (hx & 0x800fffff) | (k << 20));
        return x * twom54;
    }

    // ---- argument reduction for the trigonometric functions ----

    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    private static final double[] PI_O2_PIECES = {
        1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15,
        3.28200341580791294123e-22, 1.27065575308067607349e-29, 1.22933308981111328932e-36,
        2.73370053816464559624e-44, 2.16741683877804819444e-51,
    };

    /** Returns n and sets y[0] + y[1] = x - n*pi/2, |y| <= pi/4 (fdlibm's __ieee754_rem_pio2). */
    static int remPio2(double x, double[] y) {
        final double two24 = 1.67772160000000000000e+07;
        final double invpio2 = 6.36619772367581382433e-01;
        final double pio2_1 = 1.57079632673412561417e+00;
        final double pio2_1t = 6.07710050650619224932e-11;
        final double pio2_2 = 6.07710050630396597660e-11;
        final double pio2_2t = 2.02226624879595063154e-21;
        final double pio2_3 = 2.02226624871116645580e-21;
        final double pio2_3t = 8.47842766036889956997e-32;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            y[0] = x;
            y[1] = 0;
            return 0;
        }
        if (ix < 0x4002d97c) { // |x| < 3pi/4
            if (hx > 0) {
                double z = x - pio2_1;
                if (ix != 0x3ff921fb) {
                    y[0] = z - pio2_1t;
                    y[1] = (z - y[0]) - pio2_1t;
                } else {
                    z -= pio2_2;
                    y[0] = z - pio2_2t;
                    y[1] = (z - y[0]) - pio2_2t;
                }
                return 1;
            } else {
                double z = x + pio2_1;
                if (ix != 0x3ff921fb) {
                    y[0] = z + pio2_1t;
                    y[1] = (z - y[0]) + pio2_1t;
                } else {
                    z += pio2_2;
                    y[0] = z + pio2_2t;
                    y[1] = (z - y[0]) + pio2_2t;
                }
                return -1;
            }
        }
        if (ix <= 0x413921fb) { // |x| <= 2^19 pi/2: medium size
            double t = abs(x);
            int n = (int) (t * invpio2 + 0.5);
            double fn = n;
            double r = t - fn * pio2_1;
            double w = fn * pio2_1t;
            if (n < 32 && ix != NPIO2_HW[n - 1]) {
                y[0] = r - w;
            } else {
                int j = ix >> 20;
                y[0] = r - w;
                int i = j - ((hi(y[0]) >> 20) & 0x7ff);
                if (i > 16) { // second iteration, good to 118 bits
                    t = r;
                    w = fn * pio2_2;
                    r = t - w;
                    w = fn * pio2_2t - ((t - r) - w);
                    y[0] = r - w;
                    i = j - ((hi(y[0]) >> 20) & 0x7ff);
                    if (i > 49) { // third iteration, 151 bits
                        t = r;
                        w = fn * pio2_3;
                        r = t - w;
                        w = fn * pio2_3t - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if (hx < 0) {
                y[0] = -y[0];
                y[1] = -y[1];
                return -n;
            }
            return n;
        }
        if (ix >= 0x7ff00000) { // infinity or NaN
            y[0] = y[1] = x - x;
            return 0;
        }
        // large: break |x| into three 24-bit pieces
        int e0 = (ix >> 20) - 1046;
        double z = fromWords(ix - (e0 << 20), lo(x));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * two24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) {
            nx--;
        }
        int n = kernelRemPio2(tx, y, e0, nx);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /** fdlibm's __kernel_rem_pio2 for double precision (prec 2: jk = 4). */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        final double two24 = 1.67772160000000000000e+07;
        final double twon24 = 5.96046447753906250000e-08;
        int[] iq = new int[20];
        double[] f = new double[20];
        double[] fq = new double[20];
        double[] q = new double[20];
        int jk = 4;
        int jp = jk;
        int jx = nx - 1;
        int jv = (e0 - 3) / 24;
        if (jv < 0) {
            jv = 0;
        }
        int q0 = e0 - 24 * (jv + 1);
        int j = jv - jx;
        int m = jx + jk;
        for (int i = 0; i <= m; i++, j++) {
            f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
        }
        for (int i = 0; i <= jk; i++) {
            double fw = 0.0;
            for (j = 0; j <= jx; j++) {
                fw += x[j] * f[jx + i - j];
            }
            q[i] = fw;
        }
        int jz = jk;
        double z;
        int n;
        int ih;
        while (true) { // "recompute"
            int i;
            z = q[jz];
            for (i = 0, j = jz; j > 0; i++, j--) {
                double fw = (int) (twon24 * z);
                iq[i] = (int) (z - two24 * fw);
                z = q[j - 1] + fw;
            }
            z = scalbn(z, q0);
            z -= 8.0 * ExactMath.floor(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {
                i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            if (ih > 0) { // q > 0.5
                n += 1;
                int carry = 0;
                for (i = 0; i < jz; i++) {
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 > 0) {
                    if (q0 == 1) {
                        iq[jz - 1] &= 0x7fffff;
                    } else if (q0 == 2) {
                        iq[jz - 1] &= 0x3fffff;
                    }
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= scalbn(1.0, q0);
                    }
                }
            }
            if (z == 0.0) {
                j = 0;
                for (i = jz - 1; i >= jk; i--) {
                    j |= iq[i];
                }
                if (j == 0) { // need more terms
                    int k = 1;
                    while (iq[jk - k] == 0) {
                        k++;
                    }
                    for (i = jz + 1; i <= jz + k; i++) {
                        f[jx + i] = TWO_OVER_PI[jv + i];
                        double fw = 0.0;
                        for (j = 0; j <= jx; j++) {
                            fw += x[j] * f[jx + i - j];
                        }
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {
            z = scalbn(z, -q0);
            if (z >= two24) {
                double fw = (int) (twon24 * z);
                iq[jz] = (int) (z - two24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }
        double fw = scalbn(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= twon24;
        }
        for (int i = jz; i >= 0; i--) {
            fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++) {
                fw += PI_O2_PIECES[k] * q[i + k];
            }
            fq[jz - i] = fw;
        }
        fw = 0.0;
        for (int i = jz; i >= 0; i--) {
            fw += fq[i];
        }
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) {
            fw += fq[i];
        }
        y[1] = ih == 0 ? fw : -fw;
        return n & 7;
    }

    // ---- kernels on [-pi/4, pi/4] ----

    private static double kernelSin(double x, double y, int iy) {
        final double s1 = -1.66666666666666324348e-01;
        final double s2 = 8.33333333332248946124e-03;
        final double s3 = -1.98412698298579493134e-04;
        final double s4 = 2.75573137070700676789e-06;
        final double s5 = -2.50507602534068634195e-08;
        final double s6 = 1.58969099521155010221e-10;
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) { // |x| < 2^-27
            if ((int) x == 0) {
                return x;
            }
        }
        double z = x * x;
        double v = z * x;
        double r = s2 + z * (s3 + z * (s4 + z * (s5 + z * s6)));
        if (iy == 0) {
            return x + v * (s1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * s1);
    }

    private static double kernelCos(double x, double y) {
        final double c1 = 4.16666666666666019037e-02;
        final double c2 = -1.38888888888741095749e-03;
        final double c3 = 2.48015872894767294178e-05;
        final double c4 = -2.75573143513906633035e-07;
        final double c5 = 2.08757232129817482790e-09;
        final double c6 = -1.13596475577881948265e-11;
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) {
            if ((int) x == 0) {
                return 1.0;
            }
        }
        double z = x * x;
        double r = z * (c1 + z * (c2 + z * (c3 + z * (c4 + z * (c5 + z * c6)))));
        if (ix < 0x3FD33333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx;
        if (ix > 0x3fe90000) { // |x| > 0.78125
            qx = 0.28125;
        } else {
            qx = fromWords(ix - 0x00200000, 0); // x/4
        }
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static final double[] T = {
        3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
        2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
        1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
        7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    };

    private static double kernelTan(double x, double y, int iy) {
        final double pio4 = 7.85398163397448278999e-01;
        final double pio4lo = 3.06161699786838301793e-17;
        double z;
        double r;
        double v;
        double w;
        double s;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3e300000) { // |x| < 2^-28
            if ((int) x == 0) {
                if (((ix | lo(x)) | (iy + 1)) == 0) {
                    return 1.0 / abs(x);
                } else if (iy == 1) {
                    return x;
                } else { // -1/(x+y) carefully
                    z = w = x + y;
                    z = withLo(z, 0);
                    v = y - (z - x);
                    double a = -1.0 / w;
                    double t = withLo(a, 0);
                    s = 1.0 + t * z;
                    return t + a * (s + t * v);
                }
            }
        }
        if (ix >= 0x3FE59428) { // |x| >= 0.6744
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            z = pio4 - x;
            w = pio4lo - y;
            x = z + w;
            y = 0.0;
        }
        z = x * x;
        w = z * z;
        r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (ix >= 0x3FE59428) {
            v = iy;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) {
            return w;
        }
        z = withLo(w, 0);
        v = r - (z - x);
        double a = -1.0 / w;
        double t = withLo(a, 0);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    // ---- trigonometric functions ----

    public static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelSin(x, 0.0, 0);
        } else if (ix >= 0x7ff00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelSin(y[0], y[1], 1);
            case 1: return kernelCos(y[0], y[1]);
            case 2: return -kernelSin(y[0], y[1], 1);
            default: return -kernelCos(y[0], y[1]);
        }
    }

    public static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelCos(x, 0.0);
        } else if (ix >= 0x7ff00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelCos(y[0], y[1]);
            case 1: return -kernelSin(y[0], y[1], 1);
            case 2: return -kernelCos(y[0], y[1]);
            default: return kernelSin(y[0], y[1], 1);
        }
    }

    public static double tan(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kernelTan(x, 0.0, 1);
        } else if (ix >= 0x7ff00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
    }

    // ---- inverse trigonometric functions ----

    private static final double PIO2_HI = 1.57079632679489655800e+00;
    private static final double PIO2_LO = 6.12323399573676603587e-17;
    private static final double PS0 = 1.66666666666666657415e-01;
    private static final double PS1 = -3.25565818622400915405e-01;
    private static final double PS2 = 2.01212532134862925881e-01;
    private static final double PS3 = -4.00555345006794114027e-02;
    private static final double PS4 = 7.91534994289814532176e-04;
    private static final double PS5 = 3.47933107596021167570e-05;
    private static final double QS1 = -2.40339491173441421878e+00;
    private static final double QS2 = 2.02094576023350569471e+00;
    private static final double QS3 = -6.88283971605453293030e-01;
    private static final double QS4 = 7.70381505559019352791e-02;

    public static double asin(double x) {
        final double huge = 1.000e+300;
        final double pio4Hi = 7.85398163397448278999e-01;
        double t;
        double w;
        double p;
        double q;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) { // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
            }
            return (x - x) / (x - x); // NaN
        } else if (ix < 0x3fe00000) { // |x| < 0.5
            if (ix < 0x3e400000) {
                if (huge + x > 1.0) {
                    return x;
                }
            }
            t = x * x;
            p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
            q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
            w = p / q;
            return x + x * w;
        }
        w = 1.0 - abs(x);
        t = w * 0.5;
        p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
        q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
        double s = ExactMath.sqrt(t);
        if (ix >= 0x3FEF3333) { // |x| > 0.975
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = withLo(s, 0);
            double c = (t - w * w) / (s + w);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = pio4Hi - 2.0 * w;
            t = pio4Hi - (p - q);
        }
        return hx > 0 ? t : -t;
    }

    public static double acos(double x) {
        final double pi = 3.14159265358979311600e+00;
        double z;
        double p;
        double q;
        double r;
        double w;
        double s;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) { // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) {
                return hx > 0 ? 0.0 : pi + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) { // |x| < 0.5
            if (ix <= 0x3c600000) {
                return PIO2_HI + PIO2_LO;
            }
            z = x * x;
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            r = p / q;
            return PIO2_HI - (x - (PIO2_LO - x * r));
        } else if (hx < 0) { // x < -0.5
            z = (1.0 + x) * 0.5;
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            s = ExactMath.sqrt(z);
            r = p / q;
            w = r * s - PIO2_LO;
            return pi - 2.0 * (s + w);
        } else { // x > 0.5
            z = (1.0 - x) * 0.5;
            s = ExactMath.sqrt(z);
            double df = withLo(s, 0);
            double c = (z - df * df) / (s + df);
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            r = p / q;
            w = r * s + c;
            return 2.0 * (df + w);
        }
    }

    private static final double[] ATAN_HI = {
        4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01,
        1.57079632679489655800e+00,
    };
    private static final double[] ATAN_LO = {
        2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17,
        6.12323399573676603587e-17,
    };
    private static final double[] AT = {
        3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
        -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
        6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
        -3.65315727442169155270e-02, 1.62858201153657823623e-02,
    };

    public static double atan(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000) { // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0)) {
                return x + x; // NaN
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3fdc0000) { // |x| < 0.4375
            if (ix < 0x3e200000) {
                if (1.0e300 + x > 1.0) {
                    return x;
                }
            }
            id = -1;
        } else {
            x = abs(x);
            if (ix < 0x3ff30000) { // |x| < 1.1875
                if (ix < 0x3fe60000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else {
                if (ix < 0x40038000) { // |x| < 2.4375
                    id = 2;
                    x = (x - 1.5) / (1.0 + 1.5 * x);
                } else { // 2.4375 <= |x| < 2^66
                    id = 3;
                    x = -1.0 / x;
                }
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    public static double atan2(double y, double x) {
        final double tiny = 1.0e-300;
        final double piO4 = 7.8539816339744827900E-01;
        final double piO2 = 1.5707963267948965580E+00;
        final double pi = 3.1415926535897931160E+00;
        final double piLo = 1.2246467991473531772E-16;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int lx = lo(x);
        int hy = hi(y);
        int iy = hy & 0x7fffffff;
        int ly = lo(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000) {
            return x + y; // x or y is NaN
        }
        if (((hx - 0x3ff00000) | lx) == 0) {
            return atan(y); // x = 1.0
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) { // y = 0
            switch (m) {
                case 0:
                case 1: return y;
                case 2: return pi + tiny;
                default: return -pi - tiny;
            }
        }
        if ((ix | lx) == 0) {
            return hy < 0 ? -piO2 - tiny : piO2 + tiny;
        }
        if (ix == 0x7ff00000) {
            if (iy == 0x7ff00000) {
                switch (m) {
                    case 0: return piO4 + tiny;
                    case 1: return -piO4 - tiny;
                    case 2: return 3.0 * piO4 + tiny;
                    default: return -3.0 * piO4 - tiny;
                }
            } else {
                switch (m) {
                    case 0: return 0.0;
                    case 1: return -0.0;
                    case 2: return pi + tiny;
                    default: return -pi - tiny;
                }
            }
        }
        if (iy == 0x7ff00000) {
            return hy < 0 ? -piO2 - tiny : piO2 + tiny;
        }
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {
            z = piO2 + 0.5 * piLo;
        } else if (hx < 0 && k < -60) {
            z = 0.0;
        } else {
            z = atan(abs(y / x));
        }
        switch (m) {
            case 0: return z;
            case 1: return -z;
            case 2: return pi - (z - piLo);
            default: return (z - piLo) - pi;
        }
    }

    // ---- exponential and logarithms ----

    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    public static double exp(double x) {
        final double huge = 1.0e+300;
        final double twom1000 = 9.33263618503218878990e-302;
        final double oThreshold = 7.09782712893383973096e+02;
        final double uThreshold = -7.45133219101941108420e+02;
        final double ln2Hi = 6.93147180369123816490e-01;
        final double ln2Lo = 1.90821492927058770002e-10;
        final double invln2 = 1.44269504088896338700e+00;
        double hi = 0;
        double lo = 0;
        int k = 0;
        int hx = hi(x);
        int xsb = (hx >> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= 0x40862E42) { // |x| >= 709.78
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) {
                    return x + x; // NaN
                }
                return xsb == 0 ? x : 0.0;
            }
            if (x > oThreshold) {
                return huge * huge;
            }
            if (x < uThreshold) {
                return twom1000 * twom1000;
            }
        }
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
            if (hx < 0x3FF0A2B2) { // |x| < 1.5 ln2
                hi = xsb == 0 ? x - ln2Hi : x + ln2Hi;
                lo = xsb == 0 ? ln2Lo : -ln2Lo;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (invln2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * ln2Hi;
                lo = t * ln2Lo;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) { // |x| < 2^-28
            if (huge + x > 1.0) {
                return 1.0 + x;
            }
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHi(y, hi(y) + (k << 20));
        }
        y = withHi(y, hi(y) + ((k + 1000) << 20));
        return y * twom1000;
    }

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double TWO54 = 1.80143985094819840000e+16;

    public static double log(double x) {
        final double lg1 = 6.666666666666735130e-01;
        final double lg2 = 3.999999999940941908e-01;
        final double lg3 = 2.857142874366239149e-01;
        final double lg4 = 2.222219843214978396e-01;
        final double lg5 = 1.818357216161805012e-01;
        final double lg6 = 1.531383769920937332e-01;
        final double lg7 = 1.479819860511658591e-01;
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / 0.0; // log(+-0) = -inf
            }
            if (hx < 0) {
                return (x - x) / 0.0; // log(-#) = NaN
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (lg2 + w * (lg4 + w * lg6));
        double t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    public static double log10(double x) {
        final double ivln10 = 4.34294481903251816668e-01;
        final double log10_2hi = 3.01029995663611771306e-01;
        final double log10_2lo = 3.69423907715893078616e-13;
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / 0.0;
            }
            if (hx < 0) {
                return (x - x) / 0.0;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * log10_2lo + ivln10 * log(x);
        return z + y * log10_2hi;
    }

    // ---- power ----

    public static double pow(double x, double y) {
        final double[] bp = {1.0, 1.5};
        final double[] dpH = {0.0, 5.84962487220764160156e-01};
        final double[] dpL = {0.0, 1.35003920212974897128e-08};
        final double two53 = 9007199254740992.0;
        final double huge = 1.0e300;
        final double tiny = 1.0e-300;
        final double l1 = 5.99999999999994648725e-01;
        final double l2 = 4.28571428578550184252e-01;
        final double l3 = 3.33333329818377432918e-01;
        final double l4 = 2.72728123808534006489e-01;
        final double l5 = 2.30660745775561754067e-01;
        final double l6 = 2.06975017800338417784e-01;
        final double lg2 = 6.93147180559945286227e-01;
        final double lg2H = 6.93147182464599609375e-01;
        final double lg2L = -1.90465429995776804525e-09;
        final double ovt = 8.0085662595372944372e-17;
        final double cp = 9.61796693925975554329e-01;
        final double cpH = 9.61796700954437255859e-01;
        final double cpL = -7.02846165095275826516e-09;
        final double ivln2 = 1.44269504088896338700e+00;
        final double ivln2H = 1.44269502162933349609e+00;
        final double ivln2L = 1.92596299112661746887e-08;
        double z;
        double ax;
        double zH;
        double zL;
        double pH;
        double pL;
        double t1;
        double t2;
        double r;
        double s;
        double t;
        double u;
        double v;
        double w;
        int i;
        int j;
        int k;
        int n;
        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;
        if ((iy | ly) == 0) {
            return 1.0; // y = 0
        }
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000
                || (iy == 0x7ff00000 && ly != 0)) {
            return x + y; // NaN
        }
        // yisint: 0 = not an integer, 1 = odd, 2 = even
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }
        if (ly == 0) {
            if (iy == 0x7ff00000) { // y is +-inf
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y; // (+-1)**+-inf is NaN
                } else if (ix >= 0x3ff00000) {
                    return hy >= 0 ? y : 0.0;
                } else {
                    return hy < 0 ? -y : 0.0;
                }
            }
            if (iy == 0x3ff00000) {
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x;
            }
            if (hy == 0x3fe00000) {
                if (hx >= 0) {
                    return ExactMath.sqrt(x);
                }
            }
        }
        ax = abs(x);
        if (lx == 0) {
            if (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000) {
                z = ax;
                if (hy < 0) {
                    z = 1.0 / z;
                }
                if (hx < 0) {
                    if (((ix - 0x3ff00000) | yisint) == 0) {
                        z = (z - z) / (z - z); // (-1)**non-int is NaN
                    } else if (yisint == 1) {
                        z = -z;
                    }
                }
                return z;
            }
        }
        n = (hx >> 31) + 1;
        if ((n | yisint) == 0) {
            return (x - x) / (x - x); // (x<0)**(non-int) is NaN
        }
        s = 1.0;
        if ((n | (yisint - 1)) == 0) {
            s = -1.0; // (-ve)**(odd int)
        }
        if (iy > 0x41e00000) { // |y| > 2^31
            if (iy > 0x43f00000) { // |y| > 2^64
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? huge * huge : tiny * tiny;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? huge * huge : tiny * tiny;
                }
            }
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * huge * huge : s * tiny * tiny;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * huge * huge : s * tiny * tiny;
            }
            // |1 - x| is tiny
            t = ax - 1.0;
            w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            u = ivln2H * t;
            v = t * ivln2L - w * ivln2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) { // subnormal x
                ax *= two53;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            if (j <= 0x3988E) {
                k = 0; // |x| < sqrt(3/2)
            } else if (j < 0xBB67A) {
                k = 1; // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);
            u = ax - bp[k];
            v = 1.0 / (ax + bp[k]);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - bp[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            r = s2 * s2 * (l1 + s2 * (l2 + s2 * (l3 + s2 * (l4 + s2 * (l5 + s2 * l6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            pH = withLo(u + v, 0);
            pL = v - (pH - u);
            zH = cpH * pH;
            zL = cpL * pH + pL * cp + dpL[k];
            t = n;
            t1 = withLo(((zH + zL) + dpH[k]) + t, 0);
            t2 = zL - (((t1 - t) - dpH[k]) - zH);
        }
        // split y into y1 + y2 and compute (y1 + y2) * (t1 + t2)
        double y1 = withLo(y, 0);
        pL = (y - y1) * t1 + y * t2;
        pH = y1 * t1;
        z = pL + pH;
        j = hi(z);
        i = lo(z);
        if (j >= 0x40900000) { // z >= 1024
            if (((j - 0x40900000) | i) != 0) {
                return s * huge * huge;
            } else if (pL + ovt > z - pH) {
                return s * huge * huge;
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) { // z <= -1075
            if (((j - 0xc090cc00) | i) != 0) {
                return s * tiny * tiny;
            } else if (pL <= z - pH) {
                return s * tiny * tiny;
            }
        }
        i = j & 0x7fffffff;
        k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) { // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            t = fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        t = withLo(pL + pH, 0);
        u = t * lg2H;
        v = (pL - (t - pH)) * lg2 + t * lg2L;
        z = u + v;
        w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += n << 20;
        if ((j >> 20) <= 0) {
            z = scalbn(z, n); // subnormal output
        } else {
            z = withHi(z, hi(z) + (n << 20));
        }
        return s * z;
    }

    // ---- cube root and hypotenuse ----

    public static double cbrt(double x) {
        final int b1 = 715094163;
        final int b2 = 696219795;
        final double c = 5.42857142857142815906e-01;
        final double d = -7.05306122448979611050e-01;
        final double e = 1.41428571428571436819e+00;
        final double f = 1.60714285714285720630e+00;
        final double g = 3.57142857142857150787e-01;
        double t = 0.0;
        int hx = hi(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000) {
            return x + x; // NaN, infinity
        }
        if ((hx | lo(x)) == 0) {
            return x; // +-0
        }
        x = withHi(x, hx); // |x|
        if (hx < 0x00100000) { // subnormal
            t = withHi(t, 0x43500000); // 2^54
            t *= x;
            t = withHi(t, hi(t) / 3 + b2);
        } else {
            t = withHi(t, hx / 3 + b1);
        }
        double r = t * t / x;
        double s = c + r * t;
        t *= g + f / (s + e + d / s);
        t = fromWords(hi(t) + 1, 0);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return withHi(t, hi(t) | sign);
    }

    public static double hypot(double x, double y) {
        double a;
        double b;
        double t1;
        double t2;
        double w;
        int ha = hi(x) & 0x7fffffff;
        int hb = hi(y) & 0x7fffffff;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = withHi(a, ha); // |a|
        b = withHi(b, hb); // |b|
        if ((ha - hb) > 0x3c00000) {
            return a + b; // x/y > 2^60
        }
        int k = 0;
        if (ha > 0x5f300000) { // a > 2^500
            if (ha >= 0x7ff00000) { // infinity or NaN
                w = a + b;
                if (((ha & 0xfffff) | lo(a)) == 0) {
                    w = a;
                }
                if (((hb ^ 0x7ff00000) | lo(b)) == 0) {
                    w = b;
                }
                return w;
            }
            ha -= 0x25800000;
            hb -= 0x25800000;
            k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20b00000) { // b < 2^-500
            if (hb <= 0x000fffff) { // subnormal b or 0
                if ((hb | lo(b)) == 0) {
                    return a;
                }
                t1 = fromWords(0x7fd00000, 0); // 2^1022
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        w = a - b;
        if (w > b) {
            t1 = fromWords(ha, 0);
            t2 = a - t1;
            w = ExactMath.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = fromWords(hb, 0);
            double y2 = b - y1;
            t1 = fromWords(ha + 0x00100000, 0);
            t2 = a - t1;
            w = ExactMath.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            t1 = fromWords(0x3ff00000 + (k << 20), 0);
            return t1 * w;
        }
        return w;
    }

    /**
     * {@code IEEEremainder}: x - n*y with n the integer nearest x/y (ties to even), computed exactly from the
     * exact remainder {@link ExactMath#fmod} as fdlibm's __ieee754_remainder does.
     */
    public static double IEEEremainder(double x, double p) {
        int hx = hi(x);
        int lx = lo(x);
        int hp = hi(p) & 0x7fffffff;
        int lp = lo(p);
        int sx = hx & 0x80000000;
        hx &= 0x7fffffff;
        if ((hp | lo(p)) == 0) {
            return (x * p) / (x * p); // p = 0
        }
        if (hx >= 0x7ff00000 || (hp >= 0x7ff00000 && ((hp - 0x7ff00000) | lo(p)) != 0)) {
            return (x * p) / (x * p); // x not finite, or p NaN
        }
        if (hp <= 0x7fdfffff) {
            x = ExactMath.fmod(x, p + p); // now x < 2p
        }
        if (((hx - hp) | (lx - lp)) == 0) {
            return 0.0 * x;
        }
        p = abs(p);
        x = abs(x);
        if (hp < 0x00200000) {
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double pHalf = 0.5 * p;
            if (x > pHalf) {
                x -= p;
                if (x >= pHalf) {
                    x -= p;
                }
            }
        }
        return withHi(x, hi(x) ^ sx);
    }

    // ---- expm1, log1p, sinh, cosh, tanh (fdlibm s_expm1.c, s_log1p.c, e_sinh.c, e_cosh.c, s_tanh.c) ----

    public static double expm1(double x) {
        final double huge = 1.0e+300;
        final double tiny = 1.0e-300;
        final double oThreshold = 7.09782712893383973096e+02;
        final double invln2 = 1.44269504088896338700e+00;
        final double q1 = -3.33333333333331316428e-02;
        final double q2 = 1.58730158725481460165e-03;
        final double q3 = -7.93650757867487942473e-05;
        final double q4 = 4.00821782732936239552e-06;
        final double q5 = -2.01099218183624371326e-07;
        double y;
        double hi;
        double lo;
        double c = 0;
        double t;
        int k;
        int hx = hi(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) {
                        return x + x; // NaN
                    }
                    return xsb == 0 ? x : -1.0;
                }
                if (x > oThreshold) {
                    return huge * huge;
                }
            }
            if (xsb != 0 && x + tiny < 0.0) {
                return tiny - 1.0;
            }
        }
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2
            if (hx < 0x3FF0A2B2) { // |x| < 1.5 ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (invln2 * x + (xsb == 0 ? 0.5 : -0.5));
                t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2^-54
            t = huge + x;
            return x - (t - (huge + x));
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))));
        t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2^-k
            y = t - (e - x);
            y = withHi(y, hi(y) + (k << 20));
        } else {
            t = fromWords((0x3ff - k) << 20, 0); // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = withHi(y, hi(y) + (k << 20));
        }
        return y;
    }

    public static double log1p(double x) {
        final double lp1 = 6.666666666666735130e-01;
        final double lp2 = 3.999999999940941908e-01;
        final double lp3 = 2.857142874366239149e-01;
        final double lp4 = 2.222219843214978396e-01;
        final double lp5 = 1.818357216161805012e-01;
        final double lp6 = 1.531383769920937332e-01;
        final double lp7 = 1.479819860511658591e-01;
        final double zero = 0.0;
        double f = 0;
        double c = 0;
        int hu = 0;
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        int k = 1;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1.0
                if (x == -1.0) {
                    return -TWO54 / zero; // -inf
                }
                return (x - x) / (x - x); // NaN
            }
            if (ax < 0x3e200000) { // |x| < 2^-29
                if (TWO54 + x > zero && ax < 0x3c900000) {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000); // normalize u
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000); // normalize u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2^-20
            if (f == zero) {
                if (k == 0) {
                    return zero;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (lp1 + z * (lp2 + z * (lp3 + z * (lp4 + z * (lp5 + z * (lp6 + z * lp7))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    public static double sinh(double x) {
        final double shuge = 1.0e307;
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000 && shuge + x > 1.0) { // |x| < 2^-28
                return x;
            }
            double t = expm1(abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) {
            return h * exp(abs(x));
        }
        long lx = lo(x) & 0xffffffffL;
        if (ix < 0x408633CE || (ix == 0x408633ce && lx <= 0x8fb9f87dL)) {
            double w = exp(0.5 * abs(x));
            double t = h * w;
            return t * w;
        }
        return x * shuge;
    }

    public static double cosh(double x) {
        final double huge = 1.0e300;
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        if (ix < 0x3fd62e43) { // |x| in [0, 0.5 ln2]
            double t = expm1(abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) { // |x| in [0.5 ln2, 22]
            double t = exp(abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) {
            return 0.5 * exp(abs(x));
        }
        long lx = lo(x) & 0xffffffffL;
        if (ix < 0x408633CE || (ix == 0x408633ce && lx <= 0x8fb9f87dL)) {
            double w = exp(0.5 * abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return huge * huge;
    }

    public static double tanh(double x) {
        final double tiny = 1.0e-300;
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) { // |x| >= 1
                double t = expm1(2.0 * abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - tiny;
        }
        return jx >= 0 ? z : -z;
    }
}
