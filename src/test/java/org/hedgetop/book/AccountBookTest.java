package org.hedgetop.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account: block of DOMAIN.md section 8. */
class AccountBookTest {
    static final String HOLDINGS = "holdings:\n  - token: SOL\n    units: 1\n";
    static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    @TempDir
    Path dir;

    Book load(String yaml) throws Exception {
        Path file = dir.resolve("book.yaml");
        Files.writeString(file, yaml);
        return BookLoader.load(file);
    }

    @Test
    void aBookWithoutAccountHasNone() throws Exception {
        assertThat(load(HOLDINGS).account()).isEmpty();
    }

    @Test
    void defaultsForBinance() throws Exception {
        AccountSpec a = load(HOLDINGS + "account:\n  venue: binance\n").account().orElseThrow();
        assertThat(a.venue()).isEqualTo("binance");
        assertThat(a.syncSeconds()).isEqualTo(60);
        assertThat(a.keyFile()).isEmpty();
        assertThat(a.allowTradingKey()).isFalse();
        assertThat(a.address()).isEmpty();
        assertThat(a.needsKey()).isTrue();
        assertThat(a.location().line()).isEqualTo(5);
    }

    @Test
    void everyKeyRead() throws Exception {
        AccountSpec a = load(HOLDINGS + "account:\n  venue: bybit\n  sync_seconds: 120\n"
                + "  key_file: ~/.config/hedgetop/bybit.key\n  allow_trading_key: true\n").account().orElseThrow();
        assertThat(a.venue()).isEqualTo("bybit");
        assertThat(a.syncSeconds()).isEqualTo(120);
        assertThat(a.keyFile()).contains("~/.config/hedgetop/bybit.key");
        assertThat(a.allowTradingKey()).isTrue();
    }

    @Test
    void hyperliquidByAddress() throws Exception {
        String address = "0x5e9ee1089755c3435139848e47e6635505d5a13a";
        AccountSpec a = load(HOLDINGS + "account:\n  venue: hyperliquid\n  address: \"" + address + "\"\n")
                .account().orElseThrow();
        assertThat(a.address()).contains(address);
        assertThat(a.needsKey()).isFalse();
    }

    @Test
    void aSecretInTheBookIsRefusedWithoutBeingRepeated() throws Exception {
        BookException e = catchThrowableOfType(BookException.class,
                () -> load(HOLDINGS + "account:\n  venue: binance\n  api_secret: " + SECRET + "\n"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("book.yaml:6:3: api_secret: keys never live in the book")
                .doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 12));
    }

    @Test
    void aSecretPutInTheAddressIsNotRepeated() throws Exception {
        BookException e = catchThrowableOfType(BookException.class,
                () -> load(HOLDINGS + "account:\n  venue: hyperliquid\n  address: " + SECRET + "\n"));
        assertThat(e.getMessage()).contains("got 64 characters").doesNotContain(SECRET.substring(0, 12));
    }
}
