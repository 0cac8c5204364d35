package org.hedgetop.market.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.hedgetop.market.http.FeedException;

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

    /** Reads one item of a response whose symbol is already known. */
    @FunctionalInterface
    public interface ItemReader<T> {
        T read(String symbol, JsonNode item) throws FeedException;
    }

    /**
     * Reads every item by its {@code symbol} field; an item the reader refuses goes to {@link #rejected}
     * with the reason, so one bad item never spoils the others.
     */
    public static <T> Quotes<T> collect(Iterable<JsonNode> items, ItemReader<T> reader) throws FeedException {
        Map<String, T> values = new HashMap<>();
        Map<String, String> rejected = new HashMap<>();
        for (JsonNode item : items) {
            String symbol = Json.text(item, "symbol");
            try {
                values.put(symbol, reader.read(symbol, item));
            } catch (FeedException e) {
                rejected.put(symbol, e.getMessage());
            }
        }
        return new Quotes<>(values, rejected);
    }

    public boolean lists(String symbol) {
        return values.containsKey(symbol) || rejected.containsKey(symbol);
    }
}
