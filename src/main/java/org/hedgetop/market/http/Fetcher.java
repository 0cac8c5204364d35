package org.hedgetop.market.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.hedgetop.text.Safe;

/**
 * GETs one URL of one exchange and returns the body bytes, or a {@link FeedException} that says what
 * went wrong in words. Timeouts, resets and 5xx are retried with capped exponential backoff and
 * jitter; rate limits, region blocks and other 4xx are not (retrying would make them worse).
 * Bodies over the cap are refused while reading, so a runaway response cannot exhaust memory.
 * Every Response is closed.
 */
public final class Fetcher {
    private static final int SNIPPET_BYTES = 2048;

    private final OkHttpClient client;
    private final String exchange;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Random random;
    private final long maxBodyBytes;
    private final Clock clock;
    private final ErrorMapper errors;
    private final AtomicInteger requests = new AtomicInteger();

    public Fetcher(OkHttpClient client, String exchange, RetryPolicy retry, Sleeper sleeper, Random random,
                   long maxBodyBytes, Clock clock, ErrorMapper errors) {
        this.client = client;
        this.exchange = exchange;
        this.retry = retry;
        this.sleeper = sleeper;
        this.random = random;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
        this.errors = errors;
    }

    /** HTTP requests sent so far, retries included. */
    public int requestCount() {
        return requests.get();
    }

    public String exchange() {
        return exchange;
    }

    /** A good (2xx) response: its body, whole and within the cap, and its headers. */
    public record Reply(byte[] body, Headers headers) {
    }

    /** The body of a good response. */
    public byte[] get(HttpUrl url) throws FeedException {
        return fetch(url).body();
    }

    /** A good response with its headers (Bybit reports rate limits in a 200 response's headers). */
    public Reply fetch(HttpUrl url) throws FeedException {
        return send(() -> new Request.Builder().url(url).get().build());
    }

    /**
     * Sends the request the supplier builds, once per attempt: a signed request is signed afresh for each
     * retry, so its timestamp stays inside the venue's receive window after a backoff.
     */
    public Reply send(java.util.function.Supplier<Request> requests) throws FeedException {
        FeedException last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            if (attempt > 1) {
                pause(retry.delay(attempt - 1, random));
            }
            this.requests.incrementAndGet();
            Request request = requests.get();
            HttpUrl url = request.url();
            try (Response response = client.newCall(request).execute()) {
                int code = response.code();
                if (code >= 200 && code < 300) {
                    return new Reply(readCapped(response.body()), response.headers());
                }
                String body = snippet(response.body());
                Optional<FeedException> mapped = errors.map(code, response.headers(), body, clock.instant());
                if (mapped.isPresent()) {
                    throw mapped.get();
                }
                FeedException standard = standard(code, response.headers(), body);
                if (code >= 500 || code == 408) {
                    last = standard;
                    continue;
                }
                throw standard;
            } catch (InterruptedIOException e) {
                last = new FeedException(FeedException.Kind.TIMEOUT, exchange + " did not answer in time ("
                        + what(url) + ")", Optional.empty(), e);
            } catch (IOException e) {
                last = new FeedException(FeedException.Kind.NETWORK, exchange + " connection failed ("
                        + what(url) + "): " + Safe.text(String.valueOf(e.getMessage()), 80), Optional.empty(), e);
            }
        }
        throw last;
    }

    private FeedException standard(int code, Headers headers, String body) {
        String detail = describe(body);
        return switch (code) {
            case 429 -> new FeedException(FeedException.Kind.RATE_LIMITED, exchange + " rate limit (HTTP 429)",
                    Optional.of(retryAfter(headers, Duration.ofSeconds(60))), null);
            case 418 -> new FeedException(FeedException.Kind.RATE_LIMITED, exchange
                    + " has banned this IP for a while (HTTP 418)",
                    Optional.of(retryAfter(headers, Duration.ofMinutes(2))), null);
            case 451 -> new FeedException(FeedException.Kind.REGION_BLOCKED, exchange
                    + " refuses requests from this location (HTTP 451)");
            default -> new FeedException(FeedException.Kind.HTTP, exchange + " answered HTTP " + code
                    + (detail.isEmpty() ? "" : ": " + detail));
        };
    }

    /** Retry-After in seconds or as an HTTP date; {@code fallback} when absent or unreadable. */
    public Duration retryAfter(Headers headers, Duration fallback) {
        return parseRetryAfter(headers.get("Retry-After"), clock.instant()).orElse(fallback);
    }

    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 7 * 86400)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** A few safe words about an error body: never the raw text, never more than a line. */
    public static String describe(String body) {
        String b = body.strip();
        if (b.isEmpty()) {
            return "";
        }
        if (b.startsWith("<")) {
            return "an HTML page instead of JSON";
        }
        return "\"" + Safe.text(b.replaceAll("\\s+", " "), 100) + "\"";
    }

    private byte[] readCapped(ResponseBody body) throws IOException, FeedException {
        if (body.contentLength() > maxBodyBytes) {
            throw tooLarge(body.contentLength());
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > maxBodyBytes) {
                throw tooLarge(buffer.size());
            }
        }
        return buffer.readByteArray();
    }

    private FeedException tooLarge(long size) {
        return new FeedException(FeedException.Kind.TOO_LARGE, exchange + " sent a response over "
                + (maxBodyBytes / 1024) + " kB (" + (size / 1024) + " kB or more); ignored");
    }

    private static String snippet(ResponseBody body) {
        try {
            BufferedSource source = body.source();
            source.request(SNIPPET_BYTES);
            Buffer head = new Buffer();
            source.read(head, Math.min(SNIPPET_BYTES, source.getBuffer().size()));
            return head.readString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String what(HttpUrl url) {
        return url.encodedPath();
    }

    private void pause(Duration d) throws FeedException {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(FeedException.Kind.NETWORK, exchange + ": interrupted");
        }
    }
}
