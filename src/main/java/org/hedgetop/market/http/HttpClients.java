package org.hedgetop.market.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The one OkHttpClient of the process (connection pool and threads are shared by every source), with
 * timeouts, a User-Agent and proxies from the environment.
 */
public final class HttpClients {
    private HttpClients() {
    }

    /**
     * @param connect  TCP + TLS connect timeout
     * @param read     longest silence while reading a response
     * @param call     whole request, retries excluded
     */
    public record Timeouts(Duration connect, Duration read, Duration call) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(20));
    }

    /** Responses larger than this are refused: the largest all-symbols ticker is a few hundred kB. */
    public static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    private static volatile OkHttpClient shared;

    /** The process-wide client, built on first use from the process environment. */
    public static OkHttpClient shared() {
        OkHttpClient c = shared;
        if (c == null) {
            synchronized (HttpClients.class) {
                c = shared;
                if (c == null) {
                    c = build(Timeouts.DEFAULT, System.getenv());
                    shared = c;
                }
            }
        }
        return c;
    }

    /** "hedgetop/0.1.0", or "hedgetop/dev" when not run from the jar. */
    public static String userAgent() {
        String v = HttpClients.class.getPackage().getImplementationVersion();
        return "hedgetop/" + (v == null ? "dev" : v);
    }

    /**
     * A client with these timeouts and the proxies the environment names. Tests build their own with
     * short timeouts; the program uses {@link #shared()}.
     *
     * @throws IllegalArgumentException when a proxy variable is malformed
     */
    public static OkHttpClient build(Timeouts timeouts, Map<String, String> env) {
        EnvProxySelector selector = new EnvProxySelector(env);
        String agent = userAgent();
        return new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .retryOnConnectionFailure(false) // the fetcher retries, with backoff, and counts
                .followRedirects(false)
                .proxySelector(selector)
                .proxyAuthenticator(proxyAuthenticator(selector))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", agent)
                        .header("Accept", "application/json")
                        .build()))
                .build();
    }

    /** Answers a proxy's 407 with the credentials of the proxy URL, once. */
    static Authenticator proxyAuthenticator(EnvProxySelector selector) {
        return (route, response) -> {
            if (route == null || response.request().header("Proxy-Authorization") != null) {
                return null; // already tried: give up rather than loop
            }
            Proxy proxy = route.proxy();
            if (!(proxy.address() instanceof InetSocketAddress address)) {
                return null;
            }
            Optional<EnvProxySelector.ProxyEndpoint> endpoint = findEndpoint(selector, address);
            if (endpoint.isEmpty() || endpoint.get().user().isEmpty()) {
                return null;
            }
            String credential = Credentials.basic(endpoint.get().user().get(), endpoint.get().password().orElse(""));
            Request.Builder retry = response.request().newBuilder().header("Proxy-Authorization", credential);
            return retry.build();
        };
    }

    private static Optional<EnvProxySelector.ProxyEndpoint> findEndpoint(EnvProxySelector selector,
                                                                        InetSocketAddress address) {
        for (Optional<EnvProxySelector.ProxyEndpoint> e : java.util.List.of(selector.httpsProxy(), selector.httpProxy())) {
            if (e.isPresent() && e.get().host().equalsIgnoreCase(address.getHostString())
                    && e.get().port() == address.getPort()) {
                return e;
            }
        }
        return Optional.empty();
    }
}
