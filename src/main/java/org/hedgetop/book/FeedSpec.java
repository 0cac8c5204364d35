package org.hedgetop.book;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where prices come from.
 *
 * @param source       simulated | binance | bybit | replay | hyperliquid
 * @param pollSeconds  poll period of live sources; the simulated clock ticks at this pace
 * @param interval     history interval for statistics
 * @param window       number of returns in the rolling window
 * @param file         replay CSV, resolved against the portfolio file's folder
 * @param seed         simulated only: same seed, same prices
 * @param spotUrl      optional base URL override for the spot API
 * @param futuresUrl   optional base URL override for the futures API
 */
public record FeedSpec(String source, int pollSeconds, Interval interval, int window, Optional<Path> file,
                       long seed, Optional<String> spotUrl, Optional<String> futuresUrl) {
    public static final FeedSpec DEFAULT = new FeedSpec("simulated", 5, Interval.D1, 30, Optional.empty(), 7,
            Optional.empty(), Optional.empty());

    public FeedSpec withSource(String value) {
        return new FeedSpec(value, pollSeconds, interval, window, file, seed, spotUrl, futuresUrl);
    }

    public FeedSpec withInterval(Interval value, int newWindow) {
        return new FeedSpec(source, pollSeconds, value, newWindow, file, seed, spotUrl, futuresUrl);
    }
}
