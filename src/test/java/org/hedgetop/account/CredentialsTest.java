package org.hedgetop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.AccountSpec;
import org.hedgetop.book.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    static final String KEY = "BYBITKEY0000000001";
    static final String SECRET = "bybitSecretValue0000000000000000000001";

    @TempDir
    Path home;

    static AccountSpec spec(String venue, Optional<String> keyFile) {
        return new AccountSpec(venue, Optional.empty(), 60, keyFile, false, new SourcePos(3, 1));
    }

    Path keyFile(String name, String mode, String text) throws Exception {
        Path f = home.resolve(name);
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    @Test
    void fromTheEnvironment() throws Exception {
        Credentials c = Credentials.load(spec("bybit", Optional.empty()),
                Map.of("HEDGETOP_BYBIT_API_KEY", KEY, "HEDGETOP_BYBIT_API_SECRET", " " + SECRET + "\n"),
                Optional.empty(), home);
        assertThat(c.apiKey()).isEqualTo(KEY);
        assertThat(c.origin()).isEqualTo("HEDGETOP_BYBIT_API_KEY");
        assertThat(Signing.hmacSha256Hex(c.secret(), "x")).isEqualTo(AccountKit.hmac(SECRET, "x"));
    }

    @Test
    void withoutAKeyTheMessageNamesWhatToSet() {
        AccountException e = catchThrowableOfType(AccountException.class, () -> Credentials.load(
                spec("binance", Optional.empty()), Map.of("HEDGETOP_BINANCE_API_KEY", KEY), Optional.empty(), home));
        assertThat(e.kind()).isEqualTo(AccountException.Kind.SETUP);
        assertThat(e.getMessage()).isEqualTo("account binance needs a read-only API key: set "
                + "HEDGETOP_BINANCE_API_SECRET in the environment, or name a key_file in account: (see docs/accounts.md)");
    }

    @Test
    void aPrivateKeyFileUnderHome() throws Exception {
        keyFile("bybit.key", "rw-------", KEY + "\n" + SECRET + "\n");
        Credentials c = Credentials.load(spec("bybit", Optional.of("~/bybit.key")), Map.of(), Optional.empty(), home);
        assertThat(c.apiKey()).isEqualTo(KEY);
        assertThat(c.origin()).isEqualTo("key file '~/bybit.key'");
        assertThat(Query.secretOrigin(c)).isEqualTo("the secret in key file '~/bybit.key'");
    }

    @Test
    void aKeyFileOthersCanReadIsRefusedAsOpenSshDoes() throws Exception {
        keyFile("x.key", "rw-r--r--", KEY + "\n" + SECRET + "\n");
        AccountException e = catchThrowableOfType(AccountException.class, () -> Credentials.load(
                spec("bybit", Optional.of("~/x.key")), Map.of(), Optional.empty(), home));
        assertThat(e.kind()).isEqualTo(AccountException.Kind.SETUP);
        assertThat(e.getMessage()).isEqualTo("Permissions 0644 for '~/x.key' are too open: the key file must not "
                + "be readable by others; run: chmod 600 ~/x.key");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void groupWriteAloneIsAlsoTooOpen() throws Exception {
        keyFile("g.key", "rw--w----", KEY + "\n" + SECRET + "\n");
        AccountException e = catchThrowableOfType(AccountException.class, () -> Credentials.load(
                spec("binance", Optional.of("g.key")), Map.of(), Optional.of(home), home));
        assertThat(e.getMessage()).startsWith("Permissions 0620 for 'g.key' are too open");
    }

    @Test
    void aKeyFileNeedsTwoLines() throws Exception {
        keyFile("one.key", "r--------", SECRET + "\n");
        AccountException e = catchThrowableOfType(AccountException.class, () -> Credentials.load(
                spec("binance", Optional.of("~/one.key")), Map.of(), Optional.empty(), home));
        assertThat(e.getMessage()).isEqualTo("key file '~/one.key' must have two lines, the API key then the "
                + "secret; it has 1 non-empty lines");
    }

    @Test
    void aMissingKeyFile() {
        AccountException e = catchThrowableOfType(AccountException.class, () -> Credentials.load(
                spec("binance", Optional.of("~/none.key")), Map.of(), Optional.empty(), home));
        assertThat(e.getMessage()).isEqualTo("cannot read the key file '~/none.key': no such file");
    }

    @Test
    void theKeyFileWinsOverTheEnvironment() throws Exception {
        keyFile("k.key", "rw-------", "FILEKEY1\nfilesecret\n");
        Credentials c = Credentials.load(spec("binance", Optional.of("~/k.key")),
                Map.of("HEDGETOP_BINANCE_API_KEY", KEY, "HEDGETOP_BINANCE_API_SECRET", SECRET), Optional.empty(), home);
        assertThat(c.apiKey()).isEqualTo("FILEKEY1");
    }
}
