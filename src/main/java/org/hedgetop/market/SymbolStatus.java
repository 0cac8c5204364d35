package org.hedgetop.market;

import java.time.Instant;
import java.util.Optional;

/**
 * Health of one symbol's data.
 *
 * @param health       ok, stale, no market (the exchange does not list it) or error
 * @param lastUpdate   when a good value last arrived
 * @param message      short, already sanitised explanation for the user ("HTTP 429, retry in 30 s")
 */
public record SymbolStatus(Health health, Optional<Instant> lastUpdate, String message) {
    public enum Health { OK, STALE, NO_MARKET, ERROR }

    public static SymbolStatus ok(Instant at) {
        return new SymbolStatus(Health.OK, Optional.of(at), "");
    }
}
