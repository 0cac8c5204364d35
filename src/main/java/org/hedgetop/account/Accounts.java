package org.hedgetop.account;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.hedgetop.book.AccountSpec;
import org.hedgetop.book.FeedSpec;
import org.hedgetop.market.live.BaseUrls;
import org.hedgetop.market.live.LiveOptions;

/**
 * Opens the account a book names and checks its key before anything else is read. Signed requests go to
 * the hosts of the venue's market data, so the market URL overrides ({@code HEDGETOP_FUTURES_URL},
 * {@code HEDGETOP_SPOT_URL}, {@code HEDGETOP_HYPERLIQUID_URL}) aim them at a stand-in too.
 */
public final class Accounts {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Accounts.class.getName());

    private Accounts() {
    }

    /** An opened account and the warning to keep on screen when a trading key was allowed. */
    public record Checked(ExchangeAccount account, Optional<String> warning) {
    }

    /**
     * @param feed        the book's feed: its URL overrides apply when it is the same venue
     * @param bookFolder  for a relative key_file
     * @throws AccountException SETUP without a usable key
     */
    public static ExchangeAccount open(AccountSpec spec, FeedSpec feed, Optional<Path> bookFolder, Path home,
                                       LiveOptions options) throws AccountException {
        Map<String, String> env = options.env();
        FeedSpec urls = feed.source().equals(spec.venue()) ? feed : FeedSpec.DEFAULT;
        try {
            return switch (spec.venue()) {
                case "binance" -> new BinanceAccount(Credentials.load(spec, env, bookFolder, home),
                        BaseUrls.resolve(BinanceAccount.DEFAULT_SPOT, BinanceAccount.DEFAULT_FUTURES, urls, env),
                        options);
                case "bybit" -> new BybitAccount(Credentials.load(spec, env, bookFolder, home),
                        BaseUrls.resolve(BybitAccount.DEFAULT_URL, BybitAccount.DEFAULT_URL, urls, env).futures(),
                        options);
                case "hyperliquid" -> new HyperliquidAccount(spec.address().orElseThrow(() -> new AccountException(
                        AccountException.Kind.SETUP, "account hyperliquid needs address:")), options);
                default -> throw new AccountException(AccountException.Kind.SETUP, "unknown venue " + spec.venue());
            };
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.Kind.SETUP, e.getMessage());
        }
    }

    /**
     * Opens the account and checks its key: a key that can withdraw is refused, one that can trade is
     * refused unless {@code allow_trading_key}.
     */
    public static Checked openChecked(AccountSpec spec, FeedSpec feed, Optional<Path> bookFolder, Path home,
                                      LiveOptions options) throws AccountException {
        try {
            ExchangeAccount account = open(spec, feed, bookFolder, home, options);
            Optional<String> warning = account.permissions().enforce(spec.venue(), account.keyOrigin(),
                    spec.allowTradingKey());
            LOG.info(spec.venue() + " account: key from " + account.keyOrigin() + " checked"
                    + warning.map(w -> "; warning: " + w).orElse(", read-only"));
            return new Checked(account, warning);
        } catch (AccountException e) {
            LOG.warning(spec.venue() + " account refused: " + e.getMessage());
            throw e;
        }
    }
}
