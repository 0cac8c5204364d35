package org.hedgetop.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hedgetop.book.Book;
import org.hedgetop.market.MarketRequest;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.exchange.binance.BinanceSource;
import org.hedgetop.market.exchange.bybit.BybitSource;
import org.hedgetop.market.exchange.hyperliquid.HyperliquidSource;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.market.replay.ReplaySource;
import org.hedgetop.market.sim.SimulatedSource;

/** Builds the market source a book (or --source) asks for. */
public final class Sources {
    private Sources() {
    }

    public static final List<String> NAMES = List.of("simulated", "replay", "binance", "bybit", "hyperliquid");

    /**
     * @param sourceName one of {@link #NAMES}; usually {@code book.feed().source()} or the --source option
     * @throws IllegalArgumentException for an unknown name, with a message for the user
     */
    public static MarketSource open(Book book, String sourceName) {
        return open(book, sourceName, message -> { });
    }

    /**
     * As {@link #open(Book, String)}, with a listener for history-loading progress of the live sources
     * ("binance: history 12/57"): the monitor shows it, {@code report} prints it on stderr.
     */
    public static MarketSource open(Book book, String sourceName, Consumer<String> progress) {
        MarketRequest request = MarketRequest.of(book);
        switch (sourceName.toLowerCase(Locale.ROOT)) {
            // each source registers here
            case "simulated":
                return new SimulatedSource(request, book.feed().seed(),
                        Duration.ofSeconds(book.feed().pollSeconds()));
            case "replay":
                return ReplaySource.open(replayFile(book), request);
            case "binance":
                return new BinanceSource(request, book.feed(), LiveOptions.defaults(progress));
            case "bybit":
                return new BybitSource(request, book.feed(), LiveOptions.defaults(progress));
            case "hyperliquid":
                return new HyperliquidSource(request, book.feed(), LiveOptions.defaults(progress));
            default:
                throw new IllegalArgumentException("unknown source \"" + sourceName + "\"; expected one of "
                        + String.join(", ", NAMES));
        }
    }

    /** feed.file (the loader already resolved it against the book's folder); a clear error when there is none. */
    static Path replayFile(Book book) {
        return book.feed().file().orElseThrow(() -> new IllegalArgumentException(
                "the replay source needs a history file: set feed.file in "
                        + book.file().map(p -> p.getFileName().toString()).orElse("the book")
                        + " to a CSV with the header time,symbol,kind,value"));
    }
}
