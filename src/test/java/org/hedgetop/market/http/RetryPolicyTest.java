package org.hedgetop.market.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    final RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(8));

    @Test
    void delaysDoubleUpToTheCapWithJitterBetweenHalfAndAll() {
        Random random = new Random(1);
        long[] ceilings = {500, 1000, 2000, 4000, 8000, 8000, 8000};
        for (int retry = 1; retry <= ceilings.length; retry++) {
            for (int k = 0; k < 50; k++) {
                Duration d = policy.delay(retry, random);
                assertThat(d.toMillis()).as("retry %d", retry).isBetween(ceilings[retry - 1] / 2, ceilings[retry - 1]);
            }
        }
    }

    @Test
    void jitterSpreadsTheDelays() {
        Random random = new Random(7);
        long distinct = java.util.stream.IntStream.range(0, 20).mapToLong(i -> policy.delay(3, random).toMillis())
                .distinct().count();
        assertThat(distinct).isGreaterThan(10);
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-02-10T12:00:00Z");
        assertThat(Fetcher.parseRetryAfter("30", now)).contains(Duration.ofSeconds(30));
        assertThat(Fetcher.parseRetryAfter("Tue, 10 Feb 2026 12:02:00 GMT", now)).contains(Duration.ofMinutes(2));
        assertThat(Fetcher.parseRetryAfter("soon", now)).isEmpty();
        assertThat(Fetcher.parseRetryAfter("-5", now)).isEmpty();
        assertThat(Fetcher.parseRetryAfter(null, now)).isEmpty();
    }
}
