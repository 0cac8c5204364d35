package org.hedgetop.market.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EnvProxySelectorTest {
    static List<Proxy> select(Map<String, String> env, String uri) {
        return new EnvProxySelector(env).select(URI.create(uri));
    }

    static String hostPort(List<Proxy> proxies) {
        Proxy p = proxies.get(0);
        if (p.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress a = (InetSocketAddress) p.address();
        return (p.type() == Proxy.Type.SOCKS ? "socks " : "") + a.getHostString() + ":" + a.getPort();
    }

    @Test
    void noVariablesMeansDirect() {
        assertThat(hostPort(select(Map.of(), "https://api.binance.com/api/v3/ping"))).isEqualTo("direct");
    }

    @Test
    void httpsAndHttpProxiesAreChosenByScheme() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://secure.corp:3128", "HTTP_PROXY", "plain.corp:8080");
        assertThat(hostPort(select(env, "https://api.binance.com/x"))).isEqualTo("secure.corp:3128");
        assertThat(hostPort(select(env, "http://testnet.example/x"))).isEqualTo("plain.corp:8080");
    }

    @Test
    void lowerCaseWinsAndAllProxyIsTheFallback() {
        assertThat(hostPort(select(Map.of("https_proxy", "http://lower:1", "HTTPS_PROXY", "http://upper:2"),
                "https://api.bybit.com"))).isEqualTo("lower:1");
        assertThat(hostPort(select(Map.of("ALL_PROXY", "socks5://tunnel:1080"), "https://api.bybit.com")))
                .isEqualTo("socks tunnel:1080");
    }

    @Test
    void defaultPortsFollowTheProxyScheme() {
        assertThat(hostPort(select(Map.of("HTTPS_PROXY", "http://p"), "https://a.b"))).isEqualTo("p:80");
        assertThat(hostPort(select(Map.of("HTTPS_PROXY", "socks5h://p"), "https://a.b"))).isEqualTo("socks p:1080");
    }

    @ParameterizedTest(name = "NO_PROXY={0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "binance.com                | https://api.binance.com/x     | direct",
            ".binance.com               | https://api.binance.com/x     | direct",
            "*.binance.com              | https://binance.com/x         | direct",
            "binance.com                | https://notbinance.com/x      | proxy",
            "api.bybit.com:443          | https://api.bybit.com/x       | direct",
            "api.bybit.com:8443         | https://api.bybit.com/x       | proxy",
            "10.0.0.0/8                 | http://10.20.30.40:9000/x     | direct",
            "10.0.0.0/8                 | http://11.0.0.1/x             | proxy",
            "192.168.1.7                | http://192.168.1.7/x          | direct",
            "*                          | https://api.binance.com/x     | direct",
            "'a.example, BINANCE.COM '  | https://fapi.binance.com/x    | direct",
            "''                         | https://fapi.binance.com/x    | proxy",
            "''                         | http://127.0.0.1:8080/x       | direct",
            "''                         | http://localhost:8080/x       | direct",
            "''                         | http://[::1]:8080/x           | direct"})
    void noProxyRules(String noProxy, String uri, String expected) {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://proxy:3128", "HTTP_PROXY", "http://proxy:3128",
                "NO_PROXY", noProxy);
        String got = hostPort(select(env, uri));
        assertThat(got).isEqualTo(expected.equals("proxy") ? "proxy:3128" : "direct");
    }

    @Test
    void credentialsAreKeptForTheAuthenticatorButNeverShownInErrors() {
        EnvProxySelector s = new EnvProxySelector(Map.of("HTTPS_PROXY", "http://alice:s3cret@proxy:3128"));
        assertThat(s.httpsProxy()).contains(new EnvProxySelector.ProxyEndpoint(Proxy.Type.HTTP, "proxy", 3128,
                Optional.of("alice"), Optional.of("s3cret")));
        assertThatThrownBy(() -> new EnvProxySelector(Map.of("HTTPS_PROXY", "ftp://bob:hunter2@proxy:21")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HTTPS_PROXY: expected a proxy URL like http://host:3128, got \"ftp://***@proxy:21\"");
    }

    @Test
    void aProxyUrlWithAPathIsRefused() {
        assertThatThrownBy(() -> new EnvProxySelector(Map.of("http_proxy", "http://proxy:3128/some/path")))
                .hasMessageStartingWith("http_proxy: expected a proxy URL");
    }
}
