package org.hedgetop.market.exchange.bybit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

/**
 * Pure functions from Bybit v5 market responses to records. Every v5 body is an envelope
 * {@code {"retCode": 0, "retMsg": "OK", "result": {...}}}; a non-zero retCode is an error even with
 * HTTP 200, and ccxt's recordings show retCode may come as a string.
 */
public final class BybitParser {
    /** retCodes that mean "too many requests": pause the exchange. */
    public static final List<Integer> RATE_LIMIT_CODES = List.of(10006, 10018);

    private BybitParser() {
    }

    /** The {@code result} of a successful envelope. */
    public static JsonNode result(byte[] body, String what) throws FeedException {
        JsonNode root = Json.parse(body, what);
        if (!root.isObject() || !root.has("retCode")) {
            throw Json.bad(what + ": not a Bybit v5 response");
        }
        long code = Json.millisValue(root.get("retCode"), "retCode");
        if (code != 0) {
            String msg = Safe.text(root.path("retMsg").asText(""), 80);
            FeedException.Kind kind = RATE_LIMIT_CODES.contains((int) code)
                    ? FeedException.Kind.RATE_LIMITED : FeedException.Kind.HTTP;
            throw new FeedException(kind, "Bybit retCode " + code + (msg.isEmpty() ? "" : " \"" + msg + "\"")
                    + " (" + what + ")");
        }
        JsonNode result = root.get("result");
        if (result == null || !result.isObject()) {
            throw Json.bad(what + ": missing result");
        }
        return result;
    }

    /** {@code /v5/market/tickers?category=spot}: symbol -> last traded price. */
    public static Quotes<Double> spotTickers(byte[] body) throws FeedException {
        return Quotes.collect(list(result(body, "spot tickers"), "spot tickers"),
                (symbol, item) -> Json.price(item, "lastPrice"));
    }

    /**
     * {@code /v5/market/tickers?category=linear}: mark, index, funding rate, next funding time and the
     * funding interval in hours. Dated contracts carry an empty fundingRate and nextFundingTime "0".
     */
    public static Quotes<ContractTicker> linearTickers(byte[] body) throws FeedException {
        return Quotes.collect(list(result(body, "linear tickers"), "linear tickers"), BybitParser::linear);
    }

    private static ContractTicker linear(String symbol, JsonNode item) throws FeedException {
        double mark = Json.price(item, "markPrice");
        OptionalDouble index = Json.optionalNumber(item, "indexPrice");
        if (index.isPresent() && !Prices.isPrice(index.getAsDouble())) {
            index = OptionalDouble.empty();
        }
        OptionalDouble rate = Json.optionalNumber(item, "fundingRate");
        JsonNode nextNode = item.get("nextFundingTime");
        long next = nextNode == null || nextNode.asText().isEmpty() ? 0 : Json.millisValue(nextNode, "nextFundingTime");
        Optional<Instant> nextTime = next > 0 && rate.isPresent() ? Optional.of(Instant.ofEpochMilli(next))
                : Optional.empty();
        OptionalDouble hours = Json.optionalNumber(item, "fundingIntervalHour");
        // bounded like Binance's: a zero or absurd interval (1e15 h overflows a Duration) is "not said"
        long minutes = hours.isPresent() ? Math.round(hours.getAsDouble() * 60) : 0;
        Optional<Duration> interval = minutes > 0 && hours.getAsDouble() <= 24 * 7 && nextTime.isPresent()
                ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
        return new ContractTicker(symbol, mark, index, nextTime.isPresent() ? rate : OptionalDouble.empty(),
                nextTime, interval);
    }

    /** {@code /v5/market/funding/history}: comes newest first; returned oldest first. No mark price. */
    public static List<FundingEvent> fundingHistory(byte[] body) throws FeedException {
        List<FundingEvent> events = new ArrayList<>();
        for (JsonNode item : list(result(body, "funding history"), "funding history")) {
            long time = Json.millis(item, "fundingRateTimestamp");
            double rate = Json.number(item, "fundingRate");
            events.add(new FundingEvent(Instant.ofEpochMilli(time), rate, OptionalDouble.empty()));
        }
        events.sort(Comparator.comparing(FundingEvent::time));
        return events;
    }

    /**
     * {@code /v5/market/kline}: {@code [startTime, open, high, low, close, volume, turnover]}, newest
     * first; returned oldest first. One bad candle rejects the list.
     */
    public static List<Candle> klines(byte[] body) throws FeedException {
        return Candle.fromRows(list(result(body, "klines"), "klines"), "startTime");
    }

    /** {@code /v5/market/mark-price-kline}: {@code [startTime, open, high, low, close]}, newest first; returned oldest first. */
    public static List<Candle> markKlines(byte[] body) throws FeedException {
        return Candle.fromPriceRows(list(result(body, "mark price klines"), "mark price klines"), "startTime");
    }

    private static JsonNode list(JsonNode result, String what) throws FeedException {
        JsonNode list = result.get("list");
        if (list == null || !list.isArray()) {
            throw Json.bad(what + ": missing result.list");
        }
        return list;
    }
}
