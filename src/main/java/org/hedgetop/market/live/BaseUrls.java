package org.hedgetop.market.live;

import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.text.Safe;

/**
 * Where an exchange's spot and futures APIs live. Precedence: environment ({@code HEDGETOP_SPOT_URL},
 * {@code HEDGETOP_FUTURES_URL}) over the book ({@code feed.spot_url}, {@code feed.futures_url}) over the
 * exchange's HTTPS default. A base may carry a path prefix (a reverse proxy's {@code /binance/}).
 */
public record BaseUrls(HttpUrl spot, HttpUrl futures) {
    public static final String SPOT_ENV = "HEDGETOP_SPOT_URL";
    public static final String FUTURES_ENV = "HEDGETOP_FUTURES_URL";

    /** @throws IllegalArgumentException naming the setting when a URL is not http(s) */
    public static BaseUrls resolve(String defaultSpot, String defaultFutures, FeedSpec feed, Map<String, String> env) {
        return new BaseUrls(
                pick(SPOT_ENV, env.get(SPOT_ENV), "feed.spot_url", feed.spotUrl(), defaultSpot),
                pick(FUTURES_ENV, env.get(FUTURES_ENV), "feed.futures_url", feed.futuresUrl(), defaultFutures));
    }

    private static HttpUrl pick(String envName, String envValue, String bookKey, Optional<String> bookValue,
                                String fallback) {
        if (envValue != null && !envValue.isBlank()) {
            return parse(envName, envValue.trim());
        }
        if (bookValue.isPresent() && !bookValue.get().isBlank()) {
            return parse(bookKey, bookValue.get().trim());
        }
        return parse("default", fallback);
    }

    private static HttpUrl parse(String setting, String value) {
        HttpUrl url = HttpUrl.parse(value);
        if (url == null || url.query() != null) {
            throw new IllegalArgumentException(setting + ": expected a base URL like https://api.binance.com, got \""
                    + Safe.text(value, 100) + "\"");
        }
        return url;
    }

    /** {@code base} + {@code path} ("api/v3/klines"), keeping any path prefix of the base. */
    public static HttpUrl.Builder endpoint(HttpUrl base, String path) {
        HttpUrl.Builder b = base.newBuilder();
        // a base "http://h/prefix" and "http://h/prefix/" mean the same folder
        if (!base.encodedPath().endsWith("/")) {
            b.addPathSegment("");
        }
        return b.addPathSegments(path);
    }
}
