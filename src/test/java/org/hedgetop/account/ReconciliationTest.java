package org.hedgetop.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookLoader;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
    static final String BOOK = """
            holdings:
              - {token: SOL, units: 2000}
              - {token: BTC, units: 1}
              - {token: UNI, units: 100}
              - {token: AAVE, units: 10}
            hedges:
              - {instrument: SOLUSDT, covers: [SOL], contract_size: 1, position: -1200, entry_price: 150}
              - {instrument: BTCUSDT, covers: [BTC], contract_size: 0.002, position: -4, entry_price: 60000}
              - {id: defi-a, instrument: ETHUSDT, underlying: ETH, covers: [UNI], contract_size: 0.1, position: -20,
                 entry_price: 3000}
              - {id: defi-b, instrument: ETHUSDT, underlying: ETH, covers: [AAVE], contract_size: 1, position: -1,
                 entry_price: 3000}
            """;

    static ExchangePosition pos(String instrument, double coins) {
        return new ExchangePosition(instrument, coins, OptionalDouble.of(140), OptionalDouble.of(180));
    }

    List<Reconciliation> run(ExchangePosition... positions) throws Exception {
        Book book = BookLoader.parse(BOOK, "book.yaml", Optional.empty());
        return Reconciliation.of(book, List.of(positions), NOW);
    }

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void theLedgerAtNowIsComparedNotTheSumOfEveryFill() throws Exception {
        Book book = BookLoader.parse("""
                holdings:
                  - {token: SOL, units: 2000}
                hedges:
                  - id: sol-perp
                    instrument: SOLUSDT
                    covers: [SOL]
                    contract_size: 1
                    fills:
                      - {time: 2026-11-01T00:00:00Z, contracts: -1000, price: 150}
                      - {time: 2026-11-20T00:00:00Z, contracts: -500, price: 140}
                      - {time: 2026-12-05T00:00:00Z, contracts: 300, price: 130}
                """, "book.yaml", Optional.empty());
        // every fill sums to -1200; at NOW only the first two count: -1500
        assertThat(book.hedges().get(0).position()).isEqualTo(-1200);

        Reconciliation agrees = Reconciliation.of(book, List.of(pos("SOLUSDT", -1500)), NOW).get(0);
        Reconciliation differs = Reconciliation.of(book, List.of(pos("SOLUSDT", -1200)), NOW).get(0);

        assertThat(agrees.reconciled()).isTrue();
        assertThat(differs.reconciled()).isFalse();
        assertThat(differs.mismatch()).contains("the book holds -1500 contracts of SOLUSDT, the exchange -1200");
    }

    @Test
    void aPositionOpenedAfterNowIsNotHeldYet() throws Exception {
        Book book = BookLoader.parse("""
                holdings:
                  - {token: SOL, units: 2000}
                hedges:
                  - {instrument: SOLUSDT, covers: [SOL], contract_size: 1, position: -1200, entry_price: 150,
                     opened: 2026-12-01T00:00:00Z}
                """, "book.yaml", Optional.empty());

        Reconciliation r = Reconciliation.of(book, List.of(), NOW).get(0);

        assertThat(r.reconciled()).isTrue(); // flat on both sides at NOW
    }

    @Test
    void agreeingPositionsAreReconciled() throws Exception {
        // BTC: -4 contracts of 0.002 = -0.008 coins; ETH: -20 * 0.1 + -1 * 1 = -3 coins
        List<Reconciliation> r = run(pos("SOLUSDT", -1200), pos("BTCUSDT", -0.008), pos("ETHUSDT", -3));

        assertThat(r).allSatisfy(x -> assertThat(x.reconciled()).isTrue());
        assertThat(r).allSatisfy(x -> assertThat(x.mismatch()).isEmpty());
        assertThat(r.get(0).exchangePosition()).isEqualTo(-1200);
        assertThat(r.get(0).exchangeEntryPrice().getAsDouble()).isEqualTo(140);
        assertThat(r.get(0).exchangeLiquidationPrice().getAsDouble()).isEqualTo(180);
        assertThat(r.get(1).exchangePosition()).isEqualTo(-4);
        assertThat(r.get(2).exchangePosition()).isEqualTo(-30); // -3 coins in 0.1-coin contracts
        assertThat(r.get(3).exchangePosition()).isEqualTo(-3);
    }

    @Test
    void aDifferenceNamesBothNumbers() throws Exception {
        List<Reconciliation> r = run(pos("SOLUSDT", -1900), pos("BTCUSDT", -0.009), pos("ETHUSDT", -2.5));

        assertThat(r.get(0).reconciled()).isFalse();
        assertThat(r.get(0).mismatch()).contains("the book holds -1200 contracts of SOLUSDT, the exchange -1900");
        assertThat(r.get(1).exchangePosition()).isEqualTo(-4.5); // a fraction, reported as it is
        assertThat(r.get(1).mismatch()).contains("the book holds -4 contracts of BTCUSDT, the exchange -4.5");
        assertThat(r.get(2).mismatch()).contains("ETHUSDT: the book's hedges hold -3 coins, the exchange -2.5");
    }

    @Test
    void nothingOnTheAccountIsFlat() throws Exception {
        List<Reconciliation> r = run();
        assertThat(r.get(0).exchangePosition()).isZero();
        assertThat(r.get(0).exchangeEntryPrice()).isEmpty();
        assertThat(r.get(0).reconciled()).isFalse();
    }
}
