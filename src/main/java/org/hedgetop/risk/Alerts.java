package org.hedgetop.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.SymbolStatus;

/**
 * The alerts of a view, most urgent kind first: liquidation, over_hedge, drift, exit_rule, stale; within a
 * kind in book order. Each hedge flag gives its own alert (an over-hedged hedge usually drifts too, and
 * both are true statements).
 *
 * <p>Stale: a held token, a hedge's underlying or a hedge's instrument whose {@link SymbolStatus} is STALE,
 * ERROR or NO_MARKET, or whose last update is older than three poll periods before now. NO_MARKET counts
 * because the value it should have given is missing from every sum; the message says which case it is.
 */
public final class Alerts {
    /** A symbol is stale when its last update is older than this many poll periods. */
    public static final int STALE_POLLS = 3;

    private Alerts() {
    }

    /** Stale by status (STALE, ERROR) or by age (older than {@link #STALE_POLLS} poll periods). */
    public static boolean stale(SymbolStatus status, Instant now, int pollSeconds) {
        if (status.health() == SymbolStatus.Health.STALE || status.health() == SymbolStatus.Health.ERROR) {
            return true;
        }
        return age(status, now).compareTo(limit(pollSeconds)) > 0;
    }

    public static List<Alert> of(Book book, List<HedgeRow> hedges, MarketSnapshot market, Instant now) {
        double tol = book.settings().driftTolerancePct();
        List<Alert> liquidation = new ArrayList<>();
        List<Alert> over = new ArrayList<>();
        List<Alert> drift = new ArrayList<>();
        List<Alert> exit = new ArrayList<>();
        for (HedgeRow h : hedges) {
            String id = h.id();
            if (h.liquidationAlert()) {
                double d = h.liquidationDistancePct().getAsDouble();
                String where = d >= 0 ? Words.pct(d) + " below" : Words.pct(-d) + " above";
                liquidation.add(new Alert(Alert.Kind.LIQUIDATION, id, "mark " + Words.price(h.mark().getAsDouble())
                        + " is " + where + " the estimated liquidation price "
                        + Words.price(h.liquidationPrice().getAsDouble())));
            }
            if (h.overHedged()) {
                over.add(new Alert(Alert.Kind.OVER_HEDGE, id, "coverage " + Words.pct(h.coveragePct().getAsDouble())
                        + " is above " + Words.pct(100 + tol) + ": the book is net short" + orderText(h)));
            }
            if (h.drift()) {
                drift.add(new Alert(Alert.Kind.DRIFT, id, "coverage " + Words.pct(h.coveragePct().getAsDouble())
                        + " vs target " + Words.plain(h.targetPct()) + " % (tolerance " + Words.plain(tol) + " %)"
                        + orderText(h)));
            }
            for (String rule : h.exitFired()) {
                exit.add(new Alert(Alert.Kind.EXIT_RULE, id, "exit rule fired: " + rule));
            }
        }
        List<Alert> out = new ArrayList<>(liquidation);
        out.addAll(over);
        out.addAll(drift);
        out.addAll(exit);
        out.addAll(staleAlerts(book, market, now));
        return out;
    }

    private static String orderText(HedgeRow h) {
        if (h.order().isEmpty() || h.order().getAsLong() == 0) {
            return "";
        }
        long o = h.order().getAsLong();
        return o > 0 ? "; sell " + o + " contracts" : "; buy back " + -o + " contracts";
    }

    private static List<Alert> staleAlerts(Book book, MarketSnapshot market, Instant now) {
        Set<String> keys = new LinkedHashSet<>();
        for (Holding h : book.holdings()) {
            keys.add(h.token());
        }
        for (Hedge h : book.hedges()) {
            keys.add(h.underlying());
        }
        for (Hedge h : book.hedges()) {
            keys.add(h.instrument());
        }
        List<Alert> out = new ArrayList<>();
        // a symbol without a status is as fresh as the snapshot (MarketSnapshot.statusOf): decide that once
        SymbolStatus fresh = fresh(market, now);
        boolean freshIsStale = age(fresh, now).compareTo(limit(book.feed().pollSeconds())) > 0;
        for (String key : keys) {
            SymbolStatus s = market.status().get(key);
            if (s == null) {
                boolean priced = market.spot().containsKey(key) || market.futures().containsKey(key);
                if (!freshIsStale && priced) {
                    continue; // the usual case on every tick: nothing to check, no words to build
                }
                // no status and no value: the feed has given nothing yet (or failed before its first price)
                s = priced ? fresh : new SymbolStatus(SymbolStatus.Health.ERROR, Optional.empty(), "no price yet");
            } else if (s.health() == SymbolStatus.Health.OK
                    && age(s, now).compareTo(limit(book.feed().pollSeconds())) <= 0) {
                continue;
            }
            String detail = s.message().isBlank() ? "" : ": " + Words.name(s.message());
            String name = Words.name(key);
            switch (s.health()) {
                case NO_MARKET -> out.add(new Alert(Alert.Kind.STALE, key,
                        name + ": the source does not list it; its value is left out" + detail));
                case ERROR -> out.add(new Alert(Alert.Kind.STALE, key, name + ": feed error" + detail));
                case STALE -> out.add(new Alert(Alert.Kind.STALE, key, name + ": data is stale" + detail));
                case OK -> {
                    Duration age = age(s, now);
                    if (age.compareTo(limit(book.feed().pollSeconds())) > 0) {
                        out.add(new Alert(Alert.Kind.STALE, key, name + ": no update for " + human(age)));
                    }
                }
                default -> throw new IllegalStateException("unknown health " + s.health());
            }
        }
        return out;
    }

    /**
     * What a symbol without a status counts as: as fresh as the snapshot. Except in a replay, whose clock
     * runs --speed times faster than the polls (60 replay seconds a wall second), so every snapshot looked
     * minutes old and every token STALE from the first frame; a replay's values are those of its clock.
     */
    static SymbolStatus fresh(MarketSnapshot market, Instant now) {
        return SymbolStatus.ok("replay".equals(market.source()) ? now : market.time());
    }

    private static Duration age(SymbolStatus s, Instant now) {
        return s.lastUpdate().map(t -> Duration.between(t, now)).orElse(Duration.ZERO);
    }

    private static Duration limit(int pollSeconds) {
        return Duration.ofSeconds((long) STALE_POLLS * Math.max(1, pollSeconds));
    }

    /** 45 s, 3 m 20 s, 2 h 5 m, 3 d 4 h. */
    static String human(Duration d) {
        long s = d.getSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " m " + s % 60 + " s";
        }
        if (s < 86400) {
            return s / 3600 + " h " + s % 3600 / 60 + " m";
        }
        return s / 86400 + " d " + s % 86400 / 3600 + " h";
    }
}
