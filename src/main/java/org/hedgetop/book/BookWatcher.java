package org.hedgetop.book;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a book file for edits made outside the monitor and reports each new content once: a valid book
 * ({@link Reloaded}) or the located errors of a broken one ({@link Invalid}; the monitor keeps showing the
 * last good book). Editors save in place or by writing a new file and renaming it over the old one, and
 * the book may be a symlink, so the watcher watches the directories (of the link and of its target) and
 * decides by content: an event that leaves the content as it was, or that is our own save announced with
 * {@link #expect}, is not reported. Bursts of events are debounced. Where the WatchService is slow or
 * missing (network file systems, some containers) a poll of modification time, size and content catches
 * the change. One daemon thread that blocks between events; the listener is called on that thread.
 */
public final class BookWatcher implements Closeable {
    /** What the watcher saw. */
    public sealed interface Update permits Reloaded, Invalid, Stopped {
    }

    /** The file changed and is a valid book. */
    public record Reloaded(BookFile file) implements Update {
    }

    /** The file changed and cannot be loaded; {@code errors} says where and why (line 0 when the file is unreadable). */
    public record Invalid(Path path, BookException errors) implements Update {
    }

    /**
     * The watcher has stopped for good (it does not for a bad file: that is {@link Invalid}); edits on
     * disk are no longer picked up, which the monitor must say.
     */
    public record Stopped(Path path, String why) implements Update {
    }

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(150);
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(2);
    /** Every this many polls the content is hashed even when time and size look the same. */
    private static final int HASH_EVERY = 5;
    private static final int EXPECTED_KEPT = 4;

    private final Path path;
    private final Consumer<Update> listener;
    private final long debounceNanos;
    private final long pollNanos;
    private final Deque<String> expected = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;
    private final WatchService service;
    private final Set<Path> watchedDirs = new HashSet<>();
    private String knownHash;

    private BookWatcher(Path path, String knownText, Consumer<Update> listener, Duration debounce, Duration poll,
                        boolean notifications) {
        this.path = path.toAbsolutePath();
        this.listener = listener;
        this.debounceNanos = debounce.toNanos();
        this.pollNanos = Math.max(1, poll.toNanos());
        this.knownHash = BookFile.hash(knownText);
        this.service = notifications ? openService() : null;
        this.thread = new Thread(this::run, "book-watcher " + path.getFileName());
        thread.setDaemon(true);
    }

    /** Starts watching {@code path}, whose current content the caller already has as {@code knownText}. */
    public static BookWatcher start(Path path, String knownText, Consumer<Update> listener) {
        return start(path, knownText, listener, DEFAULT_DEBOUNCE, DEFAULT_POLL);
    }

    public static BookWatcher start(Path path, String knownText, Consumer<Update> listener, Duration debounce,
                                    Duration poll) {
        return start(path, knownText, listener, debounce, poll, true);
    }

    /** With {@code notifications} false only polling is used, as where the WatchService is missing. */
    static BookWatcher start(Path path, String knownText, Consumer<Update> listener, Duration debounce,
                             Duration poll, boolean notifications) {
        BookWatcher w = new BookWatcher(path, knownText, listener, debounce, poll, notifications);
        w.registerDirs();
        w.thread.start();
        return w;
    }

    /** Announces our own save of {@code text}: when the file gets this content it is not reported. */
    public void expect(String text) {
        synchronized (expected) {
            expected.addLast(BookFile.hash(text));
            while (expected.size() > EXPECTED_KEPT) {
                expected.removeFirst();
            }
        }
    }

    /** True while the operating system's change notification is in use (else only polling). */
    public boolean notified() {
        return service != null;
    }

    @Override
    public void close() {
        closed.countDown();
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // Closing is best effort; the thread also stops on the latch.
            }
        }
        if (Thread.currentThread() == thread) {
            return; // closed from the listener: the loop ends on the latch
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WatchService openService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private void run() {
        String why = "closed";
        try {
            watch();
        } catch (RuntimeException | Error e) {
            why = e.getClass().getSimpleName();
        } finally {
            if (closed.getCount() > 0) {
                report(new Stopped(path, why.equals("closed") ? "interrupted" : why));
            }
        }
    }

    private void watch() {
        long nextPoll = System.nanoTime() + pollNanos;
        long due = -1;
        int polls = 0;
        Optional<Stamp> last = stamp();
        while (closed.getCount() > 0) {
            long now = System.nanoTime();
            long wait = Math.max(0, (due >= 0 ? Math.min(due, nextPoll) : nextPoll) - now);
            boolean touched;
            try {
                touched = waitForEvents(wait);
            } catch (ClosedWatchServiceException e) {
                return;
            } catch (InterruptedException e) {
                return;
            }
            now = System.nanoTime();
            if (touched) {
                due = now + debounceNanos;
            }
            if (now - nextPoll >= 0) {
                nextPoll = now + pollNanos;
                Optional<Stamp> s = stamp();
                if (!s.equals(last) || ++polls % HASH_EVERY == 0) {
                    last = s;
                    due = due >= 0 ? due : now + debounceNanos;
                }
            }
            if (due >= 0 && now - due >= 0) {
                due = -1;
                last = stamp();
                try {
                    check();
                } catch (RuntimeException | OutOfMemoryError e) {
                    // whatever a file does to the reading, the next change is still watched for
                    knownHash = "failed:" + e.getClass().getSimpleName();
                    report(new Invalid(path, new BookException(List.of(new BookError(path.toString(), 0, 0,
                            "cannot read the book: " + e.getClass().getSimpleName())))));
                }
                registerDirs();
            }
        }
    }

    /** Blocks up to {@code millis}; true when an event concerned a file of ours. */
    private boolean waitForEvents(long nanos) throws InterruptedException {
        if (service == null) {
            closed.await(nanos, TimeUnit.NANOSECONDS);
            return false;
        }
        boolean touched = false;
        WatchKey key = service.poll(nanos, TimeUnit.NANOSECONDS);
        while (key != null) {
            Set<String> names = names();
            for (WatchEvent<?> event : key.pollEvents()) {
                Object context = event.context();
                touched |= event.kind() == StandardWatchEventKinds.OVERFLOW
                        || (context instanceof Path p && names.contains(p.toString()));
            }
            key.reset();
            key = service.poll();
        }
        return touched;
    }

    private Set<String> names() {
        Set<String> names = new HashSet<>();
        names.add(path.getFileName().toString());
        real().ifPresent(r -> names.add(r.getFileName().toString()));
        return names;
    }

    private Optional<Path> real() {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The link's directory and the target's directory; again after each change, as a link can be re-pointed. */
    private void registerDirs() {
        if (service == null) {
            return;
        }
        for (Path dir : new Path[] {path.getParent(), real().map(Path::getParent).orElse(null)}) {
            if (dir != null && !watchedDirs.contains(dir)) {
                try {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    watchedDirs.add(dir);
                } catch (IOException | ClosedWatchServiceException e) {
                    // Polling still sees the change.
                }
            }
        }
    }

    private record Stamp(Object fileKey, long modified, long size) {
    }

    private Optional<Stamp> stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return Optional.of(new Stamp(Objects.requireNonNullElse(a.fileKey(), ""), a.lastModifiedTime().toMillis(),
                    a.size()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the file and reports it if its content is new. */
    private void check() {
        byte[] bytes;
        try {
            bytes = RegularFile.readBook(path);
        } catch (IOException e) {
            String gone = "unreadable:" + BookWriter.reason(e);
            if (!gone.equals(knownHash)) {
                knownHash = gone;
                String why = e instanceof NoSuchFileException ? "the file is gone" : BookWriter.reason(e);
                report(new Invalid(path, new BookException(List.of(new BookError(path.toString(), 0, 0,
                        "cannot read the book: " + why)))));
            }
            return;
        }
        String hash = BookFile.hash(bytes);
        if (hash.equals(knownHash)) {
            return;
        }
        knownHash = hash;
        synchronized (expected) {
            if (expected.remove(hash)) {
                return;
            }
        }
        Optional<String> text = BookFile.decode(bytes);
        try {
            if (text.isEmpty()) {
                BookFile.read(path);
                throw new BookException(List.of(new BookError(path.toString(), 0, 0, "the file is not valid UTF-8")));
            }
            report(new Reloaded(BookFile.parse(path, text.get())));
        } catch (BookException e) {
            report(new Invalid(path, e));
        } catch (IOException e) {
            report(new Invalid(path, new BookException(List.of(new BookError(path.toString(), 0, 0,
                    "cannot read the book: " + BookWriter.reason(e))))));
        }
    }

    private void report(Update update) {
        try {
            listener.accept(update);
        } catch (RuntimeException e) {
            // A failing listener must not stop the watching; the monitor logs its own errors.
        }
    }
}
