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

/**
 * Bybit v5 account responses: {"retCode":0,"retMsg":"OK","result":{...},"time":...}. A retCode other than
 * 0 has already been turned into an error by {@link BybitAccount}.
 */
final class BybitAccountParser {
    private BybitAccountParser() {
    }

    /** A page of a list endpoint: its rows and the raw nextPageCursor ("" at the end). */
    record Page(List<JsonNode> rows, String cursor) {
    }

    static JsonNode result(JsonNode n, String what) throws FeedException {
        JsonNode result = n.get("result");
        if (result == null || !result.isObject()) {
            throw Json.bad(what + ": missing result");
        }
        return result;
    }

    static Page page(JsonNode n, String what) throws FeedException {
        JsonNode result = result(n, what);
        JsonNode list = result.get("list");
        if (list == null || !list.isArray()) {
            throw Json.bad(what + ": missing result.list");
        }
        List<JsonNode> rows = new ArrayList<>();
        list.forEach(rows::add);
        return new Page(rows, result.path("nextPageCursor").asText(""));
    }

    /** GET /v5/market/time: the top-level "time" in milliseconds. */
    static long serverTime(JsonNode n) throws FeedException {
        return Json.millis(n, "time");
    }

    /**
     * GET /v5/user/query-api: readOnly 1 = read only, 0 = read and write; permissions.Wallet lists
     * "Withdraw" when the key can withdraw.
     */
    static KeyPermissions permissions(JsonNode n) throws FeedException {
        JsonNode r = result(n, "Bybit query-api");
        JsonNode readOnly = r.get("readOnly");
        if (readOnly == null || !readOnly.isNumber() && !readOnly.isTextual()) {
            throw Json.bad("Bybit query-api: missing readOnly");
        }
        List<String> withdraw = new ArrayList<>();
        List<String> trading = new ArrayList<>();
        JsonNode perms = r.path("permissions");
        for (Map.Entry<String, JsonNode> group : perms.properties()) {
            for (JsonNode p : group.getValue()) {
                if (p.asText().equals("Withdraw")) {
                    withdraw.add(group.getKey() + ": Withdraw");
                }
            }
        }
        if (readOnly.asInt(-1) != 1) {
            for (Map.Entry<String, JsonNode> group : perms.properties()) {
                List<String> names = new ArrayList<>();
                group.getValue().forEach(p -> names.add(p.asText()));
                if (!names.isEmpty() && !group.getKey().equals("Wallet")) {
                    trading.add(group.getKey() + ": " + String.join(", ", names));
                }
            }
            if (trading.isEmpty()) {
                trading.add("readOnly: 0 (read and write)");
            }
        }
        return new KeyPermissions(withdraw, trading);
    }

    /** GET /v5/position/list: size is unsigned, side Buy/Sell ("" when flat); hedge-mode rows are summed. */
    static List<ExchangePosition> positions(List<JsonNode> rows) throws FeedException {
        Map<String, List<JsonNode>> open = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            if (Json.number(row, "size") != 0) {
                open.computeIfAbsent(Json.text(row, "symbol"), s -> new ArrayList<>()).add(row);
            }
        }
        List<ExchangePosition> out = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> e : open.entrySet()) {
            double coins = 0;
            for (JsonNode row : e.getValue()) {
                String side = Json.text(row, "side");
                if (!side.equals("Buy") && !side.equals("Sell")) {
                    throw Json.bad("Bybit position: side must be Buy or Sell");
                }
                coins += side.equals("Sell") ? -Json.number(row, "size") : Json.number(row, "size");
            }
            boolean single = e.getValue().size() == 1;
            JsonNode row = e.getValue().get(0);
            out.add(new ExchangePosition(e.getKey(), coins, single ? positive(row, "avgPrice") : OptionalDouble.empty(),
                    single ? positive(row, "liqPrice") : OptionalDouble.empty()));
        }
        return out;
    }

    /** execType Funding: execFee > 0 = paid, so the amount received is -execFee. */
    static FundingPayment funding(JsonNode row) throws FeedException {
        return new FundingPayment(Json.text(row, "execId"), Json.text(row, "symbol"),
                Instant.ofEpochMilli(Json.millis(row, "execTime")), -Json.number(row, "execFee"));
    }

    /** Any execution but funding: execQty > 0 with side Buy/Sell; execFee positive = paid. */
    static AccountTrade trade(JsonNode row) throws FeedException {
        String side = Json.text(row, "side");
        if (!side.equals("Buy") && !side.equals("Sell")) {
            throw Json.bad("Bybit execution: side must be Buy or Sell");
        }
        double qty = Json.number(row, "execQty");
        return new AccountTrade(Json.text(row, "execId"), Json.text(row, "symbol"),
                Instant.ofEpochMilli(Json.millis(row, "execTime")), side.equals("Sell") ? -qty : qty,
                Json.price(row, "execPrice"), Json.optionalNumber(row, "execFee").orElse(0));
    }

    private static OptionalDouble positive(JsonNode row, String field) throws FeedException {
        OptionalDouble v = Json.optionalNumber(row, field);
        return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
    }
}
