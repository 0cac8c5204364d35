package org.hedgetop.market.live;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hedgetop.market.exchange.binance.BinanceParser;
import org.hedgetop.market.exchange.bybit.BybitParser;
import org.hedgetop.market.http.FeedException;

/** Whatever arrives, a parser either returns records or throws FeedException: never anything else. */
class ParserPropertiesTest {
    interface Parse {
        void run(byte[] body) throws FeedException;
    }

    static final Parse[] PARSERS = {BinanceParser::spotPrices, BinanceParser::premiumIndex,
            BinanceParser::fundingIntervals, BinanceParser::fundingRates, BinanceParser::klines,
            BybitParser::spotTickers, BybitParser::linearTickers, BybitParser::fundingHistory, BybitParser::klines};

    @Property(tries = 300)
    void randomBytesOnlyEverGiveFeedException(@ForAll byte[] body) {
        for (Parse p : PARSERS) {
            run(p, body);
        }
    }

    @Property(tries = 300)
    void mangledFixturesOnlyEverGiveFeedException(@ForAll("mangled") String body) {
        for (Parse p : PARSERS) {
            run(p, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<String> mangled() {
        String[] names = {"binance/ticker_price_symbols.json", "binance/premium_index_all.json",
                "binance/funding_rate.json", "binance/klines_1d.json", "bybit/tickers_linear.json",
                "bybit/funding_history.json", "bybit/kline_linear_d.json"};
        return Arbitraries.of(names).flatMap(name -> {
            String text = new String(Fixtures.bytes(name), StandardCharsets.UTF_8);
            return Arbitraries.integers().between(0, text.length()).flatMap(cut ->
                    Arbitraries.of("", "\"", "null", "-1", "[]", "{}", "\"NaN\"", "1e400").map(junk ->
                            text.substring(0, cut) + junk + text.substring(Math.min(text.length(), cut + junk.length()))));
        });
    }

    private static void run(Parse p, byte[] body) {
        try {
            p.run(body);
        } catch (FeedException expected) {
            // the one allowed failure
        }
    }
}
