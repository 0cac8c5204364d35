package org.hedgetop.cli;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.hedgetop.alert.Alerting;
import org.hedgetop.book.Book;
import org.hedgetop.text.Safe;
import org.hedgetop.book.BookFile;
import org.hedgetop.book.BookWatcher;
import org.hedgetop.book.BookWriter;
import org.hedgetop.book.FileOps;
import org.hedgetop.book.SaveResult;
import org.hedgetop.market.MarketSnapshot;
import org.hedgetop.market.MarketSource;
import org.hedgetop.market.Poller;
import org.hedgetop.market.replay.Recorder;
import org.hedgetop.risk.RiskEngine;
import org.hedgetop.tui.Effect;
import org.hedgetop.tui.Event;
import org.hedgetop.tui.Monitor;
import org.hedgetop.tui.MonitorState;
import org.hedgetop.tui.TerminalSession;
import org.hedgetop.tui.UiState;
import org.hedgetop.tui.pane.Frame;

/**
 * The composition root: the one place that builds the monitor's parts and connects them - the poller over
 * the book's source (built by {@link Sources}), the file watcher, the surgical writer, the risk engine and
 * the painter ({@code Frame::draw}). The source is opened before the screen (so a bad source is an error
 * message, not a broken screen); everything else starts once the screen is up.
 */
final class CompositionRoot implements TerminalSession.Wiring {
    private static final Logger LOG = Logger.getLogger(CompositionRoot.class.getName());

    /** What feeds the monitor: the first source and the clock it runs on. */
    record Feed(MarketSource source, Clock clock, Optional<ReplayWallClock> replay, Optional<Recorder> recorder) {
    }

