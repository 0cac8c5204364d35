package org.hedgetop.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known answers: the signatures the venues' own documentation gives, or computed apart (python hmac). */
class SigningTest {
    @Test
    void binanceDocumentationExample() {
        // Binance API docs, "SIGNED Endpoint Examples for POST /api/v3/order - HMAC Keys"
        Secret secret = new Secret("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
        String query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
                + "&timestamp=1499827319559";
        assertThat(Signing.binance(secret, query))
                .isEqualTo("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
    }

    @Test
    void bybitSignsTimestampKeyRecvWindowAndQuery() {
        // the Bybit v5 docs' GET example inputs; expected value from
        // python3 -c "import hmac,hashlib; print(hmac.new(b'bybit-test-secret',
        //   b'1658384314791XXXXXXXXXX5000category=option&symbol=BTC-29JUL22-25000-C', hashlib.sha256).hexdigest())"
        String sign = Signing.bybit(new Secret("bybit-test-secret"), 1658384314791L, "XXXXXXXXXX", 5000,
                "category=option&symbol=BTC-29JUL22-25000-C");
        assertThat(sign).isEqualTo("603cf75a23e0bd0a5226adb8f4f42accf1a7b89145fc1c05d3ec5f6855b26c67");
    }

    @Test
    void aSecretNeverShowsItself() {
        Secret s = new Secret("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");
        assertThat(s.toString()).isEqualTo("Secret[hidden]");
        Credentials c = new Credentials("vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A", s,
                "HEDGETOP_BINANCE_API_KEY");
        assertThat(c.toString()).isEqualTo("Credentials[HEDGETOP_BINANCE_API_KEY, key vmPU…8A, secret hidden]");
    }
}
