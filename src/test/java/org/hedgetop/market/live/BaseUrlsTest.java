package org.hedgetop.market.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.FeedSpec;
import org.junit.jupiter.api.Test;

class BaseUrlsTest {
    static final FeedSpec PLAIN = FeedSpec.DEFAULT;
    static final FeedSpec BOOK = new FeedSpec("binance", 5, FeedSpec.DEFAULT.interval(), 30, Optional.empty(), 7,
            Optional.of("https://testnet.binance.vision"), Optional.of("https://testnet.binancefuture.com"));

    @Test
    void defaultsAreHttps() {
        BaseUrls u = BaseUrls.resolve("https://api.binance.com", "https://fapi.binance.com", PLAIN, Map.of());
        assertThat(u.spot()).hasToString("https://api.binance.com/");
        assertThat(u.futures()).hasToString("https://fapi.binance.com/");
    }

    @Test
    void theBookOverridesTheDefaultsAndTheEnvironmentOverridesTheBook() {
        BaseUrls book = BaseUrls.resolve("https://api.binance.com", "https://fapi.binance.com", BOOK, Map.of());
        assertThat(book.spot().host()).isEqualTo("testnet.binance.vision");
        assertThat(book.futures().host()).isEqualTo("testnet.binancefuture.com");

        BaseUrls env = BaseUrls.resolve("https://api.binance.com", "https://fapi.binance.com", BOOK,
                Map.of("HEDGETOP_SPOT_URL", "http://127.0.0.1:8080"));
        assertThat(env.spot()).hasToString("http://127.0.0.1:8080/");
        assertThat(env.futures().host()).as("only the variable that is set wins").isEqualTo("testnet.binancefuture.com");
    }

    @Test
    void aPathPrefixIsKeptWithOrWithoutTheTrailingSlash() {
        for (String base : new String[] {"http://gw.local/binance", "http://gw.local/binance/"}) {
            BaseUrls u = BaseUrls.resolve(base, base, PLAIN, Map.of());
            assertThat(BaseUrls.endpoint(u.spot(), "api/v3/klines").build())
                    .hasToString("http://gw.local/binance/api/v3/klines");
        }
        BaseUrls root = BaseUrls.resolve("https://api.binance.com", "https://api.binance.com", PLAIN, Map.of());
        assertThat(BaseUrls.endpoint(root.spot(), "api/v3/ticker/price").build())
                .hasToString("https://api.binance.com/api/v3/ticker/price");
    }

    @Test
    void aBadUrlNamesTheSettingAndTheValue() {
        assertThatThrownBy(() -> BaseUrls.resolve("https://a", "https://b", PLAIN,
                Map.of("HEDGETOP_FUTURES_URL", "fapi.binance.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HEDGETOP_FUTURES_URL: expected a base URL like https://api.binance.com, got \"fapi.binance.com\"");
    }
}
