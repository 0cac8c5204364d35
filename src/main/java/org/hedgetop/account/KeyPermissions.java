package org.hedgetop.account;

import java.util.List;

/**
 * What an API key may do beyond reading, as the venue reports it.
 *
 * @param withdraw  permissions that move money off the account (always refused)
 * @param trading   permissions that trade or transfer (refused unless allow_trading_key)
 */
public record KeyPermissions(List<String> withdraw, List<String> trading) {
    public static final KeyPermissions READ_ONLY = new KeyPermissions(List.of(), List.of());

    public KeyPermissions {
        withdraw = List.copyOf(withdraw);
        trading = List.copyOf(trading);
    }

    /**
     * @param origin  where the key came from, for the message
     * @return the warning to keep on screen when a trading key is allowed, or empty
     * @throws AccountException KEY_REFUSED for a withdraw key, or a trading key without allow_trading_key
     */
    public java.util.Optional<String> enforce(String venue, String origin, boolean allowTrading)
            throws AccountException {
        if (!withdraw.isEmpty()) {
            throw new AccountException(AccountException.Kind.KEY_REFUSED, "refused: the " + venue + " key from "
                    + origin + " can withdraw (" + String.join(", ", withdraw) + "); hedgetop only reads, so make "
                    + "a read-only key without withdrawals (see docs/accounts.md)");
        }
        if (trading.isEmpty()) {
            return java.util.Optional.empty();
        }
        String which = String.join(", ", trading);
        if (!allowTrading) {
            throw new AccountException(AccountException.Kind.KEY_REFUSED, "refused: the " + venue + " key from "
                    + origin + " can trade (" + which + "); hedgetop only reads positions, which " + venue
                    + " allows with a read-only key: make one, or set allow_trading_key: true in account:");
        }
        return java.util.Optional.of(venue + " key can trade (" + which + ")");
    }
}
