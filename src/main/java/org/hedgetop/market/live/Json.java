package org.hedgetop.market.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.OptionalDouble;
import org.hedgetop.market.Prices;
import org.hedgetop.market.http.FeedException;
import org.hedgetop.text.Safe;

/**
 * Strict reading of exchange JSON: the exchanges send numbers as strings ("43519.34"), and a value that
 * is missing, empty, not a number, NaN or infinite must be refused rather than turned into 0.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** Parses a whole body; HTML pages, truncated or trailing garbage are a BAD_RESPONSE. */
    public static JsonNode parse(byte[] body, String what) throws FeedException {
        if (body.length == 0) {
            throw bad(what + ": empty response");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw bad(what + ": empty response");
            }
            return node;
        } catch (JsonProcessingException e) {
            boolean html = body.length > 0 && (body[0] == '<' || new String(body, 0, Math.min(body.length, 64),
                    java.nio.charset.StandardCharsets.UTF_8).strip().startsWith("<"));
            throw bad(what + (html ? ": an HTML page instead of JSON" : ": malformed or truncated JSON"));
        } catch (IOException e) {
            throw bad(what + ": unreadable response");
        }
    }

    public static FeedException bad(String message) {
        return new FeedException(FeedException.Kind.BAD_RESPONSE, message);
    }

    /** A required text field. */
    public static String text(JsonNode node, String field) throws FeedException {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull() || v.asText().isEmpty()) {
            throw bad("missing " + field);
        }
        return v.asText();
    }

    /** A finite number given as a JSON number or a numeric string; empty when absent or "". */
    public static OptionalDouble optionalNumber(JsonNode node, String field) throws FeedException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numberValue(v, field));
    }

    /** A required finite number. */
    public static double number(JsonNode node, String field) throws FeedException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            throw bad("missing " + field);
        }
        return numberValue(v, field);
    }

    /** A required price: finite and strictly positive. */
    public static double price(JsonNode node, String field) throws FeedException {
        double p = number(node, field);
        if (!Prices.isPrice(p)) {
            throw bad(field + " is not a price (below 1e-12): " + show(node.get(field)));
        }
        return p;
    }

    /** A finite number from a node that is a number or a numeric string. */
    public static double numberValue(JsonNode v, String field) throws FeedException {
        double d;
        if (v.isNumber()) {
            d = v.asDouble();
        } else if (v.isTextual() && isDecimal(v.asText())) {
            d = Double.parseDouble(v.asText());
        } else {
            throw bad(field + " is not a number: " + show(v));
        }
        if (!Double.isFinite(d)) {
            throw bad(field + " is not finite: " + show(v));
        }
        return d;
    }

    /** Epoch milliseconds from a JSON integer or a string of digits. */
    public static long millis(JsonNode node, String field) throws FeedException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw bad("missing " + field);
        }
        return millisValue(v, field);
    }

    public static long millisValue(JsonNode v, String field) throws FeedException {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        String t = v.asText();
        if (v.isTextual() && !t.isEmpty() && t.length() <= 18 && t.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(t);
        }
        throw bad(field + " is not a time in milliseconds: " + show(v));
    }

    /** Plain decimal notation only: Double.parseDouble would also take "NaN", "Infinity" and "0x1p3". */
    static boolean isDecimal(String s) {
        return s.length() <= 40 && s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    private static String show(JsonNode v) {
        return v == null ? "nothing" : "\"" + Safe.text(v.asText(), 40) + "\"";
    }
}
