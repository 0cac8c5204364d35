package org.hedgetop.book;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads a hedge's {@code fills} list (DOMAIN.md section 7), reporting each bad fill where it is written. */
final class FillReader {
    static final List<String> FILL = List.of("time", "contracts", "price", "fee", "id");
    /** Keys a hedge with fills must not have: its position, entry and opening are what the fills say. */
    static final List<String> DERIVED = List.of("position", "entry_price", "opened");

    private final Problems problems;

    FillReader(Problems problems) {
        this.problems = problems;
    }

    /** The fills of the hedge read by {@code hedge}; also reports {@code fills} written next to a derived key. */
    List<Fill> read(Fields hedge) {
        for (String key : DERIVED) {
            if (hedge.has(key)) {
                SourcePos a = hedge.keyPos(key);
                SourcePos b = hedge.keyPos("fills");
                boolean fillsSecond = before(a, b);
                problems.add(fillsSecond ? b : a, (fillsSecond ? "fills" : key) + " cannot be written together with "
                        + (fillsSecond ? key : "fills") + ": position is derived from fills (remove position, "
                        + "entry_price and opened, or write the hedge without fills)");
            }
        }
        List<Fill> fills = new ArrayList<>();
        hedge.list("fills", false).ifPresent(list -> {
            if (list.items().isEmpty()) {
                problems.add(list.pos(), "fills must list at least one fill such as "
                        + "{time: 2026-11-01T00:00:00Z, contracts: -100, price: 150}; a hedge with no trades is "
                        + "written without fills");
            }
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.Mapping m) {
                    fill(m).ifPresent(fills::add);
                } else if (!(item instanceof YamlNode.Rejected)) {
                    problems.add(item.pos(), "each fill must be a mapping with time, contracts and price, got "
                            + item.describe());
                }
            }
        });
        return fills;
    }

    private Optional<Fill> fill(YamlNode.Mapping map) {
        Fields f = new Fields(map, "fill", FILL, problems);
        boolean complete = f.require("time") & f.require("contracts") & f.require("price");
        Optional<Instant> time = f.instant("time");
        Optional<Long> contracts = f.whole("contracts", -HedgeReader.MAX_POSITION, HedgeReader.MAX_POSITION,
                "a whole number of contracts other than 0 (negative = sell, positive = buy)");
        if (contracts.isPresent() && contracts.get() == 0) {
            problems.add(f.valuePos("contracts"), "contracts must be a whole number of contracts other than 0 "
                    + "(negative = sell, positive = buy), got 0");
            contracts = Optional.empty();
        }
        OptionalDouble price = f.number("price", Fields.Range.positive());
        OptionalDouble fee = f.number("fee", new Fields.Range(-Fields.MAX_MAGNITUDE.doubleValue(), false,
                Fields.MAX_MAGNITUDE.doubleValue(), "a number in the quote currency (negative = rebate)"));
        Optional<String> id = f.text("id", false);
        if (!complete || time.isEmpty() || contracts.isEmpty() || price.isEmpty()) {
            return Optional.empty(); // reported above; the loader throws before the book escapes
        }
        return Optional.of(new Fill(time.get(), contracts.get(), price.getAsDouble(), fee, id, map.pos()));
    }

    private static boolean before(SourcePos a, SourcePos b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }
}
