package org.hedgetop.market.exchange.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Hyperliquid's {@code POST /info} on loopback, in the documented shapes. Time-range answers hold at most
 * {@link #CAP} rows, oldest first, as the docs say ("only return 500 elements").
 */
public final class FakeHyperliquid extends Dispatcher {
    public static final int CAP = 500;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A perp's context: {mark, oracle, hourly funding}; a null array member is sent as null. */
    public final Map<String, Double[]> perps = Collections.synchronizedMap(new LinkedHashMap<>());
    /** coin -> [time, rate] rows, oldest first. */
    public final Map<String, List<double[]>> fundingHistory = new ConcurrentHashMap<>();
    /** user -> clearinghouseState body. */
    public final Map<String, String> states = new ConcurrentHashMap<>();
    /** userFunding rows: {time, coin, usdc}. */
    public final List<Object[]> userFunding = Collections.synchronizedList(new ArrayList<>());
    /** userFills rows: {time, coin, side, sz, px, fee, tid}. */
    public final List<Object[]> fills = Collections.synchronizedList(new ArrayList<>());
    /** Request bodies received, as JSON. */
    public final List<JsonNode> bodies = Collections.synchronizedList(new ArrayList<>());
    public final List<String> methods = Collections.synchronizedList(new ArrayList<>());

    public long count(String type) {
        synchronized (bodies) {
            return bodies.stream().filter(b -> b.path("type").asText().equals(type)).count();
        }
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        methods.add(request.getMethod() + " " + request.getTarget());
        if (!request.getMethod().equals("POST") || !request.getUrl().encodedPath().equals("/info")) {
            return new MockResponse.Builder().code(405).build();
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(request.getBody().utf8());
        } catch (IOException e) {
            return new MockResponse.Builder().code(422).body("Failed to deserialize the JSON body").build();
        }
        bodies.add(body);
        long start = body.path("startTime").asLong(0);
        long end = body.path("endTime").asLong(Long.MAX_VALUE);
        return switch (body.path("type").asText()) {
            case "metaAndAssetCtxs" -> json(meta());
            case "clearinghouseState" -> json(states.getOrDefault(body.path("user").asText(), "{\"marginSummary\":{},"
                    + "\"assetPositions\":[],\"time\":1}"));
            case "userFunding" -> json(capped(userFunding, start, end, r -> "{\"time\":" + r[0] + ",\"hash\":\"0x"
                    + "00\",\"delta\":{\"type\":\"funding\",\"coin\":\"" + r[1] + "\",\"usdc\":\"" + r[2]
                    + "\",\"szi\":\"-1\",\"fundingRate\":\"0.0000125\",\"nSamples\":null}}"));
            case "userFillsByTime" -> json(capped(fills, start, end, r -> "{\"closedPnl\":\"0.0\",\"coin\":\"" + r[1]
                    + "\",\"crossed\":true,\"dir\":\"Open Short\",\"hash\":\"0xab\",\"oid\":1,\"px\":\"" + r[4]
                    + "\",\"side\":\"" + r[2] + "\",\"startPosition\":\"0\",\"sz\":\"" + r[3] + "\",\"time\":" + r[0]
                    + ",\"fee\":\"" + r[5] + "\",\"feeToken\":\"USDC\",\"tid\":" + r[6] + "}"));
            case "fundingHistory" -> json(history(body.path("coin").asText(), start, end));
            case "candleSnapshot" -> json(candles(body.path("req")));
            default -> new MockResponse.Builder().code(422).body("Failed to deserialize the JSON body").build();
        };
    }

    @FunctionalInterface
    interface Row {
        String json(Object[] r);
    }

    private static String capped(List<Object[]> rows, long start, long end, Row row) {
        List<String> out = new ArrayList<>();
        synchronized (rows) {
            rows.stream().filter(r -> ((Number) r[0]).longValue() >= start && ((Number) r[0]).longValue() <= end)
                    .sorted((a, b) -> Long.compare(((Number) a[0]).longValue(), ((Number) b[0]).longValue()))
                    .limit(CAP).forEach(r -> out.add(row.json(r)));
        }
        return "[" + String.join(",", out) + "]";
    }

    private String meta() {
        List<String> universe = new ArrayList<>();
        List<String> ctxs = new ArrayList<>();
        synchronized (perps) {
            perps.forEach((coin, v) -> {
                universe.add("{\"szDecimals\":2,\"name\":\"" + coin + "\",\"maxLeverage\":20,\"marginTableId\":54"
                        + (v[0] == null ? ",\"isDelisted\":true" : "") + "}");
                ctxs.add("{\"funding\":\"" + v[2] + "\",\"openInterest\":\"1000.0\",\"prevDayPx\":\"1.0\","
                        + "\"dayNtlVlm\":\"1.0\",\"premium\":" + (v[0] == null ? "null" : "\"0.0001\"")
                        + ",\"oraclePx\":\"" + v[1] + "\",\"markPx\":" + (v[0] == null ? "null" : "\"" + v[0] + "\"")
                        + ",\"midPx\":null,\"impactPxs\":null,\"dayBaseVlm\":\"1.0\"}");
            });
        }
        return "[{\"universe\":[" + String.join(",", universe) + "],\"marginTables\":[],\"collateralToken\":0},["
                + String.join(",", ctxs) + "]]";
    }

    private String history(String coin, long start, long end) {
        List<String> out = new ArrayList<>();
        for (double[] r : fundingHistory.getOrDefault(coin, List.of())) {
            if (r[0] >= start && r[0] <= end && out.size() < CAP) {
                out.add("{\"coin\":\"" + coin + "\",\"fundingRate\":\"" + r[1] + "\",\"premium\":\"0.0\",\"time\":"
                        + (long) r[0] + "}");
            }
        }
        return "[" + String.join(",", out) + "]";
    }

    /** Candles whose close follows {@link #close}; interval 1d, 4h or 1h. */
    private String candles(JsonNode req) {
        String coin = req.path("coin").asText();
        String interval = req.path("interval").asText();
        long step = switch (interval) {
            case "1d" -> 86_400_000L;
            case "4h" -> 14_400_000L;
            default -> 3_600_000L;
        };
        long start = req.path("startTime").asLong();
        long end = req.path("endTime").asLong();
        List<String> out = new ArrayList<>();
        for (long t = (start + step - 1) / step * step; t <= end && out.size() < 5000; t += step) {
            out.add("{\"t\":" + t + ",\"T\":" + (t + step - 1) + ",\"s\":\"" + coin + "\",\"i\":\"" + interval
                    + "\",\"o\":\"1.0\",\"c\":\"" + close(coin, t) + "\",\"h\":\"2.0\",\"l\":\"0.5\",\"v\":\"100.5\","
                    + "\"n\":7}");
        }
        return "[" + String.join(",", out) + "]";
    }

    /** A close tests can recompute: the coin's length times 10, plus the day number mod 5. */
    public static double close(String coin, long openTime) {
        return coin.length() * 10 + (openTime / 86_400_000L) % 5;
    }
}
