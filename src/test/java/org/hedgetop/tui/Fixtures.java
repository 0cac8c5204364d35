package org.hedgetop.tui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hedgetop.book.Book;
import org.hedgetop.book.ExitRule;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Ratio;
import org.hedgetop.book.Settings;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.CorrelationMatrix;
import org.hedgetop.risk.HedgeRow;
import org.hedgetop.risk.RiskView;
import org.hedgetop.risk.ScenarioResult;
import org.hedgetop.risk.Scenarios;
import org.hedgetop.risk.TokenRow;
import org.hedgetop.risk.Totals;

/** Hand-built books and views for the loop tests: the loop must not depend on the loader or the engine. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

    private Fixtures() {
    }

    static Holding holding(String token, double units, int line) {
        return new Holding(token, units, Optional.of("Layer-1"), OptionalDouble.empty(), token + "USDT",
                new SourcePos(line, 5));
    }

    static Hedge hedge(String id, List<String> covers, String underlying, double target, long position, int line) {
        return new Hedge(id, covers, underlying + "USDT", underlying, HedgeType.PERPETUAL, Optional.empty(), 1,
                target, Ratio.BETA, position, OptionalDouble.of(150), Optional.empty(), OptionalDouble.of(5),
                ExitRule.NONE, new SourcePos(line, 5));
    }

    /** SOL hedged directly; UNI + AAVE hedged with ETH (a proxy). */
    static Book book() {
        return new Book(Optional.of(Path.of("/tmp/book.yaml")), "Test book", "USDT", FeedSpec.DEFAULT,
                List.of(holding("SOL", 100_000, 10), holding("UNI", 1000, 14), holding("AAVE", 100, 18)),
                List.of(hedge("sol-perp", List.of("SOL"), "SOL", 100, -20_000, 25),
                        hedge("defi-eth", List.of("UNI", "AAVE"), "ETH", 75, -100, 35)),
                Settings.DEFAULT);
    }

    static MonitorState state() {
        return MonitorState.initial(book(), T0, "fake", UiState.initial(true, true));
    }

    static HedgeRow hedgeRow(Hedge h, OptionalLong needed) {
        return new HedgeRow(h.id(), h.instrument(), h.underlying(), h.type(), h.covers(), h.ratio(),
                new HedgeRow.Size(OptionalDouble.of(150), OptionalDouble.of(150), h.contractSize(),
                        OptionalDouble.of(150), OptionalDouble.of(1), OptionalDouble.of(1), h.targetPct(), needed,
                        h.contractsHeld(), needed.isPresent() ? OptionalLong.of(needed.getAsLong() - h.contractsHeld())
                        : OptionalLong.empty(), OptionalDouble.empty(), false, false),
                HedgeRow.Basket.NONE, HedgeRow.Funding.NONE, HedgeRow.Basis.NONE, HedgeRow.Liquidation.NONE,
                List.of(), false);
    }

    static TokenRow tokenRow(Holding h) {
        return new TokenRow(h.token(), h.units(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), h.sector(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), false, false);
    }

    /** A view whose hedges need {@code needed} contracts each, with the given alerts. */
    static RiskView view(Book book, MarketSnapshot market, Instant now, OptionalLong needed, List<Alert> alerts) {
        List<HedgeRow> hedges = new ArrayList<>();
        for (Hedge h : book.hedges()) {
            hedges.add(hedgeRow(h, needed));
        }
        return new RiskView(now, book.name(), book.quote(), book.feed().interval(), book.feed().window(),
                market.source(), market.sourceHealth(), book.holdings().stream().map(Fixtures::tokenRow).toList(),
                hedges, new Totals(0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(), 0), List.of(), alerts,
                new Scenarios(book.settings().shockPct(), new ScenarioResult(0, 0, 0), new ScenarioResult(0, 0, 0)),
                CorrelationMatrix.empty());
    }
}
