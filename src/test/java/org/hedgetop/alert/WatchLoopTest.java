package org.hedgetop.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.hedgetop.book.BookFile;
import org.hedgetop.cli.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless loop on the simulated feed: raises, reloads the edited book (the alert clears), stops at once. */
class WatchLoopTest {
    private static final String BOOK = """
            name: watched
            feed: { source: simulated, poll_seconds: 1, seed: 3 }
            holdings:
              - { token: SOL, units: 1000 }
            hedges:
              - { id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, target_pct: 100, position: %s }
            notify: { min_interval_seconds: 0 }
            """;

    @Test
    void raisesReloadsAndStops(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("book.yaml");
        Files.writeString(file, BOOK.formatted("0"), StandardCharsets.UTF_8); // unhedged: drift 100 points
        List<AlertEvent> events = new CopyOnWriteArrayList<>();
        BookFile loaded = BookFile.read(file);
        WatchLoop loop = new WatchLoop(loaded, b -> Sources.open(b, b.feed().source()), Clock.systemUTC(),
                new Alerting(loaded.book().notifications(), n -> Notifier.none(), events::add));
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
            try {
                return loop.run();
            } catch (InterruptedException e) {
                return -1;
            }
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.isEmpty());
        assertThat(events.get(0).event()).isEqualTo(AlertEvent.Type.RAISED);
        assertThat(events.get(0).kind().label()).isEqualTo("drift");
        assertThat(events.get(0).subject()).isEqualTo("sol-perp");
        assertThat(events.get(0).message()).startsWith("coverage 0.0 % vs target 100 % (tolerance 5 %); sell ");

        // the user sets the hedge to the full size and sends SIGHUP: the drift clears
        Files.writeString(file, BOOK.formatted("-1000"), StandardCharsets.UTF_8);
        loop.reload();
        await().atMost(Duration.ofSeconds(20)).until(() -> events.size() >= 2);
        assertThat(events.get(1).event()).isEqualTo(AlertEvent.Type.CLEARED);
        assertThat(events.get(1).subject()).isEqualTo("sol-perp");

        loop.stop("test");
        assertThat(run.get(5, TimeUnit.SECONDS)).isZero();
    }
}