    private final BookFile loaded;
    private final String sourceName;
    /** The file text behind each book the monitor may save from: the writer edits that text. */
    private final Map<Book, BookFile> files = Collections.synchronizedMap(new IdentityHashMap<>());
    private Feed feed;
    private volatile Monitor monitor;
    private Poller poller;
    private BookWatcher watcher;
    private Alerting alerting;
    private Optional<org.hedgetop.account.Accounts.Checked> account = Optional.empty();
    private AccountWatch accountWatch;
    /** Source switches, pauses and seeks: off the monitor thread, one at a time, in order. */
    private final java.util.concurrent.ExecutorService sourceThread =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "hedgetop-source");
                t.setDaemon(true); // a source stuck opening a file on a dead disk must not keep the process alive
                return t;
            });

    CompositionRoot(BookFile loaded, String sourceName) {
        this.loaded = loaded;
        this.sourceName = sourceName;
    }

    /** Progress of a loading source (live history) for the monitor's title bar; dropped before the screen is up. */
    Consumer<String> progress(long generation) {
        return message -> {
            Monitor m = monitor;
            if (m != null) {
                m.post(new Event.Progress(message, generation));
            }
        };
    }

    void feed(Feed value) {
        this.feed = value;
    }

    /** The book's checked account: read every sync_seconds while the monitor runs. */
    void account(org.hedgetop.account.Accounts.Checked checked) {
        this.account = Optional.of(checked);
    }

    @Override
    public Monitor start(TerminalScreen screen, UiState ui) {
        files.put(loaded.book(), loaded);
        Clock clock = feed.clock();
        MonitorState initial = MonitorState.initial(loaded.book(), clock.instant(), feed.source().name(), ui);
        RiskEngine engine = new RiskEngine();
        if (account.isPresent()) {
            accountWatch = new AccountWatch(account.get(), () -> {
                Monitor current = monitor;
                return current != null ? current.state().book() : loaded.book();
            }, clock);
        }
        AccountWatch watch = accountWatch;
        Monitor.Evaluator evaluator = watch == null ? engine::evaluate
                : (book, market, now, paused) -> watch.apply(engine.evaluate(book, market, now, paused), book);
        Monitor m = new Monitor(screen, initial, clock, evaluator, Frame::draw, this::save,
                // on the source thread, in the order asked: opening a replay reads its CSV, which must not
                // stop the monitor thread on a slow disk (issue 12 item 8); generations drop what comes late
                new Monitor.Feed() {
                    @Override
                    public void switchTo(Book book, long generation) {
                        onSourceThread(() -> {
                            MarketSource source;
                            try {
                                source = Sources.open(book, sourceName, progress(generation));
                            } catch (RuntimeException e) {
                                monitor.post(new Event.MarketFailed(String.valueOf(e.getMessage()), generation));
                                return;
                            }
                            poller.start(source, period(book), generation);
                        });
                    }

                    @Override
                    public void seek(Effect.Seek s) {
                        onSourceThread(() -> feed.replay().ifPresent(c -> c.seek(s.by(), s.restart())));
                    }

                    @Override
                    public void pause(boolean paused) {
                        onSourceThread(() -> {
                            if (paused) {
                                poller.pause();
                                feed.replay().ifPresent(ReplayWallClock::pause);
                            } else {
                                feed.replay().ifPresent(ReplayWallClock::resume);
                                poller.resume();
                            }
                        });
                    }
                });
        // the monitor notifies too: the same lifecycle and channels as `watch`; events are logged
        alerting = new Alerting(loaded.book().notifications(), Alerting.defaultChannels(System.getenv(), clock),
                e -> LOG.info("alert " + e.event().label() + ": " + e.kind().label() + " " + Safe.text(e.subject())));
        m.alerting(alerting);
        if (watch != null) {
            m.accountSync(base -> {
                BookFile file = files.get(base);
                if (file == null) {
                    m.post(new Event.Synced("", new Event.SaveOutcome.Failed(
                            "the file's text is unknown; reload it and try again")));
                    return;
                }
                watch.sync(file, text -> {
                    BookWatcher w = watcher;
                    if (w != null) {
                        w.expect(text); // our own write is not an external edit
                    }
                }, now -> files.put(now.book(), now), m::post);
            });
        }
        monitor = m;
        poller = new Poller(clock, Poller.daemonScheduler(), new Poller.Listener() {
            @Override
            public void snapshot(MarketSnapshot snapshot, long generation) {
                m.post(new Event.Market(snapshot, generation));
            }

            @Override
            public void failed(String message, long generation) {
                m.post(new Event.MarketFailed(message, generation));
            }
        }, feed.recorder().map(r -> (Consumer<MarketSnapshot>) r::record));
        poller.start(feed.source(), period(loaded.book()), 0);
        watcher = BookWatcher.start(loaded.path(), loaded.text(), update -> {
            if (update instanceof BookWatcher.Reloaded r) {
                files.put(r.file().book(), r.file());
                m.post(Event.BookChanged.valid(r.file().book()));
            } else if (update instanceof BookWatcher.Invalid i) {
                m.post(Event.BookChanged.invalid(i.errors().errors()));
            } else if (update instanceof BookWatcher.Stopped s) {
                LOG.warning("book watcher stopped: " + s.why());
                m.post(new Event.WatchStopped(s.why()));
            }
        });
        if (watch != null) {
            watch.start(loaded.book().account().map(a -> a.syncSeconds())
                    .orElse(org.hedgetop.book.AccountSpec.DEFAULT_SYNC_SECONDS));
        }
        LOG.info("watching " + loaded.path() + "; source " + feed.source().name());
        return m;
    }

    private void onSourceThread(Runnable call) {
        try {
            sourceThread.execute(call);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the monitor is closing: no new source any more
        }
    }

    private static Duration period(Book book) {
        return Duration.ofSeconds(Math.max(1, book.feed().pollSeconds()));
    }

    /**
     * On the monitor's save thread (never the monitor thread: it may block on a slow disk): the surgical, atomic
     * save; a file changed on disk sends the edits to FILE.conflict.
     */
    private Event.SaveOutcome save(Effect.Save request) {
        BookFile base = files.get(request.base());
        if (base == null) {
            return new Event.SaveOutcome.Failed("the file's text is unknown; reload it and try again");
        }
        BookWatcher w = watcher;
        SaveResult r = BookWriter.save(base, request.edited(), FileOps.SYSTEM, text -> {
            if (w != null) {
                w.expect(text); // our own save is not an external edit
            }
        });
        LOG.info(r.message());
        switch (r.outcome()) {
            case SAVED:
            case UNCHANGED:
                BookFile now = r.saved().orElse(base);
                files.put(now.book(), now);
                return new Event.SaveOutcome.Written(r.written(), now.book());
            case CONFLICT:
                // a stat, not an open: it cannot block on a pipe put where the book was
                return new Event.SaveOutcome.Conflict(r.written(), java.nio.file.Files.notExists(base.path()));
            default:
                return new Event.SaveOutcome.Failed(r.message());
        }
    }

    @Override
    public void close() {
        sourceThread.shutdownNow();
        if (accountWatch != null) {
            accountWatch.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (alerting != null) {
            alerting.close(java.time.Duration.ofSeconds(1)); // queued notifications get a moment
        }
        if (poller != null) {
            poller.close();
        } else if (feed != null) {
            feed.source().close();
        }
        if (feed != null) {
            feed.recorder().ifPresent(Recorder::close);
        }
    }
}
