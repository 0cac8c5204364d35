package org.hedgetop.market.exchange.binance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.Prices;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.Candle;
import org.hedgetop.market.live.ContractTicker;
import org.hedgetop.market.live.Json;
import org.hedgetop.market.live.Quotes;
import org.hedgetop.text.Safe;

/** Pure functions from Binance response bodies (spot {@code /api/v3}, USD-M {@code /fapi/v1}) to records. */
public final class BinanceParser {
    private BinanceParser() {
    }

    /** {@code /api/v3/ticker/price} (with {@code symbols=[...]} or without): symbol -> last price. */
    public static Quotes<Double> spotPrices(byte[] body) throws FeedException {
        return Quotes.collect(items(Json.parse(body, "spot prices"), "spot prices"),
                (symbol, item) -> Json.price(item, "price"));
    }

    /**
     * {@code /fapi/v1/premiumIndex} without a symbol: every USD-M contract. Dated contracts report
     * nextFundingTime 0 and rate 0: they have no funding, so both stay empty.
     */
    public static Quotes<ContractTicker> premiumIndex(byte[] body) throws FeedException {
        return Quotes.collect(items(Json.parse(body, "mark prices"), "mark prices"), BinanceParser::premium);
    }

    private static ContractTicker premium(String symbol, JsonNode item) throws FeedException {
        double mark = Json.price(item, "markPrice");
        OptionalDouble index = Json.optionalNumber(item, "indexPrice");
        if (index.isPresent() && !Prices.isPrice(index.getAsDouble())) {
            index = OptionalDouble.empty(); // an index of 0 means "none", not a price
        }
        long next = item.has("nextFundingTime") ? Json.millis(item, "nextFundingTime") : 0;
        OptionalDouble rate = next > 0 ? Json.optionalNumber(item, "lastFundingRate") : OptionalDouble.empty();
        Optional<Instant> nextTime = next > 0 && rate.isPresent()
                ? Optional.of(Instant.ofEpochMilli(next)) : Optional.empty();
        return new ContractTicker(symbol, mark, index, nextTime.isPresent() ? rate
                : OptionalDouble.empty(), nextTime, Optional.empty());
    }

    /**
     * {@code /fapi/v1/fundingInfo}: the symbols whose funding interval (or cap) was adjusted; symbols
     * not listed settle every 8 hours.
     */
    public static Map<String, Duration> fundingIntervals(byte[] body) throws FeedException {
        Map<String, Duration> out = new HashMap<>();
        for (JsonNode item : items(Json.parse(body, "funding info"), "funding info")) {
            JsonNode hours = item.get("fundingIntervalHours");
            if (hours == null || hours.isNull()) {
                continue;
            }
            double h = Json.numberValue(hours, "fundingIntervalHours");
            long minutes = Math.round(h * 60);
            if (minutes > 0 && h <= 24 * 7) { // 4.9e-324 hours is > 0 but rounds to a zero interval
                out.put(Json.text(item, "symbol"), Duration.ofMinutes(minutes));
            }
        }
        return out;
    }

    /** {@code /fapi/v1/fundingRate}: settled events, oldest first. */
    public static List<FundingEvent> fundingRates(byte[] body) throws FeedException {
        List<FundingEvent> events = new ArrayList<>();
        JsonNode root = Json.parse(body, "funding history");
        if (!root.isArray()) {
            throw Json.bad("funding history: expected a list");
        }
        for (JsonNode item : root) {
            long time = Json.millis(item, "fundingTime");
            double rate = Json.number(item, "fundingRate");
            OptionalDouble mark = Json.optionalNumber(item, "markPrice");
            if (mark.isPresent() && !Prices.isPrice(mark.getAsDouble())) {
                mark = OptionalDouble.empty();
            }
            events.add(new FundingEvent(Instant.ofEpochMilli(time), rate, mark));
        }
        events.sort(Comparator.comparing(FundingEvent::time));
        return events;
    }

    /**
     * {@code /api/v3/klines} and {@code /fapi/v1/klines}: {@code [openTime, open, high, low, close,
     * volume, closeTime, ...]}, oldest first. One bad candle rejects the whole list: a wrong close
     * would silently bend every statistic.
     */
    public static List<Candle> klines(byte[] body) throws FeedException {
        JsonNode root = Json.parse(body, "klines");
        if (!root.isArray()) {
            throw Json.bad("klines: expected a list");
        }
        return Candle.fromRows(root, "openTime");
    }

    /** Binance's error body {@code {"code": -1121, "msg": "Invalid symbol."}}, when the body is one. */
    public static Optional<BinanceError> error(String body) {
        try {
            JsonNode root = Json.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "error");
            if (root.isObject() && root.has("code") && root.get("code").canConvertToInt()) {
                return Optional.of(new BinanceError(root.get("code").asInt(),
                        Safe.text(root.path("msg").asText(""), 100)));
            }
        } catch (FeedException e) {
            // not Binance's error shape: the caller describes the body instead
        }
        return Optional.empty();
    }

    /** A Binance error: negative code and its (sanitised) message. */
    public record BinanceError(int code, String message) {
        public static final int INVALID_SYMBOL = -1121;
    }

    private static Iterable<JsonNode> items(JsonNode root, String what) throws FeedException {
        if (root.isArray()) {
            return root;
        }
        if (root.isObject() && root.has("symbol")) {
            return List.of(root); // a single-symbol request answers with one object
        }
        if (root.isObject() && root.has("code")) {
            throw Json.bad(what + ": Binance error " + Safe.text(root.get("code").asText(), 12) + " "
                    + Safe.text(root.path("msg").asText(""), 80));
        }
        throw Json.bad(what + ": expected a list");
    }
}
