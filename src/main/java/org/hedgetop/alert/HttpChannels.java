package org.hedgetop.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.hedgetop.text.Safe;
import org.hedgetop.text.Redact;

/**
 * The HTTP channels of DOMAIN.md section 9. Each sender throws an {@link IOException} whose message names
 * the failure (HTTP status, timeout, refused connection) without the URL's path, query or the Telegram token.
 */
final class HttpChannels {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpChannels() {
    }

    /** POST application/json: the event object. */
    static ChannelWorker.Sender<AlertEvent> webhook(OkHttpClient client, String url) {
        return e -> call(client, new Request.Builder().url(url).post(RequestBody.create(e.json(), JSON)).build(),
                List.of(url));
    }

    /** POST text/plain: the message, with Title, Priority and Tags headers (https://docs.ntfy.sh/publish/). */
    static ChannelWorker.Sender<AlertEvent> ntfy(OkHttpClient client, String url) {
        return e -> call(client, new Request.Builder().url(url)
                .header("Title", ascii(e.title()))
                .header("Priority", priority(e))
                .header("Tags", (e.event() == AlertEvent.Type.RAISED ? "warning," : "white_check_mark,")
                        + e.kind().label())
                .post(RequestBody.create(e.message(), TEXT)).build(), List.of(url));
    }

    /** The Bot API's sendMessage: POST {base}/bot{token}/sendMessage with chat_id and text. */
    static ChannelWorker.Sender<AlertEvent> telegram(OkHttpClient client, String base, String token, String chatId) {
        String url = base.replaceAll("/+$", "") + "/bot" + token + "/sendMessage";
        return e -> {
            ObjectNode body = MAPPER.createObjectNode();
            if (chatId.startsWith("@")) {
                body.put("chat_id", chatId);
            } else {
                body.put("chat_id", Long.parseLong(chatId));
            }
            body.put("text", e.title() + "\n" + e.message());
            call(client, new Request.Builder().url(url).post(RequestBody.create(body.toString(), JSON)).build(),
                    List.of(url, token));
        };
    }

    /** GET, for a dead-man's switch such as healthchecks.io. */
    static ChannelWorker.Sender<Boolean> heartbeat(OkHttpClient client, String url) {
        return ping -> call(client, new Request.Builder().url(url).get().build(), List.of(url));
    }

    /** ntfy's priorities: a fired exit rule or a near liquidation is urgent; a clear is low. */
    static String priority(AlertEvent e) {
        if (e.event() == AlertEvent.Type.CLEARED) {
            return "low";
        }
        return switch (e.kind()) {
            case EXIT_RULE, LIQUIDATION -> "urgent";
            case POSITION_MISMATCH, OVER_HEDGE -> "high";
            case DRIFT, STALE -> "default";
        };
    }

    /** HTTP header values must be printable ASCII. */
    static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static void call(OkHttpClient client, Request request, List<String> secrets) throws IOException {
        try (Response r = client.newCall(request).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException("HTTP " + r.code());
            }
        } catch (IOException | RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("HTTP ")) {
                throw e;
            }
            throw new IOException(describe(e, secrets));
        }
    }

    /** "timeout", "connection refused (127.0.0.1:9)": the exception's words with every secret cut out. */
    static String describe(Exception e, List<String> secrets) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        for (String s : secrets) {
            text = Redact.without(text, s);
        }
        if (!secrets.isEmpty()) {
            text = text + " [" + Redact.url(secrets.get(0)) + "]";
        }
        return Safe.text(text, 160);
    }
}
