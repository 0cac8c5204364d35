package org.hedgetop.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.market.MarketException;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.SymbolStatus;

/**
 * Wraps a source and, by simulated time, rotates through what a real exchange does to a poller over a
 * week: every 6 hours a stall, a burst of connection resets, a rate limit, garbage bodies and a partial
 * answer whose symbols carry hostile error texts; every day a 3-hour outage.
 */
final class FaultySource implements MarketSource {
    enum Fault { NONE, STALL, RESET, RATE_LIMITED, GARBAGE, PARTIAL, OUTAGE }

    static final Duration STALL = Duration.ofSeconds(10);
    private final MarketSource inner;
    private final FakeClock clock;
    final Map<Fault, Integer> polls = new EnumMap<>(Fault.class);

    FaultySource(MarketSource inner, FakeClock clock) {
        this.inner = inner;
        this.clock = clock;
    }

    /** The fault in force at {@code t}. */
    static Fault at(Instant t) {
        long secondOfDay = t.getEpochSecond() % 86_400;
        if (secondOfDay >= 2 * 3600 && secondOfDay < 5 * 3600) {
            return Fault.OUTAGE; // 02:00-05:00 UTC every day
        }
        long minute = secondOfDay % (6 * 3600) / 60;
        if (minute >= 60 && minute < 75) {
            return Fault.STALL;
        } else if (minute >= 75 && minute < 90) {
            return Fault.RESET;
        } else if (minute >= 90 && minute < 100) {
            return Fault.RATE_LIMITED;
        } else if (minute >= 100 && minute < 110) {
            return Fault.GARBAGE;
        } else if (minute >= 110 && minute < 130) {
            return Fault.PARTIAL;
        }
        return Fault.NONE;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public MarketSnapshot poll(Instant now) throws MarketException {
        Fault fault = at(now);
        polls.merge(fault, 1, Integer::sum);
        switch (fault) {
            case STALL -> {
                clock.advance(STALL); // the poll hangs until the read timeout, in simulated time
                throw new MarketException("timeout: no answer in " + STALL.toSeconds() + " s");
            }
            case RESET -> throw new MarketException("connection reset by peer");
            case RATE_LIMITED -> throw new MarketException("HTTP 429: rate limited, retry in 30 s");
            case GARBAGE -> throw new MarketException("bad response: malformed or truncated JSON "
                    + MockExchange.HOSTILE);
            case OUTAGE -> throw new MarketException("HTTP 503 Service Unavailable");
            case PARTIAL -> {
                // half the symbols answer; the others are errors whose texts an attacker wrote
                MarketSnapshot s = inner.poll(now);
                Map<String, Double> spot = new HashMap<>();
                Map<String, SymbolStatus> status = new HashMap<>(s.status());
                s.spot().forEach((token, price) -> {
                    if (Math.abs(token.hashCode()) % 2 == 0) {
                        spot.put(token, price);
                    } else {
                        status.put(token, new SymbolStatus(SymbolStatus.Health.ERROR, Optional.empty(),
                                "exchange said " + MockExchange.HOSTILE));
                    }
                });
                return new MarketSnapshot(s.time(), spot, Map.of(), s.spotHistory(), s.markHistory(), s.funding(),
                        status, s.source(), "partial " + MockExchange.HOSTILE);
            }
            default -> {
                return inner.poll(now);
            }
        }
    }

    @Override
    public void close() {
        inner.close();
    }
}
