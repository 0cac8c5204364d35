package org.hedgetop.market;

import java.util.Locale;
import org.hedgetop.book.Book;

/** Builds the market source a book (or --source) asks for. */
public final class Sources {
    private Sources() {
    }

    public static final java.util.List<String> NAMES = java.util.List.of("simulated", "replay", "binance", "bybit",
            "hyperliquid");

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
    public static MarketSource open(Book book, String sourceName, java.util.function.Consumer<String> progress) {
        MarketRequest request = MarketRequest.of(book);
        switch (sourceName.toLowerCase(Locale.ROOT)) {
            // each source registers here
            case "simulated":
                return new SimulatedSource(request, book.feed().seed(),
                        java.time.Duration.ofSeconds(book.feed().pollSeconds()));
            case "replay":
                return ReplaySource.open(replayFile(book), request);
            case "binance":
                return new BinanceSource(request, book.feed(), org.hedgetop.market.live.LiveOptions.defaults(progress));
            case "bybit":
                return new BybitSource(request, book.feed(), org.hedgetop.market.live.LiveOptions.defaults(progress));
            case "hyperliquid":
                return new org.hedgetop.market.exchange.hyperliquid.HyperliquidSource(request, book.feed(),
                        org.hedgetop.market.live.LiveOptions.defaults(progress));
            default:
                throw new IllegalArgumentException("unknown source \"" + sourceName + "\"; expected one of "
                        + String.join(", ", NAMES));
        }
    }

    /** feed.file, relative to the portfolio file's folder; a clear error when the book names none. */
    static java.nio.file.Path replayFile(Book book) {
        java.nio.file.Path file = book.feed().file().orElseThrow(() -> new IllegalArgumentException(
                "the replay source needs a history file: set feed.file in "
                        + book.file().map(p -> p.getFileName().toString()).orElse("the book")
                        + " to a CSV with the header time,symbol,kind,value"));
        if (!file.isAbsolute() && book.file().isPresent() && book.file().get().getParent() != null) {
            file = book.file().get().getParent().resolve(file);
        }
        return file;
    }
}
