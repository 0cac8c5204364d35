package org.hedgetop.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Interval;

/** Hand-built requests and snapshot comparisons shared by the market tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static MarketRequest.Instrument perp(String symbol, String underlying, Instant since) {
        return new MarketRequest.Instrument(symbol, underlying, HedgeType.PERPETUAL, Optional.ofNullable(since),
                Optional.empty());
    }

    public static MarketRequest.Instrument expiry(String symbol, String underlying, LocalDate date) {
        return new MarketRequest.Instrument(symbol, underlying, HedgeType.EXPIRY, Optional.empty(),
                Optional.ofNullable(date));
    }

    public static MarketRequest request(List<String> tokens, List<MarketRequest.Instrument> instruments, int window) {
        Map<String, String> spot = new LinkedHashMap<>();
        for (String t : tokens) {
            spot.put(t, t + "USDT");
        }
        spot.putIfAbsent("BTC", "BTCUSDT");
        spot.putIfAbsent("ETH", "ETHUSDT");
        return new MarketRequest(spot, new ArrayList<>(instruments), Interval.D1, window, "USDT");
    }

    /** Asserts two snapshots carry exactly the same numbers (PriceSeries has identity equality). */
    public static void assertSameSnapshot(MarketSnapshot a, MarketSnapshot b) {
        assertThat(a.time()).isEqualTo(b.time());
        assertThat(a.spot()).isEqualTo(b.spot());
        assertThat(a.futures()).isEqualTo(b.futures());
        assertThat(a.funding()).isEqualTo(b.funding());
        assertThat(a.status()).isEqualTo(b.status());
        assertThat(a.spotHistory().keySet()).isEqualTo(b.spotHistory().keySet());
        a.spotHistory().forEach((k, s) -> assertSameSeries(s, b.spotHistory().get(k)));
        assertThat(a.markHistory().keySet()).isEqualTo(b.markHistory().keySet());
        a.markHistory().forEach((k, s) -> assertSameSeries(s, b.markHistory().get(k)));
    }

    public static void assertSameSeries(PriceSeries a, PriceSeries b) {
        assertThat(a.size()).isEqualTo(b.size());
        assertThat(a.hasVolume()).isEqualTo(b.hasVolume());
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.time(i)).isEqualTo(b.time(i));
            assertThat(a.price(i)).isEqualTo(b.price(i));
            assertThat(a.volume(i)).isEqualTo(b.volume(i));
        }
    }

    /** Closes (last observation) of the closed UTC buckets of a series at now, oldest first. */
    public static List<double[]> closes(PriceSeries s, Interval interval, Instant now) {
        Map<Long, double[]> byBucket = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            long b = interval.bucketStart(s.time(i));
            if (b + interval.millis() <= now.toEpochMilli() && s.time(i) <= now.toEpochMilli()) {
                byBucket.put(b, new double[] {b, s.price(i)});
            }
        }
        return new ArrayList<>(byBucket.values());
    }
}
