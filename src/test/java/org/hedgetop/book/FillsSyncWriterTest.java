package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * What {@code hedgetop sync} writes (DOMAIN.md section 8): fills removed from anywhere in the list and trades
 * appended in one edit, every other byte kept.
 */
class FillsSyncWriterTest {
    private static final String BOOK = """
            holdings:
              - {token: ADA, units: 100000}
            hedges:
              - id: ada-perp
                covers: [ADA]
                instrument: ADAUSDT
                contract_size: 100
                fills:                        # from the venue
                  - {time: 2026-11-01T00:00:00Z, contracts: -100, price: 0.6, fee: 3, id: "7"}
                  # typed from my notes
                  - {time: 2026-11-10T08:00:00Z, contracts: -70, price: 0.5}   # added in the dip
                  - {time: 2026-11-12T08:00:00Z, contracts: 20, price: 0.55, id: "9"}
                leverage: 3
            """;

    private static final Fill T1 = new Fill(Instant.parse("2026-11-10T08:00:01.250Z"), -40, 0.5,
            OptionalDouble.of(0.8), Optional.of("11"), SourcePos.NONE);
    private static final Fill T2 = new Fill(Instant.parse("2026-11-10T08:00:01.250Z"), -30, 0.501,
            OptionalDouble.of(0), Optional.of("12"), SourcePos.NONE);

    static Book parse(String text) throws BookException {
        return BookLoader.parse(text, "book.yaml", Optional.empty());
    }

    @Test
    void aFillInTheMiddleGoesWithItsLineAndTradesFollowTheLastOne() throws Exception {
        Book loaded = parse(BOOK);
        Hedge h = loaded.hedges().get(0);
        Hedge synced = h.withFillList(List.of(h.fills().get(0), h.fills().get(2), T1, T2));

        String out = BookWriter.apply(BOOK, loaded, loaded.withHedge(synced));

        assertThat(out).isEqualTo("""
                holdings:
                  - {token: ADA, units: 100000}
                hedges:
                  - id: ada-perp
                    covers: [ADA]
                    instrument: ADAUSDT
                    contract_size: 100
                    fills:                        # from the venue
                      - {time: 2026-11-01T00:00:00Z, contracts: -100, price: 0.6, fee: 3, id: "7"}
                      # typed from my notes
                      - {time: 2026-11-12T08:00:00Z, contracts: 20, price: 0.55, id: "9"}
                      - {time: 2026-11-10T08:00:01.250Z, contracts: -40, price: 0.5, fee: 0.8, id: "11"}
                      - {time: 2026-11-10T08:00:01.250Z, contracts: -30, price: 0.501, fee: 0, id: "12"}
                    leverage: 3
                """);
        // -100 + 20 - 40 - 30
        assertThat(parse(out).hedges().get(0).position()).isEqualTo(-150);
    }

    @Test
    void inAFlowListTheLeadingAndInnerRemovalsTakeTheirCommas() throws Exception {
        String text = """
                holdings:
                  - {token: ADA, units: 100000}
                hedges:
                  - id: ada-perp
                    covers: [ADA]
                    instrument: ADAUSDT
                    contract_size: 100
                    fills: [{time: 2026-11-01T00:00:00Z, contracts: -100, price: 0.6}, {time: 2026-11-02T00:00:00Z, contracts: -5, price: 0.6, id: "3"}, {time: 2026-11-03T00:00:00Z, contracts: -1, price: 0.6}]  # short
                """;
        Book loaded = parse(text);
        Hedge h = loaded.hedges().get(0);

        String out = BookWriter.apply(text, loaded, loaded.withHedge(h.withFillList(List.of(h.fills().get(1), T1))));

        assertThat(out).isEqualTo(text.replace("fills: [{time: 2026-11-01T00:00:00Z, contracts: -100, price: 0.6}, "
                + "{time: 2026-11-02T00:00:00Z, contracts: -5, price: 0.6, id: \"3\"}, "
                + "{time: 2026-11-03T00:00:00Z, contracts: -1, price: 0.6}]",
                "fills: [{time: 2026-11-02T00:00:00Z, contracts: -5, price: 0.6, id: \"3\"}, "
                + "{time: 2026-11-10T08:00:01.250Z, contracts: -40, price: 0.5, fee: 0.8, id: \"11\"}]"));
    }

    @Test
    void aPositionWhoseImpliedFillTheTradesReplaceBecomesTheTrades() throws Exception {
        String text = """
                holdings:
                  - {token: ADA, units: 100000}
                hedges:
                  - id: ada-perp
                    covers: [ADA]
                    instrument: ADAUSDT
                    contract_size: 100
                    position: -70        # short
                    entry_price: 0.5
                    opened: 2026-11-10T08:00:00Z
                    leverage: 3
                """;
        Book loaded = parse(text);
        Hedge h = loaded.hedges().get(0);
        assertThat(h.asFills()).containsExactly(Fill.of(Instant.parse("2026-11-10T08:00:00Z"), -70, 0.5));

        String out = BookWriter.apply(text, loaded, loaded.withHedge(h.withFillList(List.of(T1, T2))));

        assertThat(out).isEqualTo("""
                holdings:
                  - {token: ADA, units: 100000}
                hedges:
                  - id: ada-perp
                    covers: [ADA]
                    instrument: ADAUSDT
                    contract_size: 100
                    fills:        # short
                      - {time: 2026-11-10T08:00:01.250Z, contracts: -40, price: 0.5, fee: 0.8, id: "11"}
                      - {time: 2026-11-10T08:00:01.250Z, contracts: -30, price: 0.501, fee: 0, id: "12"}
                    leverage: 3
                """);
    }

    @Test
    void removingEveryFillWithoutNewOnesIsRefused() throws Exception {
        Book loaded = parse(BOOK);
        Hedge h = loaded.hedges().get(0);
        assertThatThrownBy(() -> BookWriter.apply(BOOK, loaded, loaded.withHedge(h.withFillList(List.of()))))
                .isInstanceOf(BookEditException.class);
    }
}
