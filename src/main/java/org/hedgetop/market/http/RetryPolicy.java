package org.hedgetop.market.http;

import java.time.Duration;
import java.util.Random;

/**
 * Capped exponential backoff with jitter. The n-th retry (n = 1, 2, ...) waits a random time between
 * half and all of {@code min(cap, base * 2^(n-1))}: jitter keeps many clients from retrying in step.
 *
 * @param attempts  tries per request, including the first (1 = no retry)
 * @param base      delay before the first retry (before jitter)
 * @param cap       longest delay between two tries
 */
public record RetryPolicy(int attempts, Duration base, Duration cap) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8));

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }

    /** The wait before retry number {@code retry} (1-based). */
    public Duration delay(int retry, Random random) {
        long ceiling = base.toMillis();
        for (int i = 1; i < retry && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
    }
}
