package org.hedgetop.market.sim;

import java.nio.charset.StandardCharsets;

/**
 * Counter-based random numbers: every draw is a pure function of (seed, stream, a, b), so any point of
 * a simulated path can be computed without generating the ones before it. This is what makes the
 * simulator deterministic in {@code now} whatever sequence of polls led there.
 */
final class Noise {
    private final long seed;

    Noise(long seed) {
        this.seed = mix(seed ^ 0x5DEECE66DL);
    }

    /** A stable 64-bit id of a name (FNV-1a over UTF-8, then mixed): streams per token and instrument. */
    static long stream(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser: a bijective, well-mixing 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long bits(long stream, long a, long b) {
        long h = mix(seed + stream);
        h = mix(h ^ (a * 0x9E3779B97F4A7C15L));
        return mix(h ^ (b + 0x632BE59BD9B4E019L));
    }

    /** Uniform in the open interval (0, 1). */
    double uniform(long stream, long a, long b) {
        return ((bits(stream, a, b) >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** Standard normal by inversion of a uniform (one hash per draw, no state). */
    double gaussian(long stream, long a, long b) {
        return inverseNormal(uniform(stream, a, b));
    }

    /** Uniform in [0,1) from a deterministic function of a name: parameters of unknown tokens. */
    static double unitFromName(String name, int salt) {
        return ((mix(stream(name) + salt * 0x9E3779B97F4A7C15L) >>> 11)) * 0x1.0p-53;
    }

    // Acklam's rational approximation of the normal quantile, relative error < 1.2e-9: plenty for a
    // simulator. StrictMath keeps every draw bit-identical across JVMs and JIT states (a report run twice
    // must print the same bytes).
    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
        3.754408661907416e+00};

    static double inverseNormal(double p) {
        if (p < 0.02425) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - 0.02425) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(1 - p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
