package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.exchange.binance.BinanceParser;
import org.hedgetop.market.exchange.bybit.BybitParser;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.market.live.Candle;
import org.hedgetop.market.live.ContractTicker;
import org.hedgetop.market.live.Quotes;

/**
 * Every exchange response parser, with the rule each must obey on any body: return values whose prices
 * are finite and positive (and rates finite), or throw {@link FeedException} with a printable message -
 * never another exception, never a hang.
 */
enum ParserVerdict {
    BINANCE_SPOT("binance/ticker_price_symbols.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return prices(BinanceParser.spotPrices(body));
        }
    },
    BINANCE_PREMIUM_INDEX("binance/premium_index_all.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return tickers(BinanceParser.premiumIndex(body));
        }
    },
    BINANCE_FUNDING_INFO("binance/funding_info.json") {
        @Override
        int check(byte[] body) throws FeedException {
            Map<String, Duration> intervals = BinanceParser.fundingIntervals(body);
            intervals.values().forEach(d -> assertThat(d).isPositive());
            return intervals.size();
        }
    },
    BINANCE_FUNDING_RATES("binance/funding_rate.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return events(BinanceParser.fundingRates(body));
        }
    },
    BINANCE_KLINES("binance/klines_1d.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return candles(BinanceParser.klines(body));
        }
    },
    BINANCE_ERROR("binance/error_invalid_symbol.json") {
        @Override
        int check(byte[] body) {
            // never throws: a body that is not Binance's error shape is simply not an error body
            var error = BinanceParser.error(new String(body, StandardCharsets.UTF_8));
            error.ifPresent(e -> printable(e.message()));
            return error.isPresent() ? 1 : 0;
        }
    },
    BYBIT_SPOT("bybit/tickers_spot.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return prices(BybitParser.spotTickers(body));
        }
    },
    BYBIT_LINEAR("bybit/tickers_linear.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return tickers(BybitParser.linearTickers(body));
        }
    },
    BYBIT_FUNDING("bybit/funding_history.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return events(BybitParser.fundingHistory(body));
        }
    },
    BYBIT_KLINES("bybit/kline_linear_d.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return candles(BybitParser.klines(body));
        }
    },
    BYBIT_RATE_LIMITED("bybit/retcode_too_many_visits.json") {
        @Override
        int check(byte[] body) throws FeedException {
            return tickers(BybitParser.linearTickers(body));
        }
    };

    final String fixture;

    ParserVerdict(String fixture) {
        this.fixture = fixture;
    }

    /** Parses and checks; returns how many values came out. */
    abstract int check(byte[] body) throws FeedException;

    byte[] seed() {
        return LoaderFuzzTest.resource("/market/" + fixture);
    }

    /** Whether the body parsed; fails on anything but a sane result or a FeedException. */
    boolean judge(byte[] body) throws Exception {
        try {
            Hang.within(name() + " " + LoaderVerdict.describe(body), () -> check(body));
            return true;
        } catch (FeedException e) {
            assertThat(e.kind()).isNotNull();
            assertThat(e.getMessage()).as("message of %s for %s", e, name()).isNotBlank();
            printable(e.getMessage());
            return false;
        } catch (AssertionError e) {
            throw new AssertionError(name() + " gave a bad value for " + LoaderVerdict.describe(body) + ": "
                    + e.getMessage(), e);
        } catch (Throwable t) {
            return fail(name() + " threw " + t + " for " + LoaderVerdict.describe(body), t);
        }
    }

    static void printable(String message) {
        LoaderVerdict.assertPrintable(message, "a feed message");
    }

    static void price(double p) {
        assertThat(p).as("price").isFinite().isGreaterThanOrEqualTo(1e-12);
    }

    static int prices(Quotes<Double> quotes) {
        quotes.values().values().forEach(ParserVerdict::price);
        quotes.rejected().values().forEach(ParserVerdict::printable);
        return quotes.values().size();
    }

    static int tickers(Quotes<ContractTicker> quotes) {
        for (ContractTicker t : quotes.values().values()) {
            price(t.mark());
            t.index().ifPresent(ParserVerdict::price);
            t.fundingRate().ifPresent(r -> assertThat(r).as("funding rate").isFinite());
            t.fundingInterval().ifPresent(d -> assertThat(d).isPositive());
        }
        quotes.rejected().values().forEach(ParserVerdict::printable);
        return quotes.values().size();
    }

    static int events(List<FundingEvent> events) {
        for (FundingEvent e : events) {
            assertThat(e.rate()).as("funding rate").isFinite();
            OptionalDouble mark = e.mark();
            mark.ifPresent(ParserVerdict::price);
        }
        return events.size();
    }

    static int candles(List<Candle> candles) {
        for (Candle c : candles) {
            price(c.close());
            assertThat(c.volume()).as("volume").isFinite().isGreaterThanOrEqualTo(0.0);
        }
        return candles.size();
    }
}
