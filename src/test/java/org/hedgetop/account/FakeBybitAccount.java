package org.hedgetop.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Bybit v5's account endpoints on loopback. Like Bybit it checks X-BAPI-API-KEY, X-BAPI-SIGN over
 * timestamp + key + recvWindow + the query as received, and the timestamp against its clock, answering
 * HTTP 200 with the documented retCodes. Lists are newest first and paged by an already percent-encoded
 * cursor, which must come back exactly as sent.
 */
final class FakeBybitAccount extends Dispatcher {
    static final long WEEK = Duration.ofDays(7).toMillis();

    /** execType Trade or Funding; fee positive = paid. */
    record Exec(String symbol, String execType, String id, long time, String side, String qty, String price,
                String fee) {
    }

    final String apiKey;
    final String secret;
    volatile long serverTime;
    volatile String queryApi = AccountKit.resource("bybit/query-api-readonly.json");
    volatile String positions = AccountKit.resource("bybit/position-list.json");
    final List<Exec> executions = Collections.synchronizedList(new ArrayList<>());
    /** When set, every signed request is answered with this retCode (an IP not on the whitelist: 10010). */
    volatile Integer forced;
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    final List<RecordedRequest> recorded = Collections.synchronizedList(new ArrayList<>());

    FakeBybitAccount(String apiKey, String secret, long serverTime) {
        this.apiKey = apiKey;
        this.secret = secret;
        this.serverTime = serverTime;
    }

    List<String> targets(String path) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.startsWith("GET " + path)).toList();
        }
    }

    static MockResponse ret(int code, String msg) {
        return AccountKit.json(200, "{\"retCode\":" + code + ",\"retMsg\":\"" + msg + "\",\"result\":{},"
                + "\"retExtInfo\":{},\"time\":1}");
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        recorded.add(request);
        String target = request.getTarget();
        seen.add(request.getMethod() + " " + target);
        if (!request.getMethod().equals("GET")) {
            return AccountKit.json(405, "");
        }
        String path = request.getUrl().encodedPath();
        if (path.equals("/v5/market/time")) {
            return AccountKit.json(200, "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"timeSecond\":\""
                    + serverTime / 1000 + "\",\"timeNano\":\"" + serverTime + "000000\"},\"retExtInfo\":{},\"time\":"
                    + serverTime + "}");
        }
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
        String key = request.getHeaders().get("X-BAPI-API-KEY");
        String ts = request.getHeaders().get("X-BAPI-TIMESTAMP");
        String recv = request.getHeaders().get("X-BAPI-RECV-WINDOW");
        String sign = request.getHeaders().get("X-BAPI-SIGN");
        if (!apiKey.equals(key)) {
            return ret(10003, "API key is invalid.");
        }
        if (ts == null || recv == null || sign == null
                || !AccountKit.hmac(secret, ts + key + recv + query).equals(sign)) {
            return ret(10004, "error sign! origin_string[" + ts + key + recv + query + "]");
        }
        long t = Long.parseLong(ts);
        if (t >= serverTime + 1000 || serverTime - t > Long.parseLong(recv)) {
            return ret(10002, "invalid request, please check your server timestamp or recv_window param");
        }
        if (forced != null) {
            return ret(forced, "Unmatched IP, please check your API key's bound IP addresses.");
        }
        Map<String, String> p = AccountKit.params(query);
        return switch (path) {
            case "/v5/user/query-api" -> AccountKit.json(200, queryApi);
            case "/v5/position/list" -> p.get("category").equals("linear") && p.containsKey("settleCoin")
                    ? AccountKit.json(200, positions) : ret(10001, "params error");
            case "/v5/execution/list" -> executions(p);
            default -> AccountKit.json(404, "");
        };
    }

    private MockResponse executions(Map<String, String> p) {
        long start = Long.parseLong(p.get("startTime"));
        long end = Long.parseLong(p.get("endTime"));
        if (end - start > WEEK) {
            return ret(10001, "The time range between startTime and endTime cannot exceed 7 days");
        }
        int limit = Integer.parseInt(p.getOrDefault("limit", "50"));
        int offset = 0;
        if (p.containsKey("cursor")) {
            String c = p.get("cursor"); // sent as received: "page%3A100%2C7"
            if (!c.matches("page%3A\\d+%2C7")) {
                return ret(10001, "invalid cursor");
            }
            offset = Integer.parseInt(c.substring(7, c.indexOf("%2C")));
        }
        List<Exec> rows;
        synchronized (executions) {
            rows = executions.stream().filter(e -> e.symbol.equals(p.get("symbol")) && e.time >= start && e.time <= end
                            && (!p.containsKey("execType") || e.execType.equals(p.get("execType"))))
                    .sorted(Comparator.comparingLong(Exec::time).reversed()).toList();
        }
        List<Exec> page = rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()));
        String next = offset + limit < rows.size() ? "page%3A" + (offset + limit) + "%2C7" : "";
        List<String> json = page.stream().map(e -> "{\"symbol\":\"" + e.symbol + "\",\"orderType\":\"Market\","
                + "\"orderId\":\"o-" + e.id + "\",\"execTime\":\"" + e.time + "\",\"feeRate\":\"0.00055\","
                + "\"markPrice\":\"" + e.price + "\",\"execPrice\":\"" + e.price + "\",\"execValue\":\"0\","
                + "\"closedSize\":\"0\",\"execType\":\"" + e.execType + "\",\"side\":\"" + e.side + "\","
                + "\"isMaker\":false,\"execFee\":\"" + e.fee + "\",\"execId\":\"" + e.id + "\",\"execQty\":\"" + e.qty
                + "\",\"seq\":1}").toList();
        return AccountKit.json(200, "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"nextPageCursor\":\"" + next
                + "\",\"category\":\"linear\",\"list\":[" + String.join(",", json) + "]},\"retExtInfo\":{},\"time\":"
                + serverTime + "}");
    }
}
