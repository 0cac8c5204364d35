package org.hedgetop.market.live;

import java.util.Map;

/**
 * A parsed all-symbols (or batched) response: the good values by exchange symbol, and the items that
 * were rejected (zero, negative or NaN price, missing field) with the reason. One bad item never
 * spoils the others; a symbol in neither map is not listed.
 */
public record Quotes<T>(Map<String, T> values, Map<String, String> rejected) {
    public Quotes {
        values = Map.copyOf(values);
        rejected = Map.copyOf(rejected);
    }

    public boolean lists(String symbol) {
        return values.containsKey(symbol) || rejected.containsKey(symbol);
    }
}
