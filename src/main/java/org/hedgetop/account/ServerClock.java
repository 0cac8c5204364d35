package org.hedgetop.account;

import java.time.Clock;

/**
 * The venue's clock as seen from here: signed requests carry a timestamp the venue accepts only within
 * its receive window (Binance and Bybit: 5 s by default), so a local clock that is off by more is
 * corrected by the offset measured against the venue's time endpoint.
 */
final class ServerClock {
    @FunctionalInterface
    interface TimeSource {
        long serverMillis() throws AccountException, VenueHttp.ClockSkew;
    }

    private final Clock local;
    private long offset;
    private boolean measured;

    ServerClock(Clock local) {
        this.local = local;
    }

    /** offset = server time - the local time halfway through the request. */
    void measure(TimeSource source) throws AccountException {
        long before = local.millis();
        long server;
        try {
            server = source.serverMillis();
        } catch (VenueHttp.ClockSkew e) {
            throw new AccountException(AccountException.Kind.UNAVAILABLE, e.getMessage());
        }
        long after = local.millis();
        offset = server - (before + after) / 2;
        measured = true;
        java.util.logging.Logger.getLogger(ServerClock.class.getName()).fine("venue clock offset " + offset + " ms");
    }

    boolean measured() {
        return measured;
    }

    long offsetMillis() {
        return offset;
    }

    /** The venue's time now, in epoch milliseconds. */
    long now() {
        return local.millis() + offset;
    }
}
