package org.hedgetop.market.exchange.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.Candle;
import org.hedgetop.market.live.ContractTicker;
import org.hedgetop.market.live.Json;
import org.hedgetop.market.live.Quotes;

/**
 * Hyperliquid /info answers. Numbers come as strings (or, in some recordings, JSON numbers); both are
 * read, and a missing or non-positive price refuses that coin alone.
 */
public final class HyperliquidParser {
    /** Funding settles every hour on the hour; {@code funding} is the rate for one hour. */
    public static final Duration FUNDING_INTERVAL = Duration.ofHours(1);

    private HyperliquidParser() {
    }

    /** A perp's context: mark, oracle (the venue's index of external spot prices) and the hourly rate. */
    public record AssetContext(double mark, double oracle, double funding) {
    }

    /**
     * {@code metaAndAssetCtxs}: {@code [ {universe:[{name,...}]}, [ctx, ...] ]}, ctx[i] belonging to
     * universe[i]. A delisted coin (null markPx) or a bad number is rejected with the reason.
     */
    public static Quotes<AssetContext> assetContexts(byte[] body) throws FeedException {
        JsonNode n = Json.parse(body, "Hyperliquid metaAndAssetCtxs");
        JsonNode universe = n.path(0).path("universe");
        JsonNode ctxs = n.path(1);
        if (!n.isArray() || !universe.isArray() || !ctxs.isArray() || universe.size() != ctxs.size()) {
            throw Json.bad("Hyperliquid metaAndAssetCtxs: expected [meta, contexts] of equal length");
        }
        Map<String, AssetContext> values = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        for (int i = 0; i < universe.size(); i++) {
            String coin = Json.text(universe.get(i), "name");
            JsonNode ctx = ctxs.get(i);
            try {
                if (universe.get(i).path("isDelisted").asBoolean(false)) {
                    throw Json.bad("delisted on Hyperliquid");
                }
                values.put(coin, new AssetContext(Json.price(ctx, "markPx"), Json.price(ctx, "oraclePx"),
                        Json.number(ctx, "funding")));
            } catch (FeedException e) {
                rejected.put(coin, e.getMessage());
            }
        }
        return new Quotes<>(values, rejected);
    }

    /** The ticker of a perp at {@code now}: the next settlement is the next full hour. */
    public static ContractTicker ticker(String coin, AssetContext c, Instant now) {
        long hour = FUNDING_INTERVAL.toMillis();
        Instant next = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), hour) * hour + hour);
        return new ContractTicker(coin, c.mark(), OptionalDouble.of(c.oracle()), OptionalDouble.of(c.funding()),
                Optional.of(next), Optional.of(FUNDING_INTERVAL));
    }

    /** {@code fundingHistory}: [{coin, fundingRate, premium, time}], oldest first. */
    public static List<FundingEvent> fundingHistory(byte[] body) throws FeedException {
        JsonNode rows = Json.parse(body, "Hyperliquid fundingHistory");
        if (!rows.isArray()) {
            throw Json.bad("Hyperliquid fundingHistory: expected a list");
        }
        List<FundingEvent> out = new ArrayList<>();
        for (JsonNode r : rows) {
            out.add(new FundingEvent(Instant.ofEpochMilli(Json.millis(r, "time")), Json.number(r, "fundingRate"),
                    OptionalDouble.empty()));
        }
        return out;
    }

    /** {@code candleSnapshot}: [{t, T, s, i, o, c, h, l, v, n}], oldest first; v in coins. */
    public static List<Candle> candles(byte[] body) throws FeedException {
        JsonNode rows = Json.parse(body, "Hyperliquid candleSnapshot");
        if (!rows.isArray()) {
            throw Json.bad("Hyperliquid candleSnapshot: expected a list");
        }
        List<Candle> out = new ArrayList<>();
        for (JsonNode r : rows) {
            out.add(new Candle(Json.millis(r, "t"), Json.price(r, "c"), Json.number(r, "v")));
        }
        return out;
    }
}
