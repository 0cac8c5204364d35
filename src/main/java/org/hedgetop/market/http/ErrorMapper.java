package org.hedgetop.market.http;

import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * What an exchange means by an HTTP error that is not simply "try again": each exchange has its own
 * (Binance 400/-1121 = unknown symbol, Bybit 403 = rate limit or region block).
 */
@FunctionalInterface
public interface ErrorMapper {
    /**
     * @param status   HTTP status (not 2xx)
     * @param headers  response headers
     * @param body     the start of the body, raw (sanitise before showing)
     * @param now      for headers that carry absolute times
     * @return the failure, or empty to let the fetcher apply its defaults
     */
    Optional<FeedException> map(int status, Headers headers, String body, Instant now);

    ErrorMapper NONE = (status, headers, body, now) -> Optional.empty();
}
