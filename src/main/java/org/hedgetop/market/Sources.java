package org.hedgetop.market;

import java.util.Locale;
import org.hedgetop.book.Book;

/** Builds the market source a book (or --source) asks for. */
public final class Sources {
    private Sources() {
    }

    public static final java.util.List<String> NAMES = java.util.List.of("simulated", "replay", "binance", "bybit");

    /**
     * @param sourceName one of {@link #NAMES}; usually {@code book.feed().source()} or the --source option
     * @throws IllegalArgumentException for an unknown name, with a message for the user
     */
    public static MarketSource open(Book book, String sourceName) {
        MarketRequest request = MarketRequest.of(book);
        switch (sourceName.toLowerCase(Locale.ROOT)) {
            // each source registers here
            default:
                throw new IllegalArgumentException("unknown source \"" + sourceName + "\"; expected one of "
                        + String.join(", ", NAMES));
        }
    }
}
