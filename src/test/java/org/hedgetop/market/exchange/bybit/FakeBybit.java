package org.hedgetop.market.exchange.bybit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.hedgetop.market.exchange.binance.FakeBinance;

/** A small Bybit v5 on loopback, answering the documented envelope and list shapes (newest first). */
public final class FakeBybit extends Dispatcher {
    public static final long DAY = FakeBinance.DAY;

    public volatile Instant now;
    public final Map<String, Double> spot = new ConcurrentHashMap<>();
    /** symbol -> {mark, index, fundingRate, nextFundingTime millis, fundingIntervalHour}; 0 next = dated contract. */
    public final Map<String, double[]> linear = new ConcurrentHashMap<>();
    /** symbol -> events {time millis, rate}, oldest first. */
    public final Map<String, List<double[]>> funding = new ConcurrentHashMap<>();
    public final Map<String, Deque<MockResponse>> faults = new ConcurrentHashMap<>();
    public final List<HttpUrl> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    public FakeBybit(Instant now) {
        this.now = now;
    }

    public void fault(String path, MockResponse... responses) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(responses));
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
        Deque<MockResponse> queued = faults.get(url.encodedPath());
        if (queued != null && !queued.isEmpty()) {
            return queued.poll();
        }
        String category = url.queryParameter("category");
        return switch (url.encodedPath()) {
            case "/v5/market/tickers" -> envelope(category, "spot".equals(category) ? spotList() : linearList());
            case "/v5/market/kline" -> envelope(category, klines(url), url.queryParameter("symbol"));
            case "/v5/market/funding/history" -> envelope(category, fundingList(url));
            case "/v5/market/mark-price-kline" -> envelope(category, markKlines(url), url.queryParameter("symbol"));
            default -> new MockResponse.Builder().code(404).body("").build();
        };
    }

    private MockResponse envelope(String category, String list) {
        return envelope(category, list, null);
    }

    private MockResponse envelope(String category, String list, String symbol) {
        String body = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{" + (symbol == null ? "" : "\"symbol\":\"" + symbol + "\",")
                + "\"category\":\"" + category + "\",\"list\":" + list + "},\"retExtInfo\":{},\"time\":" + now.toEpochMilli() + "}";
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private String spotList() {
        return spot.entrySet().stream().map(e -> String.format(Locale.ROOT,
                "{\"symbol\":\"%s\",\"bid1Price\":\"%s\",\"bid1Size\":\"1\",\"ask1Price\":\"%s\",\"ask1Size\":\"1\","
                        + "\"lastPrice\":\"%s\",\"prevPrice24h\":\"1\",\"price24hPcnt\":\"0.01\",\"highPrice24h\":\"1\","
                        + "\"lowPrice24h\":\"1\",\"turnover24h\":\"1\",\"volume24h\":\"1\",\"usdIndexPrice\":\"\"}",
                e.getKey(), num(e.getValue()), num(e.getValue()), num(e.getValue())))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private String linearList() {
        return linear.entrySet().stream().map(e -> {
            double[] c = e.getValue();
            boolean dated = c[3] == 0;
            return String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"lastPrice\":\"%s\",\"indexPrice\":\"%s\","
                            + "\"markPrice\":\"%s\",\"fundingRate\":\"%s\",\"nextFundingTime\":\"%d\",\"deliveryTime\":\"%s\","
                            + "\"fundingIntervalHour\":\"%s\",\"fundingCap\":\"0.005\"}", e.getKey(), num(c[0]), num(c[1]),
                    num(c[0]), dated ? "" : num(c[2]), (long) c[3], dated ? "1774598400000" : "0",
                    dated ? "" : Integer.toString((int) c[4]));
        }).collect(Collectors.joining(",", "[", "]"));
    }

    public static String num(double v) {
        return Double.isNaN(v) ? "NaN" : java.math.BigDecimal.valueOf(v).toPlainString();
    }

    private String klines(HttpUrl url) {
        String symbol = url.queryParameter("symbol");
        int limit = Integer.parseInt(url.queryParameter("limit"));
        long current = Math.floorDiv(now.toEpochMilli(), DAY) * DAY;
        String start = url.queryParameter("start");
        long first = start == null ? current - (limit - 1) * DAY : Math.floorDiv(Long.parseLong(start) + DAY - 1, DAY) * DAY;
        List<String> rows = new ArrayList<>();
        String endText = url.queryParameter("end");
        if (endText != null) { // a range: Bybit answers its newest limit candles, newest first
            long last = Math.min(Math.floorDiv(Long.parseLong(endText), DAY) * DAY, current);
            for (long t = last; t >= first && rows.size() < limit; t -= DAY) {
                rows.add(kline(symbol, t));
            }
            return rows.stream().collect(Collectors.joining(",", "[", "]"));
        }
        for (long t = first; t <= current && rows.size() < limit; t += DAY) {
            rows.add(kline(symbol, t));
        }
        java.util.Collections.reverse(rows); // Bybit: newest first
        return rows.stream().collect(Collectors.joining(",", "[", "]"));
    }

    private static String kline(String symbol, long t) {
        double c = FakeBinance.close(symbol, t);
        return String.format(Locale.ROOT, "[\"%d\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"]", t, num(c),
                num(c), num(c), num(c), num(FakeBinance.volume(t)), num(c * FakeBinance.volume(t)));
    }

    /** 1 h mark-price candles opening in [start, end]: the newest {@code limit} of them, newest first. */
    private String markKlines(HttpUrl url) {
        String symbol = url.queryParameter("symbol");
        long hour = FakeBinance.HOUR;
        long start = Math.floorDiv(Long.parseLong(url.queryParameter("start")) + hour - 1, hour) * hour;
        long end = Math.min(Long.parseLong(url.queryParameter("end")), now.toEpochMilli());
        int limit = Integer.parseInt(url.queryParameter("limit"));
        List<String> rows = new ArrayList<>();
        for (long t = Math.floorDiv(end, hour) * hour; t >= start && rows.size() < limit; t -= hour) {
            String c = num(FakeBinance.markClose(symbol, t));
            rows.add("[\"" + t + "\",\"" + c + "\",\"" + c + "\",\"" + c + "\",\"" + c + "\"]");
        }
        return rows.stream().collect(Collectors.joining(",", "[", "]"));
    }

    private String fundingList(HttpUrl url) {
        String symbol = url.queryParameter("symbol");
        long start = Long.parseLong(url.queryParameter("startTime"));
        long end = Long.parseLong(url.queryParameter("endTime"));
        int limit = Integer.parseInt(url.queryParameter("limit"));
        return funding.getOrDefault(symbol, List.of()).stream()
                .filter(e -> (long) e[0] >= start && (long) e[0] <= end)
                .sorted(Comparator.comparingDouble((double[] e) -> e[0]).reversed()).limit(limit)
                .map(e -> String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"fundingRate\":\"%s\",\"fundingRateTimestamp\":\"%d\"}",
                        symbol, num(e[1]), (long) e[0]))
                .collect(Collectors.joining(",", "[", "]"));
    }
}
