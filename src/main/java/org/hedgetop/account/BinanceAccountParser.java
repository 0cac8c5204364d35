package org.hedgetop.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.Json;

/** Binance USD-M futures account responses, in the shapes of the API docs. */
final class BinanceAccountParser {
    /** apiRestrictions flags that let a key trade or move funds between accounts. */
    static final List<String> TRADING = List.of("enableSpotAndMarginTrading", "enableMargin", "enableFutures",
            "enableVanillaOptions", "enablePortfolioMarginTrading", "enableInternalTransfer",
            "permitsUniversalTransfer", "enableFixApiTrade");

    private BinanceAccountParser() {
    }

    /** GET /fapi/v1/time: {"serverTime": 1499827319559}. */
    static long serverTime(byte[] body) throws FeedException {
        return Json.millis(Json.parse(body, "Binance time"), "serverTime");
    }

    /** GET /sapi/v1/account/apiRestrictions: enableReading, enableWithdrawals, enableFutures, ... */
    static KeyPermissions restrictions(byte[] body) throws FeedException {
        JsonNode n = Json.parse(body, "Binance apiRestrictions");
        if (!n.isObject() || !n.has("enableWithdrawals")) {
            throw Json.bad("Binance apiRestrictions: missing enableWithdrawals");
        }
        List<String> withdraw = n.path("enableWithdrawals").asBoolean(false) ? List.of("enableWithdrawals") : List.of();
        List<String> trading = TRADING.stream().filter(f -> n.path(f).asBoolean(false)).toList();
        return new KeyPermissions(withdraw, trading);
    }

    static boolean canRead(byte[] body) throws FeedException {
        return Json.parse(body, "Binance apiRestrictions").path("enableReading").asBoolean(false);
    }

    /**
     * GET /fapi/v3/positionRisk: one row per symbol (one-way mode, positionSide BOTH) or two (hedge mode,
     * LONG and SHORT); rows of one symbol are summed. Entry and liquidation are taken only from a single
     * open row ("0" means none).
     */
    static List<ExchangePosition> positions(byte[] body) throws FeedException {
        JsonNode rows = Json.parse(body, "Binance positionRisk");
        if (!rows.isArray()) {
            throw Json.bad("Binance positionRisk: expected a list");
        }
        Map<String, List<JsonNode>> open = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            if (Json.number(row, "positionAmt") != 0) {
                open.computeIfAbsent(Json.text(row, "symbol"), s -> new ArrayList<>()).add(row);
            }
        }
        List<ExchangePosition> out = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> e : open.entrySet()) {
            double coins = 0;
            for (JsonNode row : e.getValue()) {
                coins += Json.number(row, "positionAmt");
            }
            boolean single = e.getValue().size() == 1;
            JsonNode row = e.getValue().get(0);
            out.add(new ExchangePosition(e.getKey(), coins,
                    single ? positive(row, "entryPrice") : OptionalDouble.empty(),
                    single ? positive(row, "liquidationPrice") : OptionalDouble.empty()));
        }
        return out;
    }

    /** GET /fapi/v1/income?incomeType=FUNDING_FEE: income > 0 = received. */
    static List<FundingPayment> income(byte[] body) throws FeedException {
        JsonNode rows = list(body, "Binance income");
        List<FundingPayment> out = new ArrayList<>();
        for (JsonNode row : rows) {
            if (row.path("incomeType").asText().equals("FUNDING_FEE")) {
                out.add(new FundingPayment(Json.text(row, "tranId"), Json.text(row, "symbol"),
                        Instant.ofEpochMilli(Json.millis(row, "time")), Json.number(row, "income")));
            }
        }
        return out;
    }

    /** GET /fapi/v1/userTrades: qty > 0 with side BUY/SELL; commission positive = paid. */
    static List<AccountTrade> trades(byte[] body) throws FeedException {
        JsonNode rows = list(body, "Binance userTrades");
        List<AccountTrade> out = new ArrayList<>();
        for (JsonNode row : rows) {
            String side = Json.text(row, "side");
            if (!side.equals("BUY") && !side.equals("SELL")) {
                throw Json.bad("Binance userTrades: side must be BUY or SELL");
            }
            double qty = Json.number(row, "qty");
            out.add(new AccountTrade(Json.text(row, "id"), Json.text(row, "symbol"),
                    Instant.ofEpochMilli(Json.millis(row, "time")), side.equals("SELL") ? -qty : qty,
                    Json.price(row, "price"), Json.optionalNumber(row, "commission").orElse(0)));
        }
        return out;
    }

    private static JsonNode list(byte[] body, String what) throws FeedException {
        JsonNode rows = Json.parse(body, what);
        if (!rows.isArray()) {
            throw Json.bad(what + ": expected a list");
        }
        return rows;
    }

    private static OptionalDouble positive(JsonNode row, String field) throws FeedException {
        OptionalDouble v = Json.optionalNumber(row, field);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }
}
