package org.hedgetop.market;

/** A poll that produced nothing usable; the message is short and safe to show. */
public class MarketException extends Exception {
    private static final long serialVersionUID = 1L;

    public MarketException(String message) {
        super(message);
    }

    public MarketException(String message, Throwable cause) {
        super(message, cause);
    }
}
