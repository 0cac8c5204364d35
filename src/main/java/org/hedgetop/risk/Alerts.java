package org.hedgetop.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hedgetop.book.Book;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.Holding;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.SymbolStatus;
import org.hedgetop.text.Fmt;
import org.hedgetop.text.Safe;

/**
 * The alerts of a view: one per subject (DOMAIN.md section 5), its kind the most severe of its flags, most
 * severe kind first and within a kind in book order. A hedge's message says everything true about it in one
 * line: a fired exit rule (with its threshold and the current value) and what to do, which is then {@code close
 * N} - the exit wins over sizing, so a drift is not also told to add to a hedge that should be closed; a near
 * liquidation; an over-hedge (the short is larger than the covered exposure x factor; "the book is net short"
 * only when the book's net delta is below zero); a drift from the target.
 *
 * <p>Stale: a held token, a hedge's underlying or a hedge's instrument whose {@link SymbolStatus} is STALE,
 * ERROR or NO_MARKET, or (when {@code byAge}) whose last update is older than three poll periods before now.
 * NO_MARKET counts because the value it should have given is missing from every sum; the message says which
 * case it is. Ages are not judged while polling is paused (nothing was asked) nor during a replay (the data
 * is history, played faster than the poll period).
 */
public final class Alerts {
    /** A symbol is stale when its last update is older than this many poll periods. */
    public static final int STALE_POLLS = 3;

    private Alerts() {
    }

    /** Stale by status (STALE, ERROR) or by age (older than {@link #STALE_POLLS} poll periods). */
    public static boolean stale(SymbolStatus status, Instant now, int pollSeconds) {
        return stale(status, now, pollSeconds, true);
    }

    static boolean stale(SymbolStatus status, Instant now, int pollSeconds, boolean byAge) {
        if (status.health() == SymbolStatus.Health.STALE || status.health() == SymbolStatus.Health.ERROR) {
            return true;
        }
        return byAge && age(status, now).compareTo(limit(pollSeconds)) > 0;
    }

    public static List<Alert> of(Book book, List<HedgeRow> hedges, double netDelta, MarketSnapshot market,
                                 Instant now, boolean byAge) {
        Map<String, Alert> bySubject = new LinkedHashMap<>();
        for (HedgeRow h : hedges) {
            hedgeAlert(h, book.settings().driftTolerancePct(), netDelta).ifPresent(a -> merge(bySubject, a));
        }
        for (Alert a : staleAlerts(book, market, now, byAge)) {
            merge(bySubject, a);
        }
        List<Alert> out = new ArrayList<>(bySubject.values());
        out.sort(Comparator.comparing(Alert::kind)); // stable: book order within a kind
        return out;
    }

    /**
     * One alert per subject: a second alert on the same subject (a hedge id that is also a token's name, or a
     * position mismatch read from the account) joins the first, flags and messages both kept.
     */
    static void merge(Map<String, Alert> bySubject, Alert a) {
        bySubject.merge(a.subject(), a, (x, y) -> {
            List<Alert.Kind> flags = new ArrayList<>(x.flags());
            flags.addAll(y.flags());
            // the words of the more severe alert first, as its kind leads the flags
            String words = y.kind().compareTo(x.kind()) < 0 ? y.message() + "; " + x.message()
                    : x.message() + "; " + y.message();
            return new Alert(x.kind(), flags, x.subject(), words);
        });
    }

    static Optional<Alert> hedgeAlert(HedgeRow h, double tol, double netDelta) {
        List<Alert.Kind> flags = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean exit = !h.exitFired().isEmpty();
        if (exit) {
            flags.add(Alert.Kind.EXIT_RULE);
            words.add((h.exitFired().size() == 1 ? "exit rule fired: " : "exit rules fired: ")
                    + String.join(", ", h.exitFired()));
        }
        if (h.liquidationAlert()) {
            flags.add(Alert.Kind.LIQUIDATION);
            double d = h.liquidationDistancePct().getAsDouble();
            String where = d >= 0 ? Fmt.sentencePct(d) + " below" : Fmt.sentencePct(-d) + " above";
            words.add("mark " + Fmt.sentencePrice(h.mark().getAsDouble()) + " is " + where
                    + " the estimated liquidation price " + Fmt.sentencePrice(h.liquidationPrice().getAsDouble()));
        }
        if (h.overHedged()) {
            flags.add(Alert.Kind.OVER_HEDGE);
            words.add("coverage " + Fmt.sentencePct(h.coveragePct().getAsDouble()) + " is above " + Fmt.sentencePct(100 + tol)
                    + ": the short is larger than the exposure it covers x factor"
                    + (netDelta < 0 ? "; the book is net short" : ""));
        }
        if (h.drift()) {
            flags.add(Alert.Kind.DRIFT);
            if (!exit && !h.overHedged()) {
                words.add("coverage " + Fmt.sentencePct(h.coveragePct().getAsDouble()) + " vs target "
                        + Fmt.plain(h.targetPct()) + " % (tolerance " + Fmt.plain(tol) + " %)");
            } else if (!exit) {
                words.add("target " + Fmt.plain(h.targetPct()) + " %");
            }
        }
        if (flags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Alert(flags.get(0), flags, h.id(), String.join("; ", words) + actionText(h)));
    }

    /** "; close 30 contracts", "; sell 32 contracts", "; buy back 20 contracts", or nothing. */
    private static String actionText(HedgeRow h) {
        String action = h.action();
        if (action.startsWith("close ")) {
            return "; " + action + " contracts";
        }
        if (action.startsWith("sell ")) {
            return "; " + action + " contracts";
        }
        if (action.startsWith("buy ")) {
            return "; buy back " + action.substring(4) + " contracts";
        }
        return "";
    }

    private static List<Alert> staleAlerts(Book book, MarketSnapshot market, Instant now, boolean byAge) {
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
        SymbolStatus fresh = SymbolStatus.ok(market.time());
        boolean freshIsStale = byAge && age(fresh, now).compareTo(limit(book.feed().pollSeconds())) > 0;
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
                    && (!byAge || age(s, now).compareTo(limit(book.feed().pollSeconds())) <= 0)) {
                continue;
            }
            String detail = s.message().isBlank() ? "" : ": " + Safe.name(s.message());
            String name = Safe.name(key);
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
