package org.hedgetop.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.hedgetop.risk.Alert;

/**
 * One alert event as every channel sends it (DOMAIN.md section 9):
 * {@code {"event": "raised"|"cleared", "kind", "subject", "message", "time", "book"}}.
 */
public record AlertEvent(Type event, Alert.Kind kind, String subject, String message, Instant time, String book) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public AlertEvent {
        time = time.truncatedTo(ChronoUnit.SECONDS); // "12:00:05Z", not a clock's nanoseconds
    }

    public enum Type {
        RAISED, CLEARED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The event as one line of JSON, keys in the documented order. */
    public String json() {
        ObjectNode o = JSON.createObjectNode();
        o.put("event", event.label());
        o.put("kind", kind.label());
        o.put("subject", subject);
        o.put("message", message);
        o.put("time", time.toString());
        o.put("book", book);
        return o.toString();
    }

    /** A one-line title: "hedgetop demo: DRIFT sol-perp" or "... cleared". */
    public String title() {
        return "hedgetop " + book + ": " + kind.label().toUpperCase(Locale.ROOT).replace('_', '-') + " " + subject
                + (event == Type.CLEARED ? " cleared" : "");
    }
}
