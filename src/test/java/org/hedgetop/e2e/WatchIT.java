package org.hedgetop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hedgetop watch} as a service manager runs it: the packaged jar in its own process, its alert
 * events as JSON lines on stdout, SIGHUP reloads the book, SIGTERM ends it with status 0 within seconds.
 */
class WatchIT {
    static final Duration START = Duration.ofSeconds(60); // a cold JVM on a busy 2-core machine

    @Test
    void printsEventsReloadsOnHupAndEndsOnSigterm(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("book.yaml");
        String text = """
                name: Watched book
                feed: { source: simulated, poll_seconds: 1, seed: 3 }
                holdings:
                  - { token: SOL, units: 1000 }
                hedges:
                  - { id: sol-perp, covers: [SOL], instrument: SOLUSDT, contract_size: 1, position: %s }
                notify: { min_interval_seconds: 0 }
                """;
        Files.writeString(book, text.formatted("0"), StandardCharsets.UTF_8);
        Path jar = Path.of(System.getProperty("hedgetop.jar", "target/hedgetop.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run after `package`)").exists();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "watch", book.toString());
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            await().atMost(START).until(() -> !lines.isEmpty());
            JsonNode raised = new ObjectMapper().readTree(lines.get(0));
            assertThat(raised.get("event").asText()).isEqualTo("raised");
            assertThat(raised.get("kind").asText()).isEqualTo("drift");
            assertThat(raised.get("subject").asText()).isEqualTo("sol-perp");
            assertThat(raised.get("book").asText()).isEqualTo("Watched book");

            // the hedge is put on; SIGHUP reloads the book at once and the drift clears
            Files.writeString(book, text.formatted("-1000"), StandardCharsets.UTF_8);
            new ProcessBuilder("kill", "-HUP", Long.toString(p.pid())).start().waitFor();
            await().atMost(Duration.ofSeconds(20)).until(() -> lines.size() >= 2);
            assertThat(new ObjectMapper().readTree(lines.get(1)).get("event").asText()).isEqualTo("cleared");

            long start = System.nanoTime();
            p.destroy(); // SIGTERM
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("watch ends on SIGTERM").isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(p.exitValue()).isZero();
            assertThat(took).as("stopped within a second or two").isLessThan(Duration.ofSeconds(3));
            assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{\"event\":"));
            assertThat(Files.readString(dir.resolve("state").resolve("hedgetop").resolve("hedgetop.log")))
                    .contains("watch: stopping (SIGTERM)");
        } finally {
            p.destroyForcibly();
        }
    }
}
