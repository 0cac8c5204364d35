package org.hedgetop.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.exchange.binance.BinanceHistory;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.exchange.bybit.BybitHistory;
import org.hedgetop.market.exchange.bybit.BybitSource;
import org.hedgetop.market.history.HistoryCache;
import org.hedgetop.market.history.HistoryLoader;
import org.hedgetop.market.history.VenueHistory;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.replay.ReplaySource;

/**
 * A backtest over an exchange: the history of the span fetched once (or read from the cache) and turned into the
 * same in-memory replay the {@code replay} source reads from a CSV, so sizing and funding run exactly as on a
 * replay file.
 */
final class ExchangeHistory {
    /** Venues whose history the backtest can fetch. */
    static final List<String> VENUES = List.of("binance", "bybit");

    private ExchangeHistory() {
    }

    /** What {@link #open} measured, for the user and the tests. */
    record Loaded(MarketSource source, int requests, List<String> warnings) {
    }

    /**
     * @param book     the flat book (its request names every series)
     * @param progress one line per series fetched or read from the cache
     */
    static Loaded open(Book book, String venue, Instant t1, Instant t2, LiveOptions options, Path cacheDir,
                       Consumer<String> progress) throws FeedException {
        MarketRequest request = MarketRequest.of(book);
        VenueHistory history = switch (venue) {
            case "binance" -> new BinanceHistory(new BinanceSource(request, book.feed(), options));
            case "bybit" -> new BybitHistory(new BybitSource(request, book.feed(), options));
            default -> throw new IllegalArgumentException("no history for \"" + venue + "\"");
        };
        HistoryLoader loader = new HistoryLoader(history, new HistoryCache(cacheDir), progress, options.sleeper());
        ReplaySource source = ReplaySource.of(loader.load(request, t1, t2, options.clock().instant()), request,
                venue + " history");
        return new Loaded(source, history.requestCount(), loader.warnings());
    }
}
