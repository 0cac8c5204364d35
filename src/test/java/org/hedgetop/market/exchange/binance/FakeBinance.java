package org.hedgetop.market.exchange.binance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A small Binance on loopback: answers the documented shapes of the endpoints hedgetop uses from
 * in-memory markets, and lets a test queue a fault for a path. Candle closes follow a formula
 * ({@link #close}) so tests can derive expected values independently.
 */
public final class FakeBinance extends Dispatcher {
    public static final long DAY = Duration.ofDays(1).toMillis();

    public volatile Instant now;
    public final Map<String, Double> spot = new ConcurrentHashMap<>();
    /** symbol -> {mark, index, lastFundingRate, nextFundingTime millis}; nextFundingTime 0 for dated contracts. */
    public final Map<String, double[]> contracts = new ConcurrentHashMap<>();
    public final Map<String, Integer> fundingHours = new ConcurrentHashMap<>();
    /** symbol -> settled events {time millis, rate, mark}, oldest first. */
    public final Map<String, List<double[]>> funding = new ConcurrentHashMap<>();
    public final Map<String, Deque<MockResponse>> faults = new ConcurrentHashMap<>();
    public final List<HttpUrl> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Reported in X-MBX-USED-WEIGHT-1M when above 0. */
    public volatile int usedWeight;
    /** When set, every request gets this answer (an outage). */
    public volatile MockResponse down;

    public FakeBinance(Instant now) {
        this.now = now;
    }

    /**
     * Close of {@code symbol}'s daily candle opening at {@code openTime}: a per-symbol level times a
     * saw-tooth of the day number whose step and phase depend on the symbol (so symbols are not
     * perfectly correlated).
     */
    public static double close(String symbol, long openTime) {
        int h = Math.abs(symbol.hashCode());
        long day = openTime / DAY;
        return (h % 50 + 10) * (1 + 0.01 * ((day * (1 + h % 3) + h) % 7));
    }

    public static final long HOUR = 3_600_000L;

    /** Close of {@code symbol}'s hourly mark-price candle opening at {@code openTime}: different every hour. */
    public static double markClose(String symbol, long openTime) {
        return 100 + Math.abs(symbol.hashCode()) % 7 + (openTime / HOUR) % 97;
    }

    /** {@code /fapi/v1/markPriceKlines}: 1 h candles opening in [startTime, endTime], oldest first, at most limit. */
    private String markPriceKlines(HttpUrl url) {
        String symbol = url.queryParameter("symbol");
        long start = Math.floorDiv(Long.parseLong(url.queryParameter("startTime")) + HOUR - 1, HOUR) * HOUR;
        long end = Math.min(Long.parseLong(url.queryParameter("endTime")), now.toEpochMilli());
        int limit = Integer.parseInt(url.queryParameter("limit"));
        StringBuilder out = new StringBuilder("[");
        for (long t = start, n = 0; t <= end && n < limit; t += HOUR, n++) {
            double c = markClose(symbol, t);
            out.append(out.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
                    "[%d,\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",\"0\",%d,\"0\",60,\"0\",\"0\",\"0\"]", t, c, c, c, c,
                    t + HOUR - 1));
        }
        return out.append(']').toString();
    }

    public static double volume(long openTime) {
        return 1000 + (openTime / DAY) % 13;
    }

    public void fault(String path, MockResponse... responses) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(responses));
    }

    public int count(String path) {
        synchronized (requests) {
            return (int) requests.stream().filter(u -> u.encodedPath().equals(path)).count();
        }
    }

    public List<HttpUrl> requestsTo(String path) {
        synchronized (requests) {
            return requests.stream().filter(u -> u.encodedPath().equals(path)).toList();
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        requests.add(url);
        MockResponse outage = down;
        if (outage != null) {
            return outage;
        }
        Deque<MockResponse> queued = faults.get(url.encodedPath());
        if (queued != null) {
            MockResponse fault = queued.poll();
            if (fault != null) {
                return fault;
            }
        }
        MockResponse answer = answer(url);
        return usedWeight > 0 ? new MockResponse.Builder(answer).addHeader("X-MBX-USED-WEIGHT-1M", usedWeight).build()
                : answer;
    }

    private MockResponse answer(HttpUrl url) {
        return switch (url.encodedPath()) {
            case "/api/v3/ticker/price" -> prices(url.queryParameter("symbols"));
            case "/fapi/v1/premiumIndex" -> json(premiumIndex());
            case "/fapi/v1/fundingInfo" -> json(fundingInfo());
            case "/fapi/v1/fundingRate" -> json(fundingRate(url));
            case "/api/v3/klines", "/fapi/v1/klines" -> klines(url);
            case "/fapi/v1/markPriceKlines" -> json(markPriceKlines(url));
            default -> new MockResponse.Builder().code(404).body("{\"code\":-5000,\"msg\":\"Path not found\"}").build();
        };
    }

    public static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private MockResponse prices(String symbols) {
        List<String> wanted;
        if (symbols == null) {
            wanted = new ArrayList<>(spot.keySet());
        } else {
            wanted = List.of(symbols.replaceAll("[\\[\\]\"]", "").split(","));
            for (String s : wanted) {
                if (!spot.containsKey(s)) {
                    return new MockResponse.Builder().code(400).body("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}").build();
                }
            }
        }
        return json(wanted.stream().map(s -> String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"price\":\"%.8f\"}", s,
                spot.get(s))).collect(Collectors.joining(",", "[", "]")));
    }

    private String premiumIndex() {
        return contracts.entrySet().stream().map(e -> {
            double[] c = e.getValue();
            return String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"markPrice\":\"%.8f\",\"indexPrice\":\"%.8f\","
                            + "\"estimatedSettlePrice\":\"%.8f\",\"lastFundingRate\":\"%.8f\",\"interestRate\":\"0.00010000\","
                            + "\"nextFundingTime\":%d,\"time\":%d}", e.getKey(), c[0], c[1], c[1], c[2], (long) c[3],
                    now.toEpochMilli());
        }).collect(Collectors.joining(",", "[", "]"));
    }

    private String fundingInfo() {
        return fundingHours.entrySet().stream().map(e -> String.format(Locale.ROOT,
                "{\"symbol\":\"%s\",\"adjustedFundingRateCap\":\"0.02000000\",\"adjustedFundingRateFloor\":\"-0.02000000\","
                        + "\"fundingIntervalHours\":%d,\"disclaimer\":false}", e.getKey(), e.getValue()))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private String fundingRate(HttpUrl url) {
        String symbol = url.queryParameter("symbol");
        long start = Long.parseLong(url.queryParameter("startTime"));
        int limit = Integer.parseInt(url.queryParameter("limit"));
        return funding.getOrDefault(symbol, List.of()).stream()
                .filter(e -> (long) e[0] >= start && (long) e[0] <= now.toEpochMilli()).limit(limit)
                .map(e -> String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"fundingRate\":\"%.8f\",\"fundingTime\":%d,"
                        + "\"markPrice\":\"%s\"}", symbol, e[1], (long) e[0],
                        Double.isNaN(e[2]) ? "" : String.format(Locale.ROOT, "%.8f", e[2]))) // older records: 
                .collect(Collectors.joining(",", "[", "]"));
    }

    private MockResponse klines(HttpUrl url) {
        String symbol = url.queryParameter("symbol");
        boolean futures = url.encodedPath().startsWith("/fapi");
        if (futures ? !contracts.containsKey(symbol) : !spot.containsKey(symbol)) {
            return new MockResponse.Builder().code(400).body("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}").build();
        }
        if (!"1d".equals(url.queryParameter("interval"))) {
            return new MockResponse.Builder().code(400).body("{\"code\":-1120,\"msg\":\"Invalid interval.\"}").build();
        }
        int limit = Integer.parseInt(url.queryParameter("limit"));
        long current = Math.floorDiv(now.toEpochMilli(), DAY) * DAY;
        String startText = url.queryParameter("startTime");
        long first = startText == null ? current - (limit - 1) * DAY
                : Math.floorDiv(Long.parseLong(startText) + DAY - 1, DAY) * DAY;
        StringBuilder out = new StringBuilder("[");
        for (long t = first, n = 0; t <= current && n < limit; t += DAY, n++) {
            if (out.length() > 1) {
                out.append(',');
            }
            double c = close(symbol, t);
            out.append(String.format(Locale.ROOT, "[%d,\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",%d,\"%.8f\",%d,"
                            + "\"%.8f\",\"%.8f\",\"0\"]", t, c, c * 1.01, c * 0.99, c, volume(t), t + DAY - 1,
                    c * volume(t), 100, volume(t) / 2, c * volume(t) / 2));
        }
        return json(out.append(']').toString());
    }
}
