package org.hedgetop.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.hedgetop.text.Safe;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.BaseUrls;
import org.hedgetop.market.live.Json;
import org.hedgetop.market.live.LiveOptions;

/**
 * A Bybit v5 unified account, linear contracts: position/list, execution/list (trades, and execType
 * Funding for funding) and user/query-api, each a signed GET paged by cursor. Bybit reports most errors
 * as HTTP 200 with a retCode.
 */
public final class BybitAccount extends SignedAccount {
    public static final String DEFAULT_URL = "https://api.bybit.com";
    static final long RECV_WINDOW = 5000;
    /** execution/list: at most 7 days per request, two years kept. */
    static final Duration WINDOW = Duration.ofDays(7);
    static final Duration KEPT = Duration.ofDays(730);
    static final int EXEC_LIMIT = 100;
    static final int POSITION_LIMIT = 200;
    static final int MAX_PAGES = 1000;

    private final HttpUrl base;

    /** @param base the futures base URL (HEDGETOP_FUTURES_URL or Bybit's) */
    public BybitAccount(Credentials credentials, HttpUrl base, LiveOptions options) {
        super(credentials, options, "Bybit");
        this.base = base;
    }

    @Override
    public String venue() {
        return "bybit";
    }

    @Override
    public KeyPermissions permissions() throws AccountException {
        JsonNode n = signed("v5/user/query-api", new LinkedHashMap<>());
        try {
            return BybitAccountParser.permissions(n);
        } catch (FeedException e) {
            throw VenueHttp.bad(e);
        }
    }

    @Override
    public List<ExchangePosition> positions() throws AccountException {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("category", "linear");
        q.put("settleCoin", "USDT");
        q.put("limit", Integer.toString(POSITION_LIMIT));
        List<JsonNode> rows = all("v5/position/list", q, "Bybit position/list");
        try {
            return BybitAccountParser.positions(rows);
        } catch (FeedException e) {
            throw VenueHttp.bad(e);
        }
    }

    @Override
    public Span<FundingPayment> funding(String instrument, Instant from, Instant to) throws AccountException {
        List<FundingPayment> out = new ArrayList<>();
        Instant start = executions(instrument, from, to, "Funding", row -> out.add(BybitAccountParser.funding(row)));
        out.sort(Comparator.comparing(FundingPayment::time));
        return new Span<>(out, start, to);
    }

    @Override
    public Span<AccountTrade> trades(String instrument, Instant from, Instant to) throws AccountException {
        List<AccountTrade> out = new ArrayList<>();
        Instant start = executions(instrument, from, to, null, row -> {
            if (!row.path("execType").asText().equals("Funding")) {
                out.add(BybitAccountParser.trade(row));
            }
        });
        out.sort(Comparator.comparing(AccountTrade::time));
        return new Span<>(out, start, to);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(JsonNode row) throws FeedException;
    }

