package org.hedgetop.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.hedgetop.market.http.ErrorMapper;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Fetcher;
import org.hedgetop.market.live.BaseUrls;
import org.hedgetop.market.live.Json;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.text.Safe;

/**
 * A Hyperliquid account, read by its public address with no key: clearinghouseState (positions),
 * userFunding and userFillsByTime, all {@code POST /info}. Instruments are Hyperliquid's coin names
 * ("SOL", "kPEPE"); sizes are in coins.
 */
public final class HyperliquidAccount implements ExchangeAccount {
    /** Time-range answers are capped ("only return 500 elements"): page on from the last time seen. */
    static final int MAX_PAGES = 200;
    static final int PAGE = 500;

    /** The same override as the Hyperliquid market source (which lives apart: account names no source). */
    public static final String URL_ENV = "HEDGETOP_HYPERLIQUID_URL";
    public static final String DEFAULT_URL = "https://api.hyperliquid.xyz";
    private static final MediaType JSON = MediaType.get("application/json");

    private final String address;
    private final Fetcher fetcher;
    private final HttpUrl info;

    /** @throws IllegalArgumentException when HEDGETOP_HYPERLIQUID_URL is not a base URL */
    public HyperliquidAccount(String address, LiveOptions options) {
        this.address = address;
        this.fetcher = new Fetcher(options.client(), "Hyperliquid", options.retry(), options.sleeper(),
                options.random(), options.maxBodyBytes(), options.clock(), ErrorMapper.NONE);
        String v = options.env().get(URL_ENV);
        String chosen = v == null || v.isBlank() ? DEFAULT_URL : v.trim();
        HttpUrl base = HttpUrl.parse(chosen);
        if (base == null || base.query() != null) {
            throw new IllegalArgumentException(URL_ENV + ": expected a base URL like " + DEFAULT_URL + ", got \""
                    + Safe.text(chosen, 100) + "\"");
        }
        this.info = BaseUrls.endpoint(base, "info").build();
    }

    private static ObjectNode body(String type) {
        return JsonNodeFactory.instance.objectNode().put("type", type);
    }

    @Override
    public String venue() {
        return "hyperliquid";
    }

    @Override
    public String keyOrigin() {
        return "address";
    }

    @Override
    public int requestCount() {
        return fetcher.requestCount();
    }

    /** No key, nothing to check: an address can only be read. */
    @Override
    public KeyPermissions permissions() {
        return KeyPermissions.READ_ONLY;
    }

    @Override
    public List<ExchangePosition> positions() throws AccountException {
        JsonNode n = post(body("clearinghouseState").put("user", address));
        List<ExchangePosition> out = new ArrayList<>();
        try {
            for (JsonNode ap : n.path("assetPositions")) {
                JsonNode p = ap.path("position");
                double szi = Json.number(p, "szi");
                if (szi != 0) {
                    out.add(new ExchangePosition(Json.text(p, "coin"), szi, positive(p, "entryPx"),
                            positive(p, "liquidationPx")));
                }
            }
        } catch (FeedException e) {
            throw VenueHttp.bad(e);
        }
        return out;
    }

    /** userFunding: delta.usdc > 0 = received; one row per coin per hour, so coin@time is its id. */
    @Override
    public Span<FundingPayment> funding(String instrument, Instant from, Instant to) throws AccountException {
        Map<String, FundingPayment> out = new LinkedHashMap<>();
        page("userFunding", from, to, row -> {
            JsonNode d = row.path("delta");
            if (d.path("type").asText().equals("funding") && d.path("coin").asText().equals(instrument)) {
                Instant t = Instant.ofEpochMilli(Json.millis(row, "time"));
                out.putIfAbsent(instrument + "@" + t.toEpochMilli(), new FundingPayment(instrument + "@"
                        + t.toEpochMilli(), instrument, t, Json.number(d, "usdc")));
            }
            return Json.millis(row, "time");
        });
        List<FundingPayment> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(FundingPayment::time));
        return new Span<>(list, from, to);
    }

    /** userFillsByTime: side B buys, A sells; fee plus any builderFee, positive = paid. */
    @Override
    public Span<AccountTrade> trades(String instrument, Instant from, Instant to) throws AccountException {
        Map<String, AccountTrade> out = new LinkedHashMap<>();
        page("userFillsByTime", from, to, row -> {
            long time = Json.millis(row, "time");
            if (Json.text(row, "coin").equals(instrument)) {
                String side = Json.text(row, "side");
                double sz = Json.number(row, "sz");
                double fee = Json.optionalNumber(row, "fee").orElse(0) + Json.optionalNumber(row, "builderFee").orElse(0);
                String id = Json.text(row, "tid");
                out.putIfAbsent(id, new AccountTrade(id, instrument, Instant.ofEpochMilli(time),
                        side.equals("A") ? -sz : sz, Json.price(row, "px"), fee));
            }
            return time;
        });
        List<AccountTrade> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(AccountTrade::time));
        return new Span<>(list, from, to);
    }

    @FunctionalInterface
    private interface Row {
        long read(JsonNode row) throws FeedException;
    }

    /** Pages forward: the next request starts at the latest time seen; stops when a page brings nothing new. */
    private void page(String type, Instant from, Instant to, Row reader) throws AccountException {
        long start = from.toEpochMilli();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode rows = post(body(type).put("user", address).put("startTime", start)
                    .put("endTime", to.toEpochMilli()));
            if (!rows.isArray()) {
                throw new AccountException(AccountException.Kind.UNAVAILABLE, "Hyperliquid " + type
                        + ": expected a list");
            }
            long latest = start;
            boolean fresh = false;
            try {
                for (JsonNode row : rows) {
                    fresh |= seen.add(row.toString());
                    latest = Math.max(latest, reader.read(row));
                }
            } catch (FeedException e) {
                throw VenueHttp.bad(e);
            }
            if (!fresh || rows.size() < PAGE || latest >= to.toEpochMilli()) {
                return;
            }
            start = latest;
        }
    }

    /** POST /info: Hyperliquid's read endpoint (trading is the separate, wallet-signed /exchange). */
    private JsonNode post(ObjectNode body) throws AccountException {
        byte[] bytes = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return Json.parse(fetcher.send(() -> new Request.Builder().url(info)
                    .post(RequestBody.create(bytes, JSON)).build()).body(), "Hyperliquid " + body.path("type").asText());
        } catch (FeedException e) {
            throw VenueHttp.bad(e);
        }
    }

    private static OptionalDouble positive(JsonNode row, String field) throws FeedException {
        OptionalDouble v = Json.optionalNumber(row, field);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }
}
