package org.hedgetop.book;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.hedgetop.text.Safe;

/** Reads the {@code hedges} list: each hedge's keys, its defaults, and its links to the holdings. */
final class HedgeReader {
    static final List<String> HEDGE = List.of("id", "covers", "instrument", "underlying", "type", "expiry",
            "contract_size", "target_pct", "ratio", "position", "entry_price", "opened", "leverage", "exit", "fills");
    static final List<String> EXIT = List.of("after", "price_above", "price_below", "volatility_below_pct",
            "max_days");
    static final long MAX_POSITION = 1_000_000_000_000_000L;

    private final Problems problems;
    private final Map<String, SourcePos> held;
    private final String quote;
    private final Map<String, SourcePos> ids = new HashMap<>();

    HedgeReader(Problems problems, Map<String, SourcePos> held, String quote) {
        this.problems = problems;
        this.held = held;
        this.quote = quote;
    }

    List<Hedge> read(YamlNode.Sequence list) {
        List<Hedge> hedges = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Mapping m) {
                hedges.add(hedge(m));
            } else if (!(item instanceof YamlNode.Rejected)) {
                problems.add(item.pos(), "each hedge must be a mapping with at least covers, instrument and "
                        + "contract_size, got " + item.describe());
            }
        }
        return hedges;
    }

    private Hedge hedge(YamlNode.Mapping map) {
        Fields f = new Fields(map, "hedge", HEDGE, problems);
        f.require("covers");
        f.require("instrument");
        f.require("contract_size");
        Optional<String> instrument = f.text("instrument", false);
        Optional<String> explicitId = f.text("id", false);
        String id = explicitId.or(() -> instrument).orElse("?");
        if (explicitId.isPresent() || instrument.isPresent() && f.value("id").isEmpty()) {
            SourcePos first = ids.putIfAbsent(id, f.valuePos(explicitId.isPresent() ? "id" : "instrument"));
            if (first != null) {
                problems.add(explicitId.isPresent() ? f.valuePos("id") : f.pos(), "duplicate hedge id "
                        + Scalars.quote(id) + " (first at line " + first.line() + ")"
                        + (explicitId.isPresent() ? "" : "; the id defaults to the instrument: give each hedge an id"));
            }
        }
        List<String> covers = covers(f, id);
        String underlying = f.text("underlying", false).orElseGet(() -> defaultUnderlying(f, covers, instrument));
        HedgeType type = f.choice("type", BookReader.options("perpetual", "expiry")).map(
                t -> t.equals("expiry") ? HedgeType.EXPIRY : HedgeType.PERPETUAL).orElse(HedgeType.PERPETUAL);
        Optional<LocalDate> expiry = f.date("expiry");
        if (type == HedgeType.EXPIRY && f.value("expiry").isEmpty()) {
            problems.add(f.pos(), "hedge " + Scalars.quote(id)
                    + " is an expiry future but has no expiry date; add expiry: YYYY-MM-DD");
        }
        boolean perpetual = f.value("type").map(v -> v instanceof YamlNode.Scalar s && s.value().equals("perpetual"))
                .orElse(true);
        if (perpetual && f.value("expiry").isPresent()) {
            problems.add(f.keyPos("expiry"), "expiry is only for expiry futures; this hedge is perpetual"
                    + " (add type: expiry, or remove expiry)");
        }
        double contractSize = f.number("contract_size", Fields.Range.positive()).orElse(1);
        double target = f.number("target_pct", Fields.Range.from(0, 300)).orElse(100);
        Ratio ratio = f.choice("ratio", Ratio.byLabel()).orElse(Ratio.BETA);
        long position = f.whole("position", -MAX_POSITION, MAX_POSITION,
                "a whole number of contracts (negative = short)").orElse(0L);
        OptionalDouble entry = f.number("entry_price", Fields.Range.positive());
        Optional<Instant> opened = f.instant("opened");
        OptionalDouble leverage = f.number("leverage", Fields.Range.from(1, 1000));
        ExitRule exit = f.mapping("exit").map(this::exit).orElse(ExitRule.NONE);
        if (f.has("fills")) {
            List<Fill> fills = new FillReader(problems).read(f);
            return Hedge.withFills(id, covers, instrument.orElse("?"), underlying, type,
                    type == HedgeType.EXPIRY ? expiry : Optional.empty(), contractSize, target, ratio, fills, leverage,
                    exit, f.pos());
        }
        return new Hedge(id, covers, instrument.orElse("?"), underlying, type, type == HedgeType.EXPIRY ? expiry
                : Optional.empty(), contractSize, target, ratio, position, entry, opened, leverage, exit, f.pos());
    }

    private List<String> covers(Fields f, String id) {
        List<String> covers = new ArrayList<>();
        f.list("covers", true).ifPresent(list -> {
            if (list.items().isEmpty()) {
                problems.add(list.pos(), "covers must name at least one held token");
            }
            Set<String> seen = new HashSet<>();
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Rejected) {
                    continue;
                }
                if (!(item instanceof YamlNode.Scalar s) || s.isNull() || s.value().isBlank()) {
                    problems.add(item.pos(), "covers must list token names, got " + item.describe());
                    continue;
                }
                String token = s.value();
                if (!seen.add(token)) {
                    problems.add(s.pos(), "covers names " + Scalars.quote(token) + " twice");
                    continue;
                }
                if (!held.containsKey(token)) {
                    problems.add(s.pos(), "hedge " + Scalars.quote(id) + " covers " + Scalars.quote(token)
                            + ", which is not in holdings" + Spelling.didYouMean(token, held.keySet(), ""));
                }
                covers.add(token); // kept even when reported, so a basket stays a basket for the checks below
            }
        });
        return covers;
    }

    /**
     * A hedge of one token hedges that token (unless its instrument names another coin: then the user must
     * say). A basket's underlying is read off the instrument (quote and
     * an _YYMMDD expiry suffix stripped: ETHUSDT and ETHUSDT_261225 are ETH); otherwise it must be given.
     */
    private String defaultUnderlying(Fields f, List<String> covers, Optional<String> instrument) {
        Optional<String> base = instrument.map(i -> i.replaceFirst("_\\d{6}$", ""))
                .filter(b -> b.endsWith(quote) && b.length() > quote.length())
                .map(b -> b.substring(0, b.length() - quote.length()));
        if (covers.size() == 1) {
            // defaulting to the covered token when the instrument plainly names another coin would make a
            // proxy hedge look direct (factor 1) without a word; ask the user to say which it is
            String token = covers.get(0);
            if (base.isPresent() && !base.get().equals(token)) {
                problems.add(f.pos(), "hedge covers " + Scalars.quote(token) + " with instrument "
                        + Scalars.quote(instrument.orElseThrow()) + ", which looks like " + Scalars.quote(base.get())
                        + ": write underlying: " + Safe.text(base.get(), 40) + " for a proxy hedge, or underlying: "
                        + Safe.text(token, 40) + " if the instrument tracks " + Safe.text(token, 40));
            }
            return token;
        }
        if (covers.isEmpty() || instrument.isEmpty()) {
            return "?"; // the missing covers or instrument is reported already
        }
        if (base.isPresent()) {
            return base.get();
        }
        problems.add(f.pos(), "a basket hedge needs underlying: it cannot be derived from instrument "
                + Scalars.quote(instrument.get()) + " and quote " + Scalars.quote(quote));
        return "?";
    }

    private ExitRule exit(YamlNode.Mapping map) {
        Fields f = new Fields(map, "exit", EXIT, problems);
        Optional<LocalDate> after = f.date("after");
        OptionalDouble above = f.number("price_above", Fields.Range.positive());
        OptionalDouble below = f.number("price_below", Fields.Range.positive());
        if (above.isPresent() && below.isPresent() && below.getAsDouble() >= above.getAsDouble()) {
            problems.add(f.valuePos("price_below"), "price_below (" + Scalars.plain(below.getAsDouble())
                    + ") must be lower than price_above (" + Scalars.plain(above.getAsDouble())
                    + "), or one of them would always fire");
        }
        OptionalDouble volatility = f.number("volatility_below_pct", Fields.Range.positive());
        OptionalInt maxDays = f.whole("max_days", 1, 100_000, "a whole number of days from 1 to 100000")
                .map(d -> OptionalInt.of(d.intValue())).orElse(OptionalInt.empty());
        return new ExitRule(after, above, below, volatility, maxDays);
    }

}
