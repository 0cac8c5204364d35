package org.hedgetop.market.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.text.Safe;

/**
 * Chooses a proxy the way curl and most command-line tools do, from {@code HTTPS_PROXY},
 * {@code HTTP_PROXY}, {@code ALL_PROXY} and {@code NO_PROXY} (lower-case spellings too, and they win).
 * OkHttp reads none of these by itself, and servers often reach the internet only through a proxy.
 *
 * <p>NO_PROXY is a comma-separated list: {@code *} (no proxy at all), host names ({@code example.com}
 * also matches {@code api.example.com}; a leading dot or {@code *.} means the same), IP addresses,
 * IPv4 CIDR blocks ({@code 10.0.0.0/8}) and an optional {@code :port}. Loopback addresses never go
 * through a proxy, so a local test server or tunnel keeps working when a proxy is set.
 */
public final class EnvProxySelector extends ProxySelector {
    /** A proxy from the environment: where it is and, when the URL carried them, its credentials. */
    public record ProxyEndpoint(Proxy.Type type, String host, int port, Optional<String> user,
                                Optional<String> password) {
        public Proxy toProxy() {
            return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
        }
    }

    private final Optional<ProxyEndpoint> https;
    private final Optional<ProxyEndpoint> http;
    private final List<String> noProxy;

    /**
     * @throws IllegalArgumentException when a proxy variable is set but is not a usable URL; the message
     *                                  names the variable and the value
     */
    public EnvProxySelector(Map<String, String> env) {
        Optional<ProxyEndpoint> all = endpoint(env, "all_proxy", "ALL_PROXY");
        Optional<ProxyEndpoint> h = endpoint(env, "https_proxy", "HTTPS_PROXY");
        this.https = h.isPresent() ? h : all;
        Optional<ProxyEndpoint> p = endpoint(env, "http_proxy", "HTTP_PROXY");
        this.http = p.isPresent() ? p : all;
        List<String> entries = new ArrayList<>();
        String list = firstSet(env, "no_proxy", "NO_PROXY").map(Map.Entry::getValue).orElse("");
        for (String entry : list.split(",")) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        this.noProxy = List.copyOf(entries);
    }

    public Optional<ProxyEndpoint> httpsProxy() {
        return https;
    }

    public Optional<ProxyEndpoint> httpProxy() {
        return http;
    }

    /** The proxy (if any) for a URI: what {@link #select} answers, as an endpoint. */
    public Optional<ProxyEndpoint> proxyFor(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.empty();
        }
        boolean secure = "https".equalsIgnoreCase(uri.getScheme()) || "wss".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
        if (bypass(host, port)) {
            return Optional.empty();
        }
        return secure ? https : http;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("uri is null");
        }
        return List.of(proxyFor(uri).map(ProxyEndpoint::toProxy).orElse(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // Nothing to learn: there is one proxy per scheme, and the fetcher retries and reports the failure.
    }

    /** Whether {@code host:port} goes direct: loopback, or matched by NO_PROXY. */
    public boolean bypass(String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")) {
            return true;
        }
        for (String entry : noProxy) {
            if (matches(entry, h, port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String entry, String host, int port) {
        if (entry.equals("*")) {
            return true;
        }
        String pattern = entry;
        int colon = pattern.lastIndexOf(':');
        // host:port, but not a bare IPv6 address (several colons) unless bracketed
        if (colon > 0 && pattern.indexOf(':') == colon && !pattern.contains("/")) {
            String p = pattern.substring(colon + 1);
            pattern = pattern.substring(0, colon);
            if (!p.equals(Integer.toString(port))) {
                return false;
            }
        }
        if (pattern.startsWith("[") && pattern.endsWith("]")) {
            pattern = pattern.substring(1, pattern.length() - 1);
        }
        if (pattern.contains("/")) {
            return Cidr.contains(pattern, host);
        }
        if (pattern.startsWith("*.")) {
            pattern = pattern.substring(1);
        }
        if (pattern.startsWith(".")) {
            return host.endsWith(pattern) || host.equals(pattern.substring(1));
        }
        return host.equals(pattern) || host.endsWith("." + pattern);
    }

    private static Optional<Map.Entry<String, String>> firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return Optional.of(Map.entry(name, v.trim()));
            }
        }
        return Optional.empty();
    }

    private static Optional<ProxyEndpoint> endpoint(Map<String, String> env, String... names) {
        return firstSet(env, names).map(e -> parse(e.getKey(), e.getValue()));
    }

    /** Parses {@code [scheme://][user[:password]@]host[:port][/]}; a missing scheme means http. */
    static ProxyEndpoint parse(String variable, String value) {
        String text = value.contains("://") ? value : "http://" + value;
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw bad(variable, value);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy.Type type;
        int defaultPort;
        switch (scheme) {
            case "http" -> { type = Proxy.Type.HTTP; defaultPort = 80; }
            case "https" -> { type = Proxy.Type.HTTP; defaultPort = 443; }
            case "socks", "socks5", "socks5h" -> { type = Proxy.Type.SOCKS; defaultPort = 1080; }
            default -> throw bad(variable, value);
        }
        if (uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/"))) {
            throw bad(variable, value);
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String info = uri.getUserInfo();
        if (info != null && !info.isEmpty()) {
            int c = info.indexOf(':');
            user = Optional.of(c < 0 ? info : info.substring(0, c));
            password = c < 0 ? Optional.empty() : Optional.of(info.substring(c + 1));
        }
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        return new ProxyEndpoint(type, uri.getHost(), port, user, password);
    }

    private static IllegalArgumentException bad(String variable, String value) {
        // never echo credentials: show the value without its user-info part
        String shown = value.replaceAll("//[^/@]*@", "//***@");
        return new IllegalArgumentException(variable + ": expected a proxy URL like http://host:3128, got \""
                + Safe.text(shown, 80) + "\"");
    }
}
