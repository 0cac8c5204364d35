package org.hedgetop.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hedgetop.book.Book;
import org.hedgetop.book.ExitRule;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.book.Hedge;
import org.hedgetop.book.HedgeType;
import org.hedgetop.book.Holding;
import org.hedgetop.book.Interval;
import org.hedgetop.book.Ratio;
import org.hedgetop.book.Settings;
import org.hedgetop.book.SourcePos;
import org.hedgetop.market.FundingEvent;
import org.hedgetop.market.FuturesQuote;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.PriceSeries;
import org.hedgetop.market.SymbolStatus;

/** Hand-built books and snapshots for the risk tests. */
final class Fixtures {
    static final long DAY = Duration.ofDays(1).toMillis();
    /** A Monday noon, in the middle of a daily bucket. */
    static final Instant NOW = Instant.parse("2026-11-16T12:00:00Z");

    private Fixtures() {
    }

    static Holding holding(String token, double units) {
        return new Holding(token, units, Optional.empty(), OptionalDouble.empty(), token + "USDT", SourcePos.NONE);
    }

    static Holding holding(String token, double units, String sector, double apy) {
        return new Holding(token, units, Optional.ofNullable(sector),
                Double.isNaN(apy) ? OptionalDouble.empty() : OptionalDouble.of(apy), token + "USDT", SourcePos.NONE);
    }

    static HedgeBuilder hedge(String id, String instrument, String underlying, String... covers) {
        return new HedgeBuilder(id, instrument, underlying, List.of(covers));
    }

    static Book book(List<Holding> holdings, List<Hedge> hedges) {
        return book(holdings, hedges, Settings.DEFAULT, FeedSpec.DEFAULT);
    }

    static Book book(List<Holding> holdings, List<Hedge> hedges, Settings settings, FeedSpec feed) {
        return new Book(Optional.empty(), "test book", "USDT", feed, holdings, hedges, settings);
    }

    static FeedSpec feed(Interval interval, int window) {
        return FeedSpec.DEFAULT.withInterval(interval, window);
    }

    static FuturesQuote quote(double mark) {
        return new FuturesQuote(mark, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(),
                Optional.empty(), NOW);
    }

    static FuturesQuote perpQuote(double mark, double rate, Duration interval, Instant next) {
        return new FuturesQuote(mark, OptionalDouble.empty(), OptionalDouble.of(rate), Optional.of(next),
                Optional.ofNullable(interval), NOW);
    }

    /** A series of one point per bucket, at {@code offset} millis into each bucket, ending with the bucket before {@code now}. */
    static PriceSeries dailyCloses(Instant now, double... closes) {
        long last = Interval.D1.bucketStart(now.toEpochMilli()) - DAY;
        long[] t = new long[closes.length];
        for (int i = 0; i < closes.length; i++) {
            t[i] = last - (long) (closes.length - 1 - i) * DAY + 6 * 3600_000L;
        }
        return PriceSeries.of(t, closes, null);
    }

    /** Closes {@code base * exp(cumulative sum of returns)}: a series whose log returns are exactly the given ones. */
    static double[] closesFromReturns(double base, double... returns) {
        double[] c = new double[returns.length + 1];
        c[0] = base;
        double cum = 0;
        for (int i = 0; i < returns.length; i++) {
            cum += returns[i];
            c[i + 1] = base * Math.exp(cum);
        }
        return c;
    }

    static double[] repeat(int times, double... block) {
        double[] out = new double[block.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(block, 0, out, i * block.length, block.length);
        }
        return out;
    }

    static double[] scale(double k, double[] v) {
        return Arrays.stream(v).map(x -> k * x).toArray();
    }

    static double[] plus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    static final class HedgeBuilder {
        private final String id;
        private final String instrument;
        private final String underlying;
        private final List<String> covers;
        private HedgeType type = HedgeType.PERPETUAL;
        private Optional<LocalDate> expiry = Optional.empty();
        private double contractSize = 1;
        private double targetPct = 100;
        private Ratio ratio = Ratio.BETA;
        private long position;
        private OptionalDouble entry = OptionalDouble.empty();
        private Optional<Instant> opened = Optional.empty();
        private OptionalDouble leverage = OptionalDouble.empty();
        private ExitRule exit = ExitRule.NONE;

        HedgeBuilder(String id, String instrument, String underlying, List<String> covers) {
            this.id = id;
            this.instrument = instrument;
            this.underlying = underlying;
            this.covers = covers;
        }

        HedgeBuilder size(double v) {
            contractSize = v;
            return this;
        }

        HedgeBuilder target(double v) {
            targetPct = v;
            return this;
        }

        HedgeBuilder ratio(Ratio v) {
            ratio = v;
            return this;
        }

        HedgeBuilder position(long v) {
            position = v;
            return this;
        }

        HedgeBuilder expiry(String date) {
            type = HedgeType.EXPIRY;
            expiry = Optional.of(LocalDate.parse(date));
            return this;
        }

        HedgeBuilder opened(String time) {
            opened = Optional.of(Instant.parse(time));
            return this;
        }

        HedgeBuilder margin(double entryPrice, double lev) {
            entry = OptionalDouble.of(entryPrice);
            leverage = OptionalDouble.of(lev);
            return this;
        }

        HedgeBuilder exit(String after, Double above, Double below, Double volBelow, Integer maxDays) {
            exit = new ExitRule(Optional.ofNullable(after).map(LocalDate::parse),
                    above == null ? OptionalDouble.empty() : OptionalDouble.of(above),
                    below == null ? OptionalDouble.empty() : OptionalDouble.of(below),
                    volBelow == null ? OptionalDouble.empty() : OptionalDouble.of(volBelow),
                    maxDays == null ? OptionalInt.empty() : OptionalInt.of(maxDays));
            return this;
        }

        Hedge build() {
            return new Hedge(id, covers, instrument, underlying, type, expiry, contractSize, targetPct, ratio,
                    position, entry, opened, leverage, exit, SourcePos.NONE);
        }
    }

    /** Mutable builder of an immutable snapshot. */
    static final class Market {
        private final Instant time;
        private final Map<String, Double> spot = new HashMap<>();
        private final Map<String, FuturesQuote> futures = new HashMap<>();
        private final Map<String, PriceSeries> spotHistory = new HashMap<>();
        private final Map<String, PriceSeries> markHistory = new HashMap<>();
        private final Map<String, List<FundingEvent>> funding = new HashMap<>();
        private final Map<String, SymbolStatus> status = new HashMap<>();

        Market(Instant time) {
            this.time = time;
        }

        Market spot(String token, double price) {
            spot.put(token, price);
            return this;
        }

        Market future(String instrument, double mark) {
            futures.put(instrument, quote(mark));
            return this;
        }

        Market future(String instrument, FuturesQuote q) {
            futures.put(instrument, q);
            return this;
        }

        Market history(String token, PriceSeries s) {
            spotHistory.put(token, s);
            return this;
        }

        Market markHistory(String instrument, PriceSeries s) {
            markHistory.put(instrument, s);
            return this;
        }

        Market funding(String instrument, FundingEvent... events) {
            funding.put(instrument, new ArrayList<>(List.of(events)));
            return this;
        }

        Market status(String key, SymbolStatus s) {
            status.put(key, s);
            return this;
        }

        MarketSnapshot build() {
            return build("test");
        }

        MarketSnapshot build(String source) {
            return new MarketSnapshot(time, spot, futures, spotHistory, markHistory, funding, status, source, "live");
        }
    }
}
