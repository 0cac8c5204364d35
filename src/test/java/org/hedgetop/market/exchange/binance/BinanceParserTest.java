package org.hedgetop.market.exchange.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hedgetop.market.live.Fixtures.bytes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.Candle;
import org.hedgetop.market.live.ContractTicker;
import org.hedgetop.market.live.Quotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinanceParserTest {
    @Test
    void spotPricesKeepGoodItemsAndRejectZeroAndNegative() throws Exception {
        Quotes<Double> q = BinanceParser.spotPrices(bytes("binance/ticker_price_symbols.json"));

        assertThat(q.values()).containsOnlyKeys("BTCUSDT", "SOLUSDT");
        assertThat(q.values().get("BTCUSDT")).isEqualTo(97012.34);
        assertThat(q.rejected()).containsOnlyKeys("DEADUSDT", "ODDUSDT");
        assertThat(q.rejected().get("ODDUSDT")).isEqualTo("price is not a price (below 1e-12): \"-1.50000000\"");
        assertThat(q.lists("DEADUSDT")).isTrue();
        assertThat(q.lists("NOPEUSDT")).isFalse();
    }

    @Test
    void premiumIndexGivesMarksAndFundingOnlyForPerpetuals() throws Exception {
        Quotes<ContractTicker> q = BinanceParser.premiumIndex(bytes("binance/premium_index_all.json"));

        ContractTicker sol = q.values().get("SOLUSDT");
        assertThat(sol.mark()).isEqualTo(201.40);
        assertThat(sol.index().getAsDouble()).isEqualTo(201.51234567);
        assertThat(sol.fundingRate().getAsDouble()).isEqualTo(-0.000125);
        assertThat(sol.nextFundingTime()).contains(Instant.parse("2026-02-10T16:00:00Z"));
        assertThat(sol.fundingInterval()).isEmpty(); // comes from fundingInfo

        ContractTicker dated = q.values().get("BTCUSDT_260327");
        assertThat(dated.mark()).isEqualTo(97980.10);
        assertThat(dated.fundingRate()).isEmpty();
        assertThat(dated.nextFundingTime()).isEmpty();

        assertThat(q.values().get("NEWUSDT").index()).as("an index of 0 is no index").isEmpty();
        assertThat(q.rejected()).containsEntry("BROKENUSDT", "missing markPrice");
    }

    @Test
    void fundingInfoListsOnlyAdjustedSymbols() throws Exception {
        assertThat(BinanceParser.fundingIntervals(bytes("binance/funding_info.json")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("SOLUSDT", Duration.ofHours(4),
                        "PEPEUSDT", Duration.ofHours(1)));
    }

    @Test
    void fundingRatesKeepTheReportedMarkWhenThereIsOne() throws Exception {
        List<FundingEvent> events = BinanceParser.fundingRates(bytes("binance/funding_rate.json"));

        assertThat(events).hasSize(3);
        assertThat(events.get(0).time()).isEqualTo(Instant.ofEpochMilli(1770681600003L));
        assertThat(events.get(1).rate()).isEqualTo(-0.00037409);
        assertThat(events.get(1).mark().getAsDouble()).isEqualTo(200.125);
        assertThat(events.get(2).rate()).isEqualTo(-0.02);
        assertThat(events.get(2).mark()).isEmpty();
    }

    @Test
    void klinesGiveOpenTimeCloseAndVolume() throws Exception {
        assertThat(BinanceParser.klines(bytes("binance/klines_1d.json"))).containsExactly(
                new Candle(1770595200000L, 199.5, 1523411.2),
                new Candle(1770681600000L, 204.75, 1401202.8),
                new Candle(1770768000000L, 201.55, 301122.0));
    }

    @Test
    void theErrorBodyIsRecognised() {
        assertThat(BinanceParser.error(new String(bytes("binance/error_invalid_symbol.json"), StandardCharsets.UTF_8)))
                .contains(new BinanceParser.BinanceError(-1121, "Invalid symbol."));
        assertThat(BinanceParser.error("<html>")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[", "[{\"symbol\":\"SOLUSDT\",\"price\":\"1.0\"}", "<html><body>502</body></html>",
            "[] trailing", "{\"code\":-1003,\"msg\":\"Too many requests\"}", "\"just a string\""})
    void malformedBodiesAreRejectedWhole(String body) {
        assertThatThrownBy(() -> BinanceParser.spotPrices(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FeedException.class)
                .satisfies(e -> assertThat(((FeedException) e).kind()).isEqualTo(FeedException.Kind.BAD_RESPONSE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"0x1p3\"", "\"\"", "null", "\"1e999\"", "\"12abc\""})
    void priceStringsThatAreNotPlainNumbersAreRejected(String price) throws Exception {
        Quotes<Double> q = BinanceParser.spotPrices(("[{\"symbol\":\"X\",\"price\":" + price + "}]")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(q.values()).isEmpty();
        assertThat(q.rejected()).containsKey("X");
    }

    @Test
    void aCandleWithAZeroCloseRejectsTheList() {
        byte[] body = "[[1770595200000,\"1\",\"1\",\"1\",\"0\",\"5\",1,\"1\",1,\"1\",\"1\",\"0\"]]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BinanceParser.klines(body)).hasMessageContaining("close is not a price");
    }
}
