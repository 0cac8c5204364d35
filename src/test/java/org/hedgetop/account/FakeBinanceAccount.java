package org.hedgetop.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Binance's account endpoints on loopback. Like Binance it checks every signed request: the key header,
 * the HMAC of the query as received, and the timestamp against its own clock and recvWindow, answering
 * the documented error codes.
 */
public final class FakeBinanceAccount extends Dispatcher {
    static final long WEEK = Duration.ofDays(7).toMillis();

    public record Income(String symbol, long time, String amount, String tranId) {
    }

    public record Trade(String symbol, long id, long time, String side, String qty, String price, String commission) {
    }

    final String apiKey;
    final String secret;
    volatile long serverTime;
    public volatile String restrictions = AccountKit.resource("binance/apiRestrictions-readonly.json");
    public volatile String positionRisk = AccountKit.resource("binance/positionRisk.json");
    public final List<Income> income = Collections.synchronizedList(new ArrayList<>());
    public final List<Trade> trades = Collections.synchronizedList(new ArrayList<>());
    /** Every request as received: method, then target (path?query). */
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    public final List<RecordedRequest> recorded = Collections.synchronizedList(new ArrayList<>());

    public FakeBinanceAccount(String apiKey, String secret, long serverTime) {
        this.apiKey = apiKey;
        this.secret = secret;
        this.serverTime = serverTime;
    }

    public List<String> targets(String path) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.startsWith("GET " + path)).toList();
        }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        recorded.add(request);
        String target = request.getTarget();
        seen.add(request.getMethod() + " " + target);
        if (!request.getMethod().equals("GET")) {
            return AccountKit.json(405, "{\"code\":-1000,\"msg\":\"method not allowed\"}");
        }
        String path = request.getUrl().encodedPath();
        if (path.equals("/fapi/v1/time")) {
            return AccountKit.json(200, "{\"serverTime\":" + serverTime + "}");
        }
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
        int at = query.lastIndexOf("&signature=");
        if (at < 0) {
            return AccountKit.json(400, "{\"code\":-1102,\"msg\":\"Mandatory parameter 'signature' was not sent, "
                    + "was empty/null, or malformed.\"}");
        }
        if (!apiKey.equals(request.getHeaders().get("X-MBX-APIKEY"))) {
            return AccountKit.json(401, "{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}");
        }
        if (!AccountKit.hmac(secret, query.substring(0, at)).equals(query.substring(at + "&signature=".length()))) {
            return AccountKit.json(400, "{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
        }
        Map<String, String> p = AccountKit.params(query.substring(0, at));
        long ts = Long.parseLong(p.get("timestamp"));
        long window = Long.parseLong(p.getOrDefault("recvWindow", "5000"));
        if (ts >= serverTime + 1000 || serverTime - ts > window) {
            return AccountKit.json(400, "{\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the "
                    + "recvWindow.\"}");
        }
        return switch (path) {
            case "/sapi/v1/account/apiRestrictions" -> AccountKit.json(200, restrictions);
            case "/fapi/v3/positionRisk" -> AccountKit.json(200, positionRisk);
            case "/fapi/v1/income" -> income(p);
            case "/fapi/v1/userTrades" -> trades(p);
            default -> AccountKit.json(404, "{\"code\":-5000,\"msg\":\"Path " + path + ", Method GET is invalid\"}");
        };
    }

    private MockResponse income(Map<String, String> p) {
        long start = Long.parseLong(p.get("startTime"));
        long end = Long.parseLong(p.get("endTime"));
        int limit = Integer.parseInt(p.getOrDefault("limit", "100"));
        List<String> rows;
        synchronized (income) {
            rows = income.stream().filter(i -> i.symbol.equals(p.get("symbol")) && i.time >= start && i.time <= end)
                    .limit(limit)
                    .map(i -> "{\"symbol\":\"" + i.symbol + "\",\"incomeType\":\"FUNDING_FEE\",\"income\":\"" + i.amount
                            + "\",\"asset\":\"USDT\",\"info\":\"FUNDING_FEE\",\"time\":" + i.time + ",\"tranId\":"
                            + i.tranId + ",\"tradeId\":\"\"}").toList();
        }
        return AccountKit.json(200, "[" + String.join(",", rows) + "]");
    }

    private MockResponse trades(Map<String, String> p) {
        long start = Long.parseLong(p.get("startTime"));
        long end = Long.parseLong(p.get("endTime"));
        if (end - start > WEEK) {
            return AccountKit.json(400, "{\"code\":-1127,\"msg\":\"More than 7 days between startTime and endTime.\"}");
        }
        int limit = Integer.parseInt(p.getOrDefault("limit", "500"));
        List<String> rows;
        synchronized (trades) {
            rows = trades.stream().filter(t -> t.symbol.equals(p.get("symbol")) && t.time >= start && t.time <= end)
                    .limit(limit)
                    .map(t -> "{\"buyer\":" + t.side.equals("BUY") + ",\"commission\":\"" + t.commission
                            + "\",\"commissionAsset\":\"USDT\",\"id\":" + t.id + ",\"maker\":false,\"orderId\":"
                            + (t.id / 3) + ",\"price\":\"" + t.price + "\",\"qty\":\"" + t.qty + "\",\"quoteQty\":\"0\","
                            + "\"realizedPnl\":\"0\",\"side\":\"" + t.side + "\",\"positionSide\":\"BOTH\",\"symbol\":\""
                            + t.symbol + "\",\"time\":" + t.time + "}").toList();
        }
        return AccountKit.json(200, "[" + String.join(",", rows) + "]");
    }
}
