package org.hedgetop.market.exchange.hyperliquid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.hedgetop.text.Safe;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.http.Fetcher;
import org.hedgetop.market.live.BaseUrls;
import org.hedgetop.market.live.Json;

/**
 * Hyperliquid's one read endpoint: {@code POST /info} with a JSON body {@code {"type": ...}}. It reads,
 * never trades (trading is the separate, wallet-signed {@code /exchange}), so the fetcher may retry it.
 */
public final class HyperliquidInfo {
    public static final String DEFAULT_URL = "https://api.hyperliquid.xyz";
    public static final String URL_ENV = "HEDGETOP_HYPERLIQUID_URL";
    private static final MediaType JSON = MediaType.get("application/json");

    private final Fetcher fetcher;
    private final HttpUrl url;

    public HyperliquidInfo(Fetcher fetcher, HttpUrl base) {
        this.fetcher = fetcher;
        this.url = BaseUrls.endpoint(base, "info").build();
    }

    /** HEDGETOP_HYPERLIQUID_URL, else the public API. */
    public static HttpUrl base(Map<String, String> env) {
        String v = env.get(URL_ENV);
        String chosen = v == null || v.isBlank() ? DEFAULT_URL : v.trim();
        HttpUrl parsed = HttpUrl.parse(chosen);
        if (parsed == null || parsed.query() != null) {
            throw new IllegalArgumentException(URL_ENV + ": expected a base URL like " + DEFAULT_URL + ", got \""
                    + Safe.text(chosen, 100) + "\"");
        }
        return parsed;
    }

    public static ObjectNode body(String type) {
        return JsonNodeFactory.instance.objectNode().put("type", type);
    }

    /** POSTs the body and parses the answer. */
    public JsonNode post(ObjectNode body) throws FeedException {
        return Json.parse(postRaw(body), "Hyperliquid " + body.path("type").asText());
    }

    /** POSTs the body; the answer's bytes, within the fetcher's cap. */
    public byte[] postRaw(ObjectNode body) throws FeedException {
        byte[] bytes = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return fetcher.send(() -> new Request.Builder().url(url).post(RequestBody.create(bytes, JSON)).build()).body();
    }

    public int requestCount() {
        return fetcher.requestCount();
    }
}
