package org.hedgetop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hedgetop.account.AccountException;
import org.hedgetop.account.AccountFigures;
import org.hedgetop.account.Accounts;
import org.hedgetop.book.AccountSpec;
import org.hedgetop.book.Book;
import org.hedgetop.market.live.LiveOptions;
import org.hedgetop.risk.ExchangeColumns;
import org.hedgetop.risk.Alert;
import org.hedgetop.text.Safe;

/**
 * The book's exchange account at the start of a command: the key is checked (a refused key stops the
 * command, exit 2), then each hedge's position, entry, liquidation price and funding are read. An account
 * that cannot be reached (network, venue down) is said on stderr and leaves the figures null.
 */
final class AccountStep {
    private AccountStep() {
    }

    /**
     * @param columns  per hedge id; empty when the book has no account
     * @param alerts   a position_mismatch alert per hedge whose position differs
     * @param warning  the title-bar warning of an allowed trading key
     */
    record Result(Map<String, ExchangeColumns> columns, List<Alert> alerts, Optional<String> warning) {
        static final Result NONE = new Result(Map.of(), List.of(), Optional.empty());
    }

    /** Thrown for a key hedgetop will not use; the message is safe to print. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Opens the book's account and checks its key: before any market data is read, so a refusal costs nothing. */
    static Optional<Accounts.Checked> check(Book book, LiveOptions options, PrintWriter err) throws Refused {
        if (book.account().isEmpty()) {
            return Optional.empty();
        }
        AccountSpec spec = book.account().get();
        try {
            Accounts.Checked checked = Accounts.openChecked(spec, book.feed(), book.file().map(Path::getParent),
                    Path.of(System.getProperty("user.home")), options);
            checked.warning().ifPresent(w -> err.println("hedgetop: warning: " + Safe.text(w, 300)));
            return Optional.of(checked);
        } catch (AccountException e) {
            if (e.refusesStart()) {
                throw new Refused("account: " + Safe.text(e.getMessage(), 500));
            }
            err.println("hedgetop: account " + spec.venue() + " not read: " + Safe.text(e.getMessage(), 300));
            return Optional.empty();
        }
    }

    /** The report's columns and the position_mismatch alerts of figures read (the report's and the monitor's). */
    static Result result(Book book, List<AccountFigures> figures, Optional<String> warning) {
        Map<String, ExchangeColumns> columns = new LinkedHashMap<>();
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            AccountFigures f = figures.get(i);
            columns.put(book.hedges().get(i).id(), new ExchangeColumns(
                    OptionalDouble.of(f.position().exchangePosition()), f.position().exchangeEntryPrice(),
                    f.position().exchangeLiquidationPrice(), f.exchangeFunding(), f.exchangeFundingSince(),
                    Optional.of(f.position().reconciled())));
            f.position().mismatch().ifPresent(m -> alerts.add(new Alert(Alert.Kind.POSITION_MISMATCH,
                    f.position().hedgeId(), m)));
        }
        return new Result(columns, alerts, warning);
    }

    /**
     * Each hedge's figures from a checked account; every hedge null (and a line on stderr) when there is
     * no account to read or it cannot be read now. Empty columns for a book without account.
     */
    static Result read(Book book, Optional<Accounts.Checked> checked, Instant now, PrintWriter err) throws Refused {
        if (book.account().isEmpty()) {
            return Result.NONE;
        }
        Map<String, ExchangeColumns> columns = new LinkedHashMap<>();
        book.hedges().forEach(h -> columns.put(h.id(), ExchangeColumns.UNKNOWN));
        if (checked.isEmpty()) {
            return new Result(columns, List.of(), Optional.empty());
        }
        try {
            return result(book, AccountFigures.read(checked.get().account(), book, now), checked.get().warning());
        } catch (AccountException e) {
            if (e.refusesStart()) {
                throw new Refused("account: " + Safe.text(e.getMessage(), 500));
            }
            err.println("hedgetop: account " + book.account().get().venue() + " not read: "
                    + Safe.text(e.getMessage(), 300));
            return new Result(columns, List.of(), checked.get().warning());
        }
    }
}
