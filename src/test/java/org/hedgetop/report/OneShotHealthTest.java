package org.hedgetop.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A one-shot command (report) exits after one poll: it never promises the retry a running monitor makes. */
class OneShotHealthTest {
    @Test
    void theRetryTimeGoesTheReasonStays() {
        assertThat(TextReport.oneShot("binance: offline: Binance connection failed (/api/v3/ticker/price): "
                + "api.binance.com; next try in 10 s"))
                .isEqualTo("binance: offline: Binance connection failed (/api/v3/ticker/price): api.binance.com");
        assertThat(TextReport.oneShot("stale (offline: timeout; next try in 1 m 20 s)"))
                .isEqualTo("stale (offline: timeout)");
        assertThat(TextReport.oneShot("live")).isEqualTo("live");
    }
}
