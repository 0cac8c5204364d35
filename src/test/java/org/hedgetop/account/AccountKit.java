package org.hedgetop.account;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.hedgetop.market.http.HttpClients;
import org.hedgetop.market.http.RetryPolicy;
import org.hedgetop.market.live.LiveOptions;

/** Options aimed at a loopback stand-in, fixtures, and an HMAC written apart from the code under test. */
public final class AccountKit {
    static final OkHttpClient CLIENT = HttpClients.build(new HttpClients.Timeouts(Duration.ofMillis(500),
            Duration.ofMillis(400), Duration.ofSeconds(2)), Map.of());
    public static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private AccountKit() {
    }

    /** Every venue URL aimed at the server; the local clock stands at {@code localTime}. */
    public static LiveOptions options(MockWebServer server, Instant localTime, Map<String, String> more) {
        String base = server.url("/").toString();
        Map<String, String> env = new HashMap<>(more);
        env.put("HEDGETOP_SPOT_URL", base);
        env.put("HEDGETOP_FUTURES_URL", base);
        env.put("HEDGETOP_HYPERLIQUID_URL", base);
        return new LiveOptions(CLIENT, env, m -> { }, d -> { }, new Random(42),
                new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1)), 1024 * 1024,
                Clock.fixed(localTime, ZoneOffset.UTC));
    }

    public static String resource(String name) {
        try (InputStream in = AccountKit.class.getResourceAsStream("/account/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 in lower-case hex, as the venues compute it on their side. */
    static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** The query parameters of a raw query string, undecoded. */
    static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return out;
    }
}
