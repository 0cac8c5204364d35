package org.hedgetop.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hedgetop.market.exchange.hyperliquid.HyperliquidInfo;
import org.hedgetop.market.http.ErrorMapper;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Fetcher;
import org.hedgetop.market.live.Json;
import org.hedgetop.market.live.LiveOptions;

/**
 * A Hyperliquid account, read by its public address with no key: clearinghouseState (positions),
 * userFunding and userFillsByTime, all {@code POST /info}. Instruments are Hyperliquid's coin names
 * ("SOL", "kPEPE"); sizes are in coins.
 */
public final class HyperliquidAccount implements ExchangeAccount {
    /** Time-range answers are capped ("only return 500 elements"): page on from the last time seen. */
    static final int MAX_PAGES = 200;
    static final int PAGE = 500;

    private final String address;
    private final HyperliquidInfo info;

    public HyperliquidAccount(String address, LiveOptions options) {
        this.address = address;
        this.info = new HyperliquidInfo(new Fetcher(options.client(), "Hyperliquid", options.retry(),
                options.sleeper(), options.random(), options.maxBodyBytes(), options.clock(), ErrorMapper.NONE),
                HyperliquidInfo.base(options.env()));
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
        return info.requestCount();
    }

    /** No key, nothing to check: an address can only be read. */
    @Override
    public KeyPermissions permissions() {
        return KeyPermissions.READ_ONLY;
    }

    @Override
    public List<ExchangePosition> positions() throws AccountException {
        JsonNode n = post(HyperliquidInfo.body("clearinghouseState").put("user", address));
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
            JsonNode rows = post(HyperliquidInfo.body(type).put("user", address).put("startTime", start)
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

    private JsonNode post(com.fasterxml.jackson.databind.node.ObjectNode body) throws AccountException {
        try {
            return info.post(body);
        } catch (FeedException e) {
            throw VenueHttp.bad(e);
        }
    }

    private static OptionalDouble positive(JsonNode row, String field) throws FeedException {
        OptionalDouble v = Json.optionalNumber(row, field);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }
}