    /** Walks [from, to] in 7-day windows, each paged by cursor; returns where the venue's history starts. */
    private Instant executions(String instrument, Instant from, Instant to, String execType, RowReader reader)
            throws AccountException {
        Instant kept = Instant.ofEpochMilli(serverNow()).minus(KEPT);
        Instant start = from.isAfter(kept) ? from : kept;
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (long w = start.toEpochMilli(); w <= to.toEpochMilli(); w += WINDOW.toMillis()) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("category", "linear");
            q.put("symbol", instrument);
            if (execType != null) {
                q.put("execType", execType);
            }
            q.put("startTime", Long.toString(w));
            q.put("endTime", Long.toString(Math.min(to.toEpochMilli(), w + WINDOW.toMillis() - 1)));
            q.put("limit", Integer.toString(EXEC_LIMIT));
            for (JsonNode row : all("v5/execution/list", q, "Bybit execution/list")) {
                try {
                    if (seen.put(Json.text(row, "execId"), Boolean.TRUE) == null) {
                        reader.read(row);
                    }
                } catch (FeedException e) {
                    throw VenueHttp.bad(e);
                }
            }
        }
        return start;
    }

    /** Every row of a cursor-paged list. The cursor comes back already percent-encoded and is sent as is. */
    private List<JsonNode> all(String path, Map<String, String> params, String what) throws AccountException {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> q = new LinkedHashMap<>(params);
            BybitAccountParser.Page p;
            try {
                p = BybitAccountParser.page(signed(path, q, cursor), what);
            } catch (FeedException e) {
                throw VenueHttp.bad(e);
            }
            rows.addAll(p.rows());
            if (p.cursor().isEmpty() || p.rows().isEmpty() || p.cursor().equals(cursor)) {
                break;
            }
            if (!p.cursor().matches("[A-Za-z0-9%._~-]{1,500}")) {
                throw new AccountException(AccountException.Kind.UNAVAILABLE, what + ": unreadable nextPageCursor");
            }
            cursor = p.cursor();
        }
        return rows;
    }

    @Override
    protected long fetchServerMillis() throws FeedException, AccountException, VenueHttp.ClockSkew {
        HttpUrl url = BaseUrls.endpoint(base, "v5/market/time").build();
        JsonNode n = Json.parse(http.send(() -> new Request.Builder().url(url).get().build()), "Bybit time");
        check(n);
        return BybitAccountParser.serverTime(n);
    }

    private JsonNode signed(String path, Map<String, String> params) throws AccountException {
        return signed(path, params, "");
    }

    /**
     * A signed GET: the query string is written once, signed over timestamp + key + recvWindow + query and
     * sent as written. A retCode 10002 (timestamp outside recv_window) measures the clock again and sends
     * once more.
     */
    private JsonNode signed(String path, Map<String, String> params, String cursor) throws AccountException {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append('=').append(Query.encode(v)));
        if (!cursor.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : "&").append("cursor=").append(cursor);
        }
        String query = sb.toString();
        for (int attempt = 1; ; attempt++) {
            serverNow();
            try {
                return sendOnce(path, query);
            } catch (VenueHttp.ClockSkew skew) {
                if (attempt >= 2) {
                    throw new AccountException(AccountException.Kind.UNAVAILABLE, skew.getMessage());
                }
                measureClock();
            }
        }
    }

    private JsonNode sendOnce(String path, String query) throws AccountException, VenueHttp.ClockSkew {
        try {
            JsonNode n = Json.parse(http.send(() -> {
                long ts = clock.now();
                HttpUrl.Builder url = BaseUrls.endpoint(base, path);
                if (!query.isEmpty()) {
                    url.encodedQuery(query);
                }
                return new Request.Builder().url(url.build()).get()
                        .header("X-BAPI-API-KEY", credentials.apiKey())
                        .header("X-BAPI-TIMESTAMP", Long.toString(ts))
                        .header("X-BAPI-RECV-WINDOW", Long.toString(RECV_WINDOW))
                        .header("X-BAPI-SIGN", Signing.bybit(credentials.secret(), ts, credentials.apiKey(),
                                RECV_WINDOW, query))
                        .build();
            }), "Bybit " + path);
            check(n);
            return n;
        } catch (FeedException e) {
            throw VenueHttp.unwrap(e);
        }
    }

    /** A retCode other than 0 as the failure it is (thrown as a FeedException carrying the cause). */
    private void check(JsonNode n) throws FeedException {
        Optional<FeedException> e = retCode(n);
        if (e.isPresent()) {
            throw e.get();
        }
    }

    private Optional<FeedException> retCode(JsonNode n) {
        JsonNode rc = n.get("retCode");
        int code = rc == null ? -1 : rc.asInt(-1);
        if (code == 0) {
            return Optional.empty();
        }
        String key = "the bybit key from " + credentials.origin();
        String msg = Safe.text(n.path("retMsg").asText(""), 80);
        AccountException.Kind rejected = AccountException.Kind.KEY_REJECTED;
        return switch (code) {
            case 10004 -> VenueHttp.key(new AccountException(rejected, "Bybit rejected the signature (retCode 10004 "
                    + "\"error sign!\"): " + Query.secretOrigin(credentials) + " is not the secret of " + key));
            case 10003 -> VenueHttp.key(new AccountException(rejected, "Bybit does not know " + key
                    + " (retCode 10003, invalid key): check that it is copied whole and not deleted"));
            case 10010 -> VenueHttp.key(new AccountException(rejected, "Bybit refused " + key + " from this IP "
                    + "(retCode 10010): add this machine's IP to the key's IP whitelist"));
            case 10005 -> VenueHttp.key(new AccountException(rejected, "Bybit refused " + key + " (retCode 10005, "
                    + "permission denied): give the key read access to Contract orders and positions"));
            case 33004 -> VenueHttp.key(new AccountException(rejected, "Bybit: " + key + " has expired "
                    + "(retCode 33004): make a new one"));
            case 10002 -> VenueHttp.skew("Bybit: the request's timestamp is outside recv_window (retCode 10002) "
                    + "even after measuring the clock");
            case 10006, 10018 -> Optional.of(new FeedException(FeedException.Kind.RATE_LIMITED,
                    "Bybit rate limit (retCode " + code + ")"));
            default -> Optional.of(new FeedException(FeedException.Kind.HTTP, "Bybit answered retCode " + code
                    + (msg.isEmpty() ? "" : " \"" + msg + "\"")));
        };
    }

    /** Bybit may also answer a bad key with HTTP 401 and a retCode body. */
    @Override
    protected Optional<FeedException> mapError(int status, Headers headers, String body, Instant now) {
        if (status != 401) {
            return Optional.empty();
        }
        try {
            Optional<FeedException> e = retCode(Json.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "Bybit error"));
            if (e.isPresent()) {
                return e;
            }
        } catch (FeedException ignored) {
            // not JSON: the plain 401 below
        }
        return VenueHttp.key(new AccountException(AccountException.Kind.KEY_REJECTED, "Bybit refused the bybit key "
                + "from " + credentials.origin() + " (HTTP 401): invalid key or signature"));
    }
}
