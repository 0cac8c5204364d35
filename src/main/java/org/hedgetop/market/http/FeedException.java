package org.hedgetop.market.http;

import java.time.Duration;
import java.util.Optional;

/**
 * A request to an exchange that gave nothing usable. The message is short and already sanitised:
 * it may be shown on screen as it is.
 */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides whether to retry, pause the exchange or give up on a symbol. */
    public enum Kind {
        /** 429/418 (Binance), 403 or retCode 10006/10018 (Bybit): pause the whole exchange. */
        RATE_LIMITED,
        /** 451, or a 403 region block: the exchange refuses this location. */
        REGION_BLOCKED,
        /** connect, read or call timeout (after retries). */
        TIMEOUT,
        /** connection refused or reset, truncated body (after retries). */
        NETWORK,
        /** an HTTP status the exchange should not send for a good request. */
        HTTP,
        /** the body is not the documented JSON: HTML page, garbage, missing field, bad number. */
        BAD_RESPONSE,
        /** the body is larger than the cap. */
        TOO_LARGE,
        /** the exchange says a requested symbol does not exist (Binance -1121). */
        UNKNOWN_SYMBOL
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    public FeedException(Kind kind, String message) {
        this(kind, message, Optional.empty(), null);
    }

    public FeedException(Kind kind, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** How long the exchange asked us to stay away (rate limits only). */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Whether the rest of this poll should be skipped: the exchange is unreachable or asked us to wait. */
    public boolean stopsPoll() {
        return kind == Kind.RATE_LIMITED || kind == Kind.REGION_BLOCKED || kind == Kind.TIMEOUT
                || kind == Kind.NETWORK;
    }
}
