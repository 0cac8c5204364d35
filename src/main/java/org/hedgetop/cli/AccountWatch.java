package org.hedgetop.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hedgetop.account.AccountException;
import org.hedgetop.account.AccountFigures;
import org.hedgetop.account.Accounts;
import org.hedgetop.account.FundingPayment;
import org.hedgetop.account.Reconciliation;
import org.hedgetop.account.Span;
import java.util.function.Consumer;
import org.hedgetop.account.BookSync;
import org.hedgetop.book.Book;
import org.hedgetop.book.BookEditException;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.FileOps;
import org.hedgetop.book.SaveResult;
import org.hedgetop.tui.Event;
import org.hedgetop.book.Hedge;
import org.hedgetop.risk.Alert;
import org.hedgetop.risk.RiskView;
import org.hedgetop.text.Safe;

/**
 * The monitor's account reads (DOMAIN.md section 8), on a thread of their own so the monitor thread never
 * waits for a venue: positions every {@code sync_seconds}; funding only when a settlement may have been
 * paid since the last read - the first read, a changed book, or a new UTC hour begun at least a minute ago
 * (every venue settles on whole hours: Binance/Bybit every 8, 4 or 1 h, Hyperliquid hourly) - so the reads
 * stay far inside each venue's request weights (Binance: positionRisk 5 and income 30 of 2400 a minute).
 * Retries, backoff and Retry-After are the venue clients'. The latest result is read by the evaluator.
 */
final class AccountWatch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AccountWatch.class.getName());
    /** Venues post a settlement's payments shortly after the hour. */
    static final Duration SETTLEMENT_DELAY = Duration.ofMinutes(1);

    private final Accounts.Checked checked;
    private final Supplier<Book> book;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hedgetop-account");
        t.setDaemon(true);
        return t;
    });
    private volatile AccountStep.Result latest = AccountStep.Result.NONE;
    private Map<String, Span<FundingPayment>> funding = Map.of();
    private Book fundingBook;
    private Instant fundingReadAt;

    AccountWatch(Accounts.Checked checked, Supplier<Book> book, Clock clock) {
        this.checked = checked;
        this.book = book;
        this.clock = clock;
    }

    /** Reads now, then every {@code sync_seconds} of the book's account. */
    AccountWatch start(int syncSeconds) {
        scheduler.scheduleWithFixedDelay(this::readQuietly, 0, Math.max(1, syncSeconds), TimeUnit.SECONDS);
        return this;
    }

    /** The last read: columns per hedge, position_mismatch alerts, the trading-key warning. */
    AccountStep.Result latest() {
        return latest;
    }

    /**
     * The monitor's view with the account's position_mismatch alerts merged into each hedge's one alert (only
     * for hedges still in the book), and an allowed trading key's warning leading the source's health in the
     * title bar for as long as the key is in use.
     */
    RiskView apply(RiskView view, Book current) {
        AccountStep.Result r = latest;
        Set<String> ids = current.hedges().stream().map(Hedge::id).collect(Collectors.toSet());
        List<Alert> alerts = r.alerts().stream().filter(a -> ids.contains(a.subject())).toList();
        RiskView v = (alerts.isEmpty() ? view : view.withMoreAlerts(alerts)).withExchange(r.columns().entrySet()
                .stream().filter(e -> ids.contains(e.getKey()))
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
        Optional<String> warning = checked.warning();
        // the view keeps its series and ledger lines: only the health line changes
        return warning.isEmpty() ? v : v.withSourceHealth("TRADING KEY - " + v.sourceHealth());
    }

    /**
     * The monitor's sync key: on this watch's thread (after any read in progress, never on the monitor's),
     * the same sync as {@code hedgetop sync}, written with the surgical writer; {@code done} gets the outcome.
     *
     * @param expect  told the new text just before it is written (the file watcher's own-save filter)
     * @param saved   the file as written, before {@code done} (the writer edits from its text next time)
     */
    void sync(BookFile base, Consumer<String> expect, Consumer<BookFile> saved, Consumer<Event.Synced> done) {
        scheduler.execute(() -> done.accept(syncNow(base, expect, saved)));
    }

    Event.Synced syncNow(BookFile base, Consumer<String> expect, Consumer<BookFile> saved) {
        BookSync sync;
        try {
            sync = BookSync.run(checked.account(), base.book(), clock.instant());
        } catch (BookEditException | AccountException e) {
            return new Event.Synced("", new Event.SaveOutcome.Failed(Safe.text(e.getMessage(), 300)));
        } catch (RuntimeException e) {
            return new Event.Synced("", new Event.SaveOutcome.Failed(e.getClass().getSimpleName()));
        }
        sync.lines().forEach(line -> LOG.info("sync: " + Safe.text(line, 300)));
        int added = sync.plans().stream().mapToInt(p -> p.added().size()).sum();
        int removed = sync.plans().stream().mapToInt(p -> p.removed().size()).sum();
        if (!sync.changes()) {
            return new Event.Synced("sync: the fills agree with the account",
                    new Event.SaveOutcome.Written(base.path(), base.book()));
        }
        SaveResult r = BookWriter.save(base, sync.edited(), FileOps.SYSTEM, expect);
        LOG.info("sync: " + r.message());
        r.saved().ifPresent(saved);
        String summary = "synced: " + added + (added == 1 ? " fill" : " fills") + " added, " + removed + " removed";
        return switch (r.outcome()) {
            case SAVED, UNCHANGED -> new Event.Synced(summary + "; " + Safe.text(r.message(), 120),
                    new Event.SaveOutcome.Written(r.written(), r.saved().map(BookFile::book).orElse(sync.edited())));
            case CONFLICT -> new Event.Synced("", new Event.SaveOutcome.Conflict(r.written()));
            default -> new Event.Synced("", new Event.SaveOutcome.Failed(Safe.text(r.message(), 200)));
        };
    }

    private void readQuietly() {
        try {
            read();
        } catch (AccountException e) {
            LOG.warning("account " + checked.account().venue() + " not read: " + Safe.text(e.getMessage(), 300));
        } catch (RuntimeException e) {
            LOG.warning("account read failed: " + e.getClass().getSimpleName());
        }
    }

    /** One read (the scheduler's; tests call it directly). */
    synchronized void read() throws AccountException {
        Book b = book.get();
        if (b.account().isEmpty()) {
            latest = AccountStep.Result.NONE;
            return;
        }
        Instant now = clock.instant();
        List<Reconciliation> positions = Reconciliation.of(b, checked.account().positions(), now);
        if (fundingDue(b, now)) {
            funding = AccountFigures.funding(checked.account(), b, now);
            fundingBook = b;
            fundingReadAt = now;
        }
        latest = AccountStep.result(b, AccountFigures.of(b, positions, funding, now), checked.warning());
    }

    /** The first read, a changed book, or an hour's settlement paid since the last funding read. */
    private boolean fundingDue(Book b, Instant now) {
        if (fundingReadAt == null || b != fundingBook) {
            return true;
        }
        Instant settled = now.minus(SETTLEMENT_DELAY).truncatedTo(ChronoUnit.HOURS).plus(SETTLEMENT_DELAY);
        return fundingReadAt.isBefore(settled) && !now.isBefore(settled);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
