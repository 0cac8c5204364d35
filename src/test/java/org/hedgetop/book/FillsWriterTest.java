package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Appending, removing and converting fills touches nothing else in the file (DOMAIN.md section 7). */
class FillsWriterTest {
    private static final String FILLS_BOOK = """
            # my hedges
            holdings:
              - {token: ADA, units: 100000}   # staked
            hedges:
              - id: ada-perp
                covers: [ADA]
                instrument: ADAUSDT
                contract_size: 100
                fills:                        # from the venue
                  - {time: 2026-11-01T00:00:00Z, contracts: -100, price: 0.6, fee: 3}
                  - {time: 2026-11-10T08:00:00Z, contracts: -70, price: 0.5}   # added in the dip
                leverage: 3
            """;

    private static final Fill NEW = Fill.of(Instant.parse("2026-11-30T12:00:00Z"), -10, 0.65);

    static Book parse(String text) throws BookException {
        return BookLoader.parse(text, "book.yaml", Optional.empty());
    }

    static Book withFill(Book b, Fill f) throws BookEditException {
        return b.withHedge(b.hedges().get(0).withFill(f));
    }

    @Test
    void appendingAFillAddsOneLineAndRemovingItGivesTheSameBytesBack() throws Exception {
        Book loaded = parse(FILLS_BOOK);
        String out = BookWriter.apply(FILLS_BOOK, loaded, withFill(loaded, NEW));
        assertThat(out).isEqualTo(FILLS_BOOK.replace("   # added in the dip\n", "   # added in the dip\n"
                + "      - {time: 2026-11-30T12:00:00Z, contracts: -10, price: 0.65}\n"));
        Book saved = parse(out);
        assertThat(saved.hedges().get(0).fills()).hasSize(3);
        assertThat(saved.hedges().get(0).position()).isEqualTo(-180);
        assertThat(BookWriter.apply(out, saved, loaded)).isEqualTo(FILLS_BOOK);
    }

    @Test
    void aFillWithFeeAndIdInAFlowList() throws Exception {
        String text = FILLS_BOOK.replace("""
                    fills:                        # from the venue
                      - {time: 2026-11-01T00:00:00Z, contracts: -100, price: 0.6, fee: 3}
                      - {time: 2026-11-10T08:00:00Z, contracts: -70, price: 0.5}   # added in the dip
                """, """
                    fills: [{time: 2026-11-01T00:00:00Z, contracts: -100, price: 0.6}]
                """);
        Book loaded = parse(text);
        Fill f = new Fill(NEW.time(), 5, 0.7, java.util.OptionalDouble.of(-0.25), Optional.of("T-9"), SourcePos.NONE);
        String out = BookWriter.apply(text, loaded, withFill(loaded, f));
        assertThat(out).isEqualTo(text.replace("price: 0.6}]", "price: 0.6}, "
                + "{time: 2026-11-30T12:00:00Z, contracts: 5, price: 0.7, fee: -0.25, id: \"T-9\"}]"));
        assertThat(BookWriter.apply(out, parse(out), loaded)).isEqualTo(text);
    }

    private static final String POSITION_BOOK = """
            holdings:
              - {token: ADA, units: 100000}
            hedges:
              - id: ada-perp
                covers: [ADA]
                instrument: ADAUSDT
                contract_size: 100
                position: -170        # short
                entry_price: 0.61
                opened: 2026-11-01T00:00:00Z   # when I sold
                leverage: 3
            """;

    @Test
    void theFirstFillTurnsAPositionIntoFillsKeepingComments() throws Exception {
        Book loaded = parse(POSITION_BOOK);
        String out = BookWriter.apply(POSITION_BOOK, loaded, withFill(loaded, NEW));
        assertThat(out).isEqualTo("""
                holdings:
                  - {token: ADA, units: 100000}
                hedges:
                  - id: ada-perp
                    covers: [ADA]
                    instrument: ADAUSDT
                    contract_size: 100
                    fills:        # short
                      - {time: 2026-11-01T00:00:00Z, contracts: -170, price: 0.61}
                      - {time: 2026-11-30T12:00:00Z, contracts: -10, price: 0.65}
                    # when I sold
                    leverage: 3
                """);
        assertThat(parse(out).hedges().get(0).position()).isEqualTo(-180);
    }

    @Test
    void aPositionWithoutOpenedCannotBeTurnedIntoFills() throws Exception {
        String text = POSITION_BOOK.replace("    opened: 2026-11-01T00:00:00Z   # when I sold\n", "");
        Book loaded = parse(text);
        Hedge h = loaded.hedges().get(0);
        Hedge converted = Hedge.withFills(h.id(), h.covers(), h.instrument(), h.underlying(), h.type(), h.expiry(),
                h.contractSize(), h.targetPct(), h.ratio(), List.of(NEW), h.leverage(), h.exit(), h.location());
        assertThatThrownBy(() -> BookWriter.apply(text, loaded, loaded.withHedge(converted)))
                .isInstanceOf(BookEditException.class)
                .hasMessage("ada-perp has no opened: its position cannot be turned into fills; add opened and "
                        + "entry_price to the hedge");
        assertThatThrownBy(() -> loaded.hedges().get(0).withFill(NEW)).isInstanceOf(BookEditException.class)
                .hasMessageStartingWith("ada-perp has no opened");
    }

    @Test
    void aFillChangedInTheMiddleIsAnEditForAPerson() throws Exception {
        Book loaded = parse(FILLS_BOOK);
        Hedge h = loaded.hedges().get(0);
        Hedge changed = Hedge.withFills(h.id(), h.covers(), h.instrument(), h.underlying(), h.type(), h.expiry(),
                h.contractSize(), h.targetPct(), h.ratio(), List.of(h.fills().get(1), h.fills().get(0)), h.leverage(),
                h.exit(), h.location());
        assertThatThrownBy(() -> BookWriter.apply(FILLS_BOOK, loaded, loaded.withHedge(changed)))
                .hasMessage("ada-perp fills were changed other than by removing fills or adding new ones at the end; "
                        + "edit the file to do that");
    }
}
