package org.hedgetop.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import org.hedgetop.book.Notify;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.text.Redact;

/**
 * The channels of a book's {@code notify:} block, each on its own worker ({@link ChannelWorker}). {@link #send}
 * and {@link #heartbeat} return at once whatever the receivers do.
 */
public final class Notifier implements AutoCloseable {
    public static final String TELEGRAM_TOKEN_ENV = "HEDGETOP_TELEGRAM_TOKEN";
    /** Tests (and a self-hosted Bot API server) point Telegram elsewhere. */
    public static final String TELEGRAM_URL_ENV = "HEDGETOP_TELEGRAM_URL";
    public static final String TELEGRAM_DEFAULT_URL = "https://api.telegram.org";
    private static final Logger LOG = Logger.getLogger("org.hedgetop.alert");

    /**
     * @param queue           events each channel holds while it is failing
     * @param retry           tries per event and the capped backoff between them
     * @param commandTimeout  a command running longer is killed
     */
    public record Options(int queue, RetryPolicy retry, Duration commandTimeout) {
        public static final Options DEFAULT = new Options(100,
                new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1)), CommandChannel.DEFAULT_TIMEOUT);
    }

    private final List<ChannelWorker<AlertEvent>> channels;
    private final Optional<ChannelWorker<Boolean>> heartbeat;

    private Notifier(List<ChannelWorker<AlertEvent>> channels, Optional<ChannelWorker<Boolean>> heartbeat) {
        this.channels = List.copyOf(channels);
        this.heartbeat = heartbeat;
    }

    /** A notifier with no channel: sending is a no-op. */
    public static Notifier none() {
        return new Notifier(List.of(), Optional.empty());
    }

    /** Starts one worker per configured channel. Nothing is contacted until the first event or ping. */
    public static Notifier start(Notify notify, Map<String, String> env, OkHttpClient client, Options options,
                                 Clock clock) {
        List<ChannelWorker<AlertEvent>> channels = new ArrayList<>();
        notify.webhook().ifPresent(url -> channels.add(new ChannelWorker<>("webhook", options.queue(), false,
                HttpChannels.webhook(client, url), options.retry(), clock)));
        notify.ntfy().ifPresent(url -> channels.add(new ChannelWorker<>("ntfy", options.queue(), false,
                HttpChannels.ntfy(client, url), options.retry(), clock)));
        notify.telegramChatId().ifPresent(chat -> {
            String token = env.getOrDefault(TELEGRAM_TOKEN_ENV, "").strip();
            String base = env.getOrDefault(TELEGRAM_URL_ENV, TELEGRAM_DEFAULT_URL).strip();
            ChannelWorker.Sender<AlertEvent> sender;
            if (token.isEmpty()) {
                LOG.warning(() -> "telegram: " + TELEGRAM_TOKEN_ENV + " is not set; Telegram messages cannot be sent");
                sender = e -> {
                    throw new ChannelWorker.Permanent(TELEGRAM_TOKEN_ENV + " is not set");
                };
            } else {
                sender = HttpChannels.telegram(client, base, token, chat);
            }
            channels.add(new ChannelWorker<>("telegram", options.queue(), false, sender, options.retry(), clock));
        });
        if (!notify.command().isEmpty()) {
            channels.add(new ChannelWorker<>("command", options.queue(), false,
                    new CommandChannel(notify.command(), options.commandTimeout()), options.retry(), clock));
        }
        Optional<ChannelWorker<Boolean>> heartbeat = notify.heartbeat().map(url -> new ChannelWorker<>("heartbeat",
                1, true, HttpChannels.heartbeat(client, url), new RetryPolicy(1, Duration.ZERO, Duration.ZERO), clock));
        Notifier n = new Notifier(channels, heartbeat);
        LOG.info(() -> "notify: " + n.describe(notify));
        return n;
    }

    /** Queues the event on every event channel. */
    public void send(AlertEvent event) {
        for (ChannelWorker<AlertEvent> c : channels) {
            c.offer(event);
        }
    }

    /** After a successful poll: one GET to the heartbeat URL (pings do not pile up behind a slow receiver). */
    public void heartbeat() {
        heartbeat.ifPresent(h -> h.offer(Boolean.TRUE));
    }

    /** Every channel's health, event channels first, heartbeat last. */
    public List<ChannelHealth> health() {
        List<ChannelHealth> out = new ArrayList<>();
        channels.forEach(c -> out.add(c.health()));
        heartbeat.ifPresent(h -> out.add(h.health()));
        return out;
    }

    public boolean isEmpty() {
        return channels.isEmpty() && heartbeat.isEmpty();
    }

    /** Gives queued events up to {@code grace} (shared by all channels), then stops every worker. */
    public void close(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        for (ChannelWorker<AlertEvent> c : channels) {
            c.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        heartbeat.ifPresent(ChannelWorker::close);
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }

    /** For the log: which channels, with their URLs cut to scheme and host. */
    private String describe(Notify n) {
        List<String> parts = new ArrayList<>();
        n.webhook().ifPresent(u -> parts.add("webhook " + Redact.url(u)));
        n.ntfy().ifPresent(u -> parts.add("ntfy " + Redact.url(u)));
        n.telegramChatId().ifPresent(c -> parts.add("telegram"));
        if (!n.command().isEmpty()) {
            parts.add("command");
        }
        n.heartbeat().ifPresent(u -> parts.add("heartbeat " + Redact.url(u)));
        return parts.isEmpty() ? "no channel" : String.join(", ", parts);
    }
}
