package org.hedgetop.account;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.AccountSpec;

/**
 * An API key and its secret, and where they came from (so an error can name the key without showing it).
 * Binance and Bybit read {@code HEDGETOP_<VENUE>_API_KEY} / {@code _API_SECRET}, or the book's
 * {@code key_file}; the key file wins when both are set, because the book names it on purpose.
 *
 * @param origin  "HEDGETOP_BINANCE_API_KEY" or "key file ~/.config/hedgetop/binance.key"
 */
public record Credentials(String apiKey, Secret secret, String origin) {
    @Override
    public String toString() {
        return "Credentials[" + origin + ", key " + KeyFile.shortKey(apiKey) + ", secret hidden]";
    }

    public static String keyVar(String venue) {
        return "HEDGETOP_" + venue.toUpperCase(Locale.ROOT) + "_API_KEY";
    }

    public static String secretVar(String venue) {
        return "HEDGETOP_" + venue.toUpperCase(Locale.ROOT) + "_API_SECRET";
    }

    /**
     * @param bookFolder  the book's folder, against which a relative key_file is resolved
     * @param home        the user's home, for {@code ~/}
     * @throws AccountException SETUP when no key is configured or the key file is refused
     */
    public static Credentials load(AccountSpec account, Map<String, String> env, Optional<Path> bookFolder,
                                   Path home) throws AccountException {
        String venue = account.venue();
        if (account.keyFile().isPresent()) {
            String written = account.keyFile().get();
            Path file = KeyFile.resolve(written, bookFolder, home);
            try {
                return KeyFile.read(file, written);
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "unreadable";
                throw new AccountException(AccountException.Kind.SETUP, "cannot read the key file '" + written
                        + "': " + why);
            }
        }
        String key = env.get(keyVar(venue));
        String secret = env.get(secretVar(venue));
        boolean hasKey = key != null && !key.isBlank();
        boolean hasSecret = secret != null && !secret.isBlank();
        if (!hasKey || !hasSecret) {
            String missing = !hasKey && !hasSecret ? keyVar(venue) + " and " + secretVar(venue)
                    : !hasKey ? keyVar(venue) : secretVar(venue);
            throw new AccountException(AccountException.Kind.SETUP, "account " + venue + " needs a read-only API "
                    + "key: set " + missing + " in the environment, or name a key_file in account: "
                    + "(see docs/accounts.md)");
        }
        KeyFile.checkKeyText(key.strip(), keyVar(venue));
        return new Credentials(key.strip(), new Secret(secret.strip()), keyVar(venue));
    }
}
