package org.hedgetop.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.hedgetop.book.Notify;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.risk.Alert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each channel against a loopback receiver: the exact request, failures that stay in their own lane, no secret. */
class NotifierTest {
    private static final String TOKEN = "123456789:AAH-secret-token";
    private static final AlertEvent RAISED = new AlertEvent(AlertEvent.Type.RAISED, Alert.Kind.OVER_HEDGE,
            "doge-perp", "the hedge is larger than its exposure", Instant.parse("2026-11-30T12:00:00Z"), "demo");
    private static final Notifier.Options FAST = new Notifier.Options(10,
            new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20)), Duration.ofMillis(500));

    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = HttpClients.build(new HttpClients.Timeouts(Duration.ofMillis(500),
            Duration.ofMillis(500), Duration.ofSeconds(2)), Map.of());
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (logged) {
                logged.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Notifier notifier = Notifier.none();

    @BeforeEach
    void start() throws IOException {
        server.start();
        Logger.getLogger("org.hedgetop.alert").addHandler(capture);
    }

    @AfterEach
    void stop() {
        notifier.close();
        server.close();
        Logger.getLogger("org.hedgetop.alert").removeHandler(capture);
    }

    private static Notify notify(String webhook, String ntfy, List<String> command, String chat, String heartbeat) {
        return new Notify(Optional.ofNullable(webhook), Optional.ofNullable(ntfy), command, Optional.ofNullable(chat),
                Optional.ofNullable(heartbeat), true, 300);
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the receiver").isNotNull();
        return r;
    }

    @Test
    void webhookPostsTheEventAsJson() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        notifier = Notifier.start(notify(server.url("/hooks/abc").toString(), null, List.of(), null, null), Map.of(),
                client, FAST, Clock.systemUTC());
        notifier.send(RAISED);
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/hooks/abc");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.getBody().utf8()).isEqualTo("{\"event\":\"raised\",\"kind\":\"over_hedge\",\"subject\":"
                + "\"doge-perp\",\"message\":\"the hedge is larger than its exposure\",\"time\":"
                + "\"2026-11-30T12:00:00Z\",\"book\":\"demo\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> notifier.health().get(0).delivered() == 1);
        assertThat(notifier.health().get(0).ok()).isTrue();
    }

    @Test
    void ntfyPostsTextWithTitlePriorityAndTags() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        notifier = Notifier.start(notify(null, server.url("/my-hedges").toString(), List.of(), null, null), Map.of(),
                client, FAST, Clock.systemUTC());
        notifier.send(RAISED);
        notifier.send(new AlertEvent(AlertEvent.Type.CLEARED, Alert.Kind.LIQUIDATION, "ada-perp", "mark 0.41",
                RAISED.time(), "démo"));
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/my-hedges");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(r.getHeaders().get("Title")).isEqualTo("hedgetop demo: OVER-HEDGE doge-perp");
        assertThat(r.getHeaders().get("Priority")).isEqualTo("high");
        assertThat(r.getHeaders().get("Tags")).isEqualTo("warning,over_hedge");
        assertThat(r.getBody().utf8()).isEqualTo("the hedge is larger than its exposure");
        RecordedRequest cleared = take();
        assertThat(cleared.getHeaders().get("Title")).isEqualTo("hedgetop d?mo: LIQUIDATION ada-perp cleared");
        assertThat(cleared.getHeaders().get("Priority")).isEqualTo("low");
        assertThat(cleared.getHeaders().get("Tags")).isEqualTo("white_check_mark,liquidation");
    }

    @Test
    void telegramCallsSendMessageWithTheTokenFromTheEnvironment() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"ok\":true}").build());
        notifier = Notifier.start(notify(null, null, List.of(), "-1001234567890", null),
                Map.of("HEDGETOP_TELEGRAM_TOKEN", TOKEN, "HEDGETOP_TELEGRAM_URL", server.url("/").toString()),
                client, FAST, Clock.systemUTC());
        notifier.send(RAISED);
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(r.getBody().utf8()).isEqualTo("{\"chat_id\":-1001234567890,\"text\":\"hedgetop demo: OVER-HEDGE "
                + "doge-perp\\nthe hedge is larger than its exposure\"}");
    }

    @Test
    void telegramWithoutATokenFailsAtOnceAndSaysWhichVariable() {
        notifier = Notifier.start(notify(null, null, List.of(), "@desk_hedges", null), Map.of(), client, FAST,
                Clock.systemUTC());
        notifier.send(RAISED);
        await().atMost(Duration.ofSeconds(5)).until(() -> notifier.health().get(0).dropped() == 1);
        ChannelHealth h = notifier.health().get(0);
        assertThat(h.ok()).isFalse();
        assertThat(h.lastError()).isEqualTo("HEDGETOP_TELEGRAM_TOKEN is not set");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void heartbeatGetsTheUrlAfterEachPoll() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        notifier = Notifier.start(notify(null, null, List.of(), null, server.url("/ping/abc-123").toString()),
                Map.of(), client, FAST, Clock.systemUTC());
        notifier.heartbeat();
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/ping/abc-123");
        assertThat(r.getBodySize()).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> notifier.health().get(0).delivered() == 1);
        notifier.heartbeat();
        assertThat(take().getTarget()).isEqualTo("/ping/abc-123");
        notifier.send(RAISED); // events do not go to the heartbeat
        await().atMost(Duration.ofSeconds(5)).until(() -> notifier.health().get(0).delivered() == 2);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aDeadPortAndAStalledServerFailInTheirOwnLaneWhileTheOthersDeliver(@TempDir Path dir) throws Exception {
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort(); // closed again: nothing listens there
        }
        try (MockWebServer stalled = new MockWebServer()) {
            stalled.enqueue(new MockResponse.Builder().code(200).headersDelay(30, TimeUnit.SECONDS).build());
            stalled.enqueue(new MockResponse.Builder().code(200).headersDelay(30, TimeUnit.SECONDS).build());
            stalled.start();
            server.enqueue(new MockResponse.Builder().code(200).build());
            server.enqueue(new MockResponse.Builder().code(200).build());
            Path out = dir.resolve("events.txt");
            notifier = Notifier.start(notify("http://127.0.0.1:" + dead + "/hook?token=s3cr3t",
                            stalled.url("/stalled-topic").toString(),
                            List.of("/bin/sh", "-c", "echo \"$HEDGETOP_ALERT_SUBJECT\" >> \"$0\"", out.toString()),
                            "42", null),
                    Map.of("HEDGETOP_TELEGRAM_TOKEN", TOKEN, "HEDGETOP_TELEGRAM_URL", server.url("/").toString()),
                    client, FAST, Clock.systemUTC());
            long start = System.nanoTime();
            notifier.send(RAISED);
            notifier.send(new AlertEvent(AlertEvent.Type.CLEARED, Alert.Kind.OVER_HEDGE, "doge-perp", "ok",
                    RAISED.time(), "demo"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("send never waits").isLessThan(
                    Duration.ofMillis(200));
            // telegram (server) and command deliver both events while webhook and ntfy fail
            assertThat(take().getTarget()).isEqualTo("/bot" + TOKEN + "/sendMessage");
            assertThat(take().getTarget()).isEqualTo("/bot" + TOKEN + "/sendMessage");
            await().atMost(Duration.ofSeconds(5)).until(() -> Files.exists(out)
                    && Files.readAllLines(out, StandardCharsets.UTF_8).size() == 2);
            await().atMost(Duration.ofSeconds(15)).until(() -> notifier.health().get(0).dropped() == 2
                    && notifier.health().get(1).dropped() >= 1);
            ChannelHealth webhook = notifier.health().get(0);
            ChannelHealth ntfy = notifier.health().get(1);
            assertThat(webhook.name()).isEqualTo("webhook");
            assertThat(webhook.failingSince()).isPresent();
            assertThat(webhook.lastError()).contains("ConnectException").endsWith("[http://127.0.0.1:" + dead + "/…]")
                    .doesNotContain("s3cr3t");
            assertThat(ntfy.name()).isEqualTo("ntfy");
            assertThat(ntfy.failingSince()).isPresent();
            assertThat(ntfy.lastError()).doesNotContain("stalled-topic");
            assertThat(notifier.health().get(2).ok()).isTrue();
            assertThat(notifier.health().get(3).ok()).isTrue();
            assertThat(notifier.health().get(3).delivered()).isEqualTo(2);
            assertThat(webhook.summary(webhook.failingSince().get().plusSeconds(190)))
                    .startsWith("webhook failing 3 m (").endsWith("), 2 dropped");
        }
        synchronized (logged) {
            assertThat(logged).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(TOKEN)
                    .doesNotContain("s3cr3t").doesNotContain("stalled-topic"));
        }
    }

    @Test
    void telegramErrorsNeverShowTheToken() throws Exception {
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        notifier = Notifier.start(notify(null, null, List.of(), "42", null),
                Map.of("HEDGETOP_TELEGRAM_TOKEN", TOKEN, "HEDGETOP_TELEGRAM_URL", "http://127.0.0.1:" + dead),
                client, FAST, Clock.systemUTC());
        notifier.send(RAISED);
        await().atMost(Duration.ofSeconds(5)).until(() -> notifier.health().get(0).dropped() == 1);
        assertThat(notifier.health().get(0).lastError()).isNotBlank().doesNotContain(TOKEN)
                .doesNotContain("AAH");
        synchronized (logged) {
            assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain("AAH-secret"));
        }
    }
}
