package org.hedgetop.account;

/**
 * The account cannot be read. The message is for the user, names the key by where it came from (an
 * environment variable or a key file), and never contains a secret.
 */
public final class AccountException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What the user has to do about it. */
    public enum Kind {
        /** No key, an unreadable or too-open key file: fix the setup (exit 2). */
        SETUP,
        /** The venue refused the key: signature, IP whitelist, unknown or expired key (exit 2). */
        KEY_REJECTED,
        /** The key has a permission hedgetop refuses: withdraw, or trade without allow_trading_key (exit 2). */
        KEY_REFUSED,
        /** The venue could not be reached or answered something unusable: try again later. */
        UNAVAILABLE
    }

    private final Kind kind;

    public AccountException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AccountException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether hedgetop should refuse to start (exit 2) rather than retry. */
    public boolean refusesStart() {
        return kind != Kind.UNAVAILABLE;
    }
}
