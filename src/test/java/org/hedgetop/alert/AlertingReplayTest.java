package org.hedgetop.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.hedgetop.market.MarketSource;
import org.hedgetop.cli.Sources;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.risk.RiskView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replayed series whose mark wobbles around the over-hedge threshold: without hysteresis it would raise
 * three times; it raises once and clears once. Coverage of the direct hedge is 100 * 1000 * mark / (1000 * 10)
 * = 10 x mark: 10.6 -> 106 %.
 */
class AlertingReplayTest {
    private static final double[] MARKS = {10.2, 10.6, 10.45, 10.55, 10.42, 10.61, 10.39, 10.2, 10.58};

    @Test
    void aSeriesCrossingTheThresholdBackAndForthRaisesOnce(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("time,symbol,kind,value\n");
        Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
        for (int i = 0; i < MARKS.length; i++) {
            String t = t0.plusSeconds(3600L * i).toString();
            csv.append(t).append(",X,spot,10\n").append(t).append(",XUSDT,mark,").append(MARKS[i]).append('\n');
        }
        Files.writeString(dir.resolve("history.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("book.yaml"), """
                name: wobble
                feed: { source: replay, file: history.csv, interval: 1h, window: 3 }
                holdings:
                  - { token: X, units: 1000 }
                hedges:
                  - { id: x-perp, covers: [X], instrument: XUSDT, contract_size: 1, position: -1000 }
                settings: { drift_tolerance_pct: 5 }
                notify: { min_interval_seconds: 0 }
                """, StandardCharsets.UTF_8);
        Book book = BookLoader.load(dir.resolve("book.yaml"));
        List<AlertEvent> events = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        RiskEngine engine = new RiskEngine();
        try (MarketSource source = Sources.open(book, "replay");
             Alerting alerting = new Alerting(book.notifications(), n -> Notifier.none(), events::add)) {
            for (int i = 0; i < MARKS.length; i++) {
                Instant now = t0.plusSeconds(3600L * i + 60);
                RiskView view = engine.evaluate(book, source.poll(now), now);
                kinds.add(view.alerts().isEmpty() ? "-" : view.alerts().get(0).kind().label());
                alerting.evaluated(book, view, now);
            }
        }
        // the raw per-evaluation alert flips on and off three times...
        assertThat(kinds).containsExactly("-", "over_hedge", "-", "over_hedge", "-", "over_hedge", "-", "-",
                "over_hedge");
        // ...the lifecycle raises at 106 %, holds through 104.5 / 105.5 / 104.2 / 106.1, clears at 103.9
        assertThat(events).extracting(e -> e.event().label() + " " + e.kind().label() + " " + e.subject() + " "
                + e.time()).containsExactly(
                "raised over_hedge x-perp 2026-11-01T01:01:00Z",
                "cleared over_hedge x-perp 2026-11-01T06:01:00Z",
                "raised over_hedge x-perp 2026-11-01T08:01:00Z");
        // one token, over-hedged: net delta 10,000 - 10,600 < 0, so here the book is net short
        assertThat(events.get(0).message()).isEqualTo("coverage 106.0 % is above 105.0 %: the short is larger than "
                + "the exposure it covers x factor; the book is net short; target 100 %; buy back 57 contracts");
        assertThat(events.get(0).book()).isEqualTo("wobble");
    }
}
