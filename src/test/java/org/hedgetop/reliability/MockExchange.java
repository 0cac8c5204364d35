package org.hedgetop.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * A Binance on loopback for the reliability tests: the documented shapes of the endpoints hedgetop uses,
 * prices from a formula of symbol and time (never zero), and two ways to misbehave - {@link #hostile}
 * text (escape sequences in symbols and error messages) and a {@link Fault} chosen per request, for
 * the soak's rotation of stalls, resets, 429s, garbage and outages.
 */
final class MockExchange extends Dispatcher {
    /** The sequences no terminal may ever receive from hedgetop. */
    static final List<String> ESCAPES = List.of("\u001b]0;pwned\u0007", "\u001b[2J", "\u009b", "\u202e");
    static final String HOSTILE = "x" + String.join("y", ESCAPES) + "z";
    private static final long DAY = Duration.ofDays(1).toMillis();

    /** What one request gets instead of its answer. */
    enum Fault { NONE, STALL, RESET, TRUNCATED, RATE_LIMITED, BANNED, GARBAGE, HTML, SERVER_ERROR, OUTAGE }

    private final Supplier<Instant> now;
    private final List<String> spot;
    private final List<String> contracts;
    volatile boolean hostile;
    volatile Function<HttpUrl, Fault> faults = url -> Fault.NONE;
    final AtomicLong requests = new AtomicLong();

    MockExchange(Supplier<Instant> now, List<String> spot, List<String> contracts) {
        this.now = now;
        this.spot = List.copyOf(spot);
        this.contracts = List.copyOf(contracts);
    }

    /** Price of {@code symbol} at {@code millis}: a level per symbol and a slow wave, always positive. */
    static double price(String symbol, long millis) {
        int h = Math.abs(symbol.hashCode());
        double level = 5 + h % 200;
        return level * (1 + 0.05 * Math.sin(millis / 3.6e6 / (5 + h % 7)));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.incrementAndGet();
        HttpUrl url = request.getUrl();
        Fault fault = faults.apply(url);
        return switch (fault) {
            case NONE -> answer(url);
            // no answer within the client's read timeout; a delay rather than SocketEffect.Stall, so the
            // server's thread is freed afterwards and the soak's thread count measures hedgetop, not the mock
            case STALL -> new MockResponse.Builder(answer(url)).headersDelay(1, TimeUnit.SECONDS).build();
            case RESET -> new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
            case TRUNCATED -> new MockResponse.Builder(answer(url)).onResponseBody(new SocketEffect.CloseSocket()).build();
            case RATE_LIMITED -> new MockResponse.Builder().code(429).addHeader("Retry-After", "30")
                    .body(errorBody(-1003, "Too many requests; current limit is 6000 request weight per 1 MINUTE")).build();
            case BANNED -> new MockResponse.Builder().code(418).addHeader("Retry-After", "120")
                    .body(errorBody(-1003, "Way too many requests; IP banned")).build();
            case GARBAGE -> json("{\"symbol\":\"SOLUSDT\",\"price\":\"NaN\"}]]" + (hostile ? HOSTILE : "") + "\u0000\u00ff");
            case HTML -> new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                    .body("<html><title>502 Bad Gateway" + (hostile ? HOSTILE : "") + "</title></html>").build();
            case SERVER_ERROR -> new MockResponse.Builder().code(500).body(errorBody(-1000, "An unknown error occurred")).build();
            case OUTAGE -> new MockResponse.Builder().code(503).body("Service Unavailable").build();
        };
    }

    private String errorBody(int code, String msg) {
        return String.format(Locale.ROOT, "{\"code\":%d,\"msg\":\"%s\"}", code, hostile ? msg + jsonEscaped(HOSTILE) : msg);
    }

    private MockResponse answer(HttpUrl url) {
        long t = now.get().toEpochMilli();
        return switch (url.encodedPath()) {
            case "/api/v3/ticker/price" -> {
                List<String> items = new ArrayList<>();
                for (String s : spot) {
                    items.add(String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"price\":\"%.8f\"}", s, price(s, t)));
                }
                if (hostile && url.queryParameter("symbols") == null) {
                    items.add("{\"symbol\":\"" + jsonEscaped(HOSTILE) + "\",\"price\":\"1\"}");
                }
                yield json("[" + String.join(",", items) + "]");
            }
            case "/fapi/v1/premiumIndex" -> {
                List<String> items = new ArrayList<>();
                long next = (t / (8 * 3_600_000L) + 1) * 8 * 3_600_000L;
                for (String s : contracts) {
                    double mark = price(s, t);
                    items.add(String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"markPrice\":\"%.8f\",\"indexPrice\":\"%.8f\","
                            + "\"lastFundingRate\":\"0.00010000\",\"nextFundingTime\":%d,\"time\":%d}", s, mark, mark * 0.999, next, t));
                }
                if (hostile) {
                    items.add("{\"symbol\":\"" + jsonEscaped(HOSTILE) + "\",\"markPrice\":\"1\",\"nextFundingTime\":0}");
                }
                yield json("[" + String.join(",", items) + "]");
            }
            case "/fapi/v1/fundingInfo" -> json("[]");
            case "/fapi/v1/fundingRate" -> fundingRate(url, t);
            case "/api/v3/klines", "/fapi/v1/klines" -> klines(url, t);
            default -> new MockResponse.Builder().code(404).body(errorBody(-5000, "Path not found")).build();
        };
    }

    private MockResponse fundingRate(HttpUrl url, long t) {
        String symbol = url.queryParameter("symbol");
        long start = Long.parseLong(url.queryParameter("startTime"));
        long period = 8 * 3_600_000L;
        List<String> items = new ArrayList<>();
        for (long e = Math.max((start + period - 1) / period * period, t - 60 * DAY); e <= t && items.size() < 1000; e += period) {
            items.add(String.format(Locale.ROOT, "{\"symbol\":\"%s\",\"fundingRate\":\"0.00010000\",\"fundingTime\":%d,"
                    + "\"markPrice\":\"%.8f\"}", symbol, e, price(symbol, e)));
        }
        return json("[" + String.join(",", items) + "]");
    }

    private MockResponse klines(HttpUrl url, long t) {
        String symbol = url.queryParameter("symbol");
        if (hostile && symbol.startsWith("ETH") && url.encodedPath().startsWith("/api")) {
            // one symbol the exchange refuses, with a message full of escapes
            return new MockResponse.Builder().code(400).body(errorBody(-1120, "Invalid interval.")).build();
        }
        long step = intervalMillis(url.queryParameter("interval"));
        int limit = Integer.parseInt(url.queryParameter("limit"));
        long current = Math.floorDiv(t, step) * step;
        String startText = url.queryParameter("startTime");
        long first = startText == null ? current - (limit - 1) * step : Math.floorDiv(Long.parseLong(startText) + step - 1, step) * step;
        first = Math.max(first, current - 999 * step);
        StringBuilder out = new StringBuilder("[");
        for (long k = first, n = 0; k <= current && n < limit; k += step, n++) {
            double c = price(symbol, Math.min(k + step - 1, t));
            out.append(out.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
                    "[%d,\"%.8f\",\"%.8f\",\"%.8f\",\"%.8f\",\"1000.0\",%d,\"1.0\",1,\"1.0\",\"1.0\",\"0\"]", k, c, c, c, c, k + step - 1));
        }
        return json(out.append(']').toString());
    }

    private static long intervalMillis(String label) {
        return switch (label == null ? "1d" : label) {
            case "1h" -> 3_600_000L;
            case "4h" -> 4 * 3_600_000L;
            default -> DAY;
        };
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    static String jsonEscaped(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x202e
                ? String.format("\\u%04x", cp) : new String(Character.toChars(cp))));
        return out.toString();
    }
}
