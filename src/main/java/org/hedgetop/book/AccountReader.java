package org.hedgetop.book;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code account:} block. A key or secret written in the book is refused with the reason (keys
 * never live in the book, which is often shared or committed), and no message ever repeats a value that
 * might be one.
 */
final class AccountReader {
    static final List<String> ACCOUNT = List.of("venue", "address", "sync_seconds", "key_file", "allow_trading_key");
    /** Names people give credentials; each is refused with the reason rather than "unknown key". */
    static final List<String> SECRET_NAMES = List.of("api_key", "apikey", "key", "secret", "api_secret",
            "secret_key", "private_key", "password", "passphrase");
    static final Map<String, String> VENUES = BookReader.options("binance", "bybit", "hyperliquid");
    private static final String ADDRESS = "0x[0-9a-fA-F]{40}";

    private AccountReader() {
    }

    static AccountSpec read(YamlNode.Mapping map, Problems problems) {
        for (YamlNode.Entry e : map.entries()) {
            String key = e.key().value();
            if (SECRET_NAMES.contains(key.toLowerCase(Locale.ROOT))) {
                problems.add(e.key().pos(), key + ": keys never live in the book; remove it and set "
                        + "HEDGETOP_<VENUE>_API_KEY and HEDGETOP_<VENUE>_API_SECRET in the environment, or name a "
                        + "key_file readable only by you (see docs/accounts.md)");
            }
        }
        List<String> allowed = new java.util.ArrayList<>(ACCOUNT);
        map.entries().stream().map(e -> e.key().value())
                .filter(k -> SECRET_NAMES.contains(k.toLowerCase(Locale.ROOT))).forEach(allowed::add);
        Fields f = new Fields(map, "account", allowed, problems);
        f.require("venue");
        String venue = f.choice("venue", VENUES).orElse("?");
        Optional<String> address = address(f, venue, problems);
        int sync = f.whole("sync_seconds", 10, 86_400, "a whole number of seconds from 10 to 86400")
                .map(Long::intValue).orElse(AccountSpec.DEFAULT_SYNC_SECONDS);
        Optional<String> keyFile = f.text("key_file", true);
        if (keyFile.isPresent() && venue.equals("hyperliquid")) {
            problems.add(f.keyPos("key_file"), "key_file: hyperliquid is read by public address and needs no key; "
                    + "remove key_file");
        }
        boolean allowTrading = f.bool("allow_trading_key").orElse(false);
        return new AccountSpec(venue, address, sync, keyFile, allowTrading, map.pos());
    }

    /** Required for hyperliquid, refused elsewhere; a bad one is described without being repeated. */
    private static Optional<String> address(Fields f, String venue, Problems problems) {
        boolean hyperliquid = venue.equals("hyperliquid");
        if (!f.has("address")) {
            if (hyperliquid) {
                problems.add(f.pos(), "account for hyperliquid is missing required key \"address\" "
                        + "(the public wallet address, 0x followed by 40 hex digits)");
            }
            return Optional.empty();
        }
        if (!hyperliquid && !venue.equals("?")) {
            problems.add(f.keyPos("address"), "address is for hyperliquid only; " + venue
                    + " is read with an API key from the environment or key_file");
            return Optional.empty();
        }
        Optional<YamlNode> v = f.value("address");
        if (v.isPresent() && v.get() instanceof YamlNode.Scalar s && s.value().matches(ADDRESS)) {
            return Optional.of(s.value());
        }
        String got = v.isPresent() && v.get() instanceof YamlNode.Scalar s ? s.value().length() + " characters"
                : v.map(YamlNode::describe).orElse("nothing");
        problems.add(f.valuePos("address"), "address must be 0x followed by 40 hex digits (a public wallet "
                + "address), got " + got);
        return Optional.empty();
    }
}
