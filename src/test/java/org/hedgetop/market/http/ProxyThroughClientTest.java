package org.hedgetop.market.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client built from the environment really sends requests through the proxy, with its credentials. */
class ProxyThroughClientTest {
    MockWebServer proxy;

    @BeforeEach
    void start() throws Exception {
        proxy = new MockWebServer();
        proxy.start();
    }

    @AfterEach
    void stop() {
        proxy.close();
    }

    OkHttpClient client(Map<String, String> env) {
        return HttpClients.build(new HttpClients.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(3)), env);
    }

    @Test
    void requestsGoThroughTheProxyWithAUserAgent() throws Exception {
        proxy.enqueue(new MockResponse.Builder().body("[]").build());
        OkHttpClient client = client(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort()));

        try (Response r = client.newCall(new Request.Builder().url("http://api.exchange.test/api/v3/ping").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }

        RecordedRequest seen = proxy.takeRequest();
        assertThat(seen.getTarget()).isEqualTo("http://api.exchange.test/api/v3/ping"); // absolute form: a proxy request
        assertThat(seen.getHeaders().get("User-Agent")).isEqualTo(HttpClients.userAgent()).startsWith("hedgetop/");
    }

    @Test
    void theProxyGetsItsCredentialsWhenItAsks() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
        proxy.enqueue(new MockResponse.Builder().body("[]").build());
        OkHttpClient client = client(Map.of("http_proxy", "http://alice:s3cret@127.0.0.1:" + proxy.getPort()));

        try (Response r = client.newCall(new Request.Builder().url("http://api.exchange.test/x").build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }

        assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization")).isNull();
        assertThat(proxy.takeRequest().getHeaders().get("Proxy-Authorization"))
                .isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("alice:s3cret".getBytes()));
    }

    @Test
    void loopbackGoesDirectEvenWithAProxySet() throws Exception {
        MockWebServer direct = new MockWebServer();
        direct.start();
        try {
            direct.enqueue(new MockResponse.Builder().body("[]").build());
            // the proxy variable names an unroutable address: only a direct request can succeed
            OkHttpClient client = client(Map.of("HTTP_PROXY", "http://10.255.255.1:9"));
            try (Response r = client.newCall(new Request.Builder().url(direct.url("/x")).build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(proxy.getRequestCount()).isZero();
        } finally {
            direct.close();
        }
    }
}
