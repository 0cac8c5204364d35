package org.hedgetop.market.exchange.bybit;

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

class BybitParserTest {
    @Test
    void spotTickersUseTheLastPrice() throws Exception {
        Quotes<Double> q = BybitParser.spotTickers(bytes("bybit/tickers_spot.json"));

        assertThat(q.values()).containsEntry("BTCUSDT", 97010.15).containsEntry("SOLUSDT", 201.55).hasSize(2);
        assertThat(q.rejected()).containsEntry("HALTUSDT", "missing lastPrice");
    }

    @Test
    void linearTickersCarryFundingAndItsInterval() throws Exception {
        Quotes<ContractTicker> q = BybitParser.linearTickers(bytes("bybit/tickers_linear.json")); // retCode "0" as a string

        ContractTicker sol = q.values().get("SOLUSDT");
        assertThat(sol.mark()).isEqualTo(201.40);
        assertThat(sol.index().getAsDouble()).isEqualTo(201.52);
        assertThat(sol.fundingRate().getAsDouble()).isEqualTo(-0.00025);
        assertThat(sol.nextFundingTime()).contains(Instant.ofEpochMilli(1770728400000L));
        assertThat(sol.fundingInterval()).contains(Duration.ofHours(1));

        ContractTicker eth = q.values().get("ETHUSDT");
        assertThat(eth.fundingInterval()).as("older responses lack fundingIntervalHour").isEmpty();
        assertThat(eth.fundingRate().getAsDouble()).isEqualTo(0.0001);

        ContractTicker dated = q.values().get("ETHUSDT-27MAR26");
        assertThat(dated.mark()).isEqualTo(2689.75);
        assertThat(dated.fundingRate()).isEmpty();
        assertThat(dated.nextFundingTime()).isEmpty();
        assertThat(dated.fundingInterval()).isEmpty();
    }

    @Test
    void fundingHistoryComesNewestFirstAndIsReturnedOldestFirst() throws Exception {
        List<FundingEvent> events = BybitParser.fundingHistory(bytes("bybit/funding_history.json"));

        assertThat(events).extracting(FundingEvent::time).containsExactly(Instant.ofEpochMilli(1770717600000L),
                Instant.ofEpochMilli(1770721200000L), Instant.ofEpochMilli(1770724800000L));
        assertThat(events.get(2).rate()).isEqualTo(-0.00025);
        assertThat(events.get(0).mark()).isEmpty();
    }

    @Test
    void klinesAreReversedToOldestFirst() throws Exception {
        assertThat(BybitParser.klines(bytes("bybit/kline_linear_d.json"))).containsExactly(
                new Candle(1770595200000L, 199.4, 10400000),
                new Candle(1770681600000L, 204.7, 9800000),
                new Candle(1770768000000L, 201.4, 2100000.5));
    }

    @Test
    void aRateLimitRetCodeIsRateLimited() {
        assertThatThrownBy(() -> BybitParser.spotTickers(bytes("bybit/retcode_too_many_visits.json")))
                .isInstanceOf(FeedException.class)
                .hasMessage("Bybit retCode 10006 \"Too many visits!\" (spot tickers)")
                .satisfies(e -> assertThat(((FeedException) e).kind()).isEqualTo(FeedException.Kind.RATE_LIMITED));
    }

    @Test
    void otherRetCodesAndBadEnvelopesAreErrors() {
        byte[] params = "{\"retCode\":10001,\"retMsg\":\"params error: \\u001b[2J\",\"result\":{}}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BybitParser.klines(params)).hasMessage("Bybit retCode 10001 \"params error: ?[2J\" (klines)");
        byte[] noList = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{}}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BybitParser.klines(noList)).hasMessage("klines: missing result.list");
        byte[] notV5 = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BybitParser.spotTickers(notV5)).hasMessage("spot tickers: not a Bybit v5 response");
    }
}
