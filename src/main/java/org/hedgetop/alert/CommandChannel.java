package org.hedgetop.alert;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the book's command for each event: the argv as written (never through a shell, so nothing in a message
 * can become a command), with {@code HEDGETOP_ALERT_EVENT, _KIND, _SUBJECT, _MESSAGE, _TIME, _BOOK} in its
 * environment, its output discarded, and killed (with its children) when it runs longer than the timeout.
 * The Telegram token is removed from the child's environment: another program has no need of it.
 */
final class CommandChannel implements ChannelWorker.Sender<AlertEvent> {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final List<String> argv;
    private final Duration timeout;

    CommandChannel(List<String> argv, Duration timeout) {
        this.argv = List.copyOf(argv);
        this.timeout = timeout;
    }

    @Override
    public void send(AlertEvent e) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        Map<String, String> env = pb.environment();
        env.remove(Notifier.TELEGRAM_TOKEN_ENV);
        env.put("HEDGETOP_ALERT_EVENT", e.event().label());
        env.put("HEDGETOP_ALERT_KIND", e.kind().label());
        env.put("HEDGETOP_ALERT_SUBJECT", e.subject());
        env.put("HEDGETOP_ALERT_MESSAGE", e.message());
        env.put("HEDGETOP_ALERT_TIME", e.time().toString());
        env.put("HEDGETOP_ALERT_BOOK", e.book());
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException ex) {
            throw new IOException("cannot start " + program() + ": " + ex.getMessage());
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(p);
                throw new IOException(program() + " ran longer than " + timeout.toMillis() + " ms and was killed");
            }
        } catch (InterruptedException ex) {
            kill(p);
            throw ex;
        }
        if (p.exitValue() != 0) {
            throw new IOException(program() + " exited with status " + p.exitValue());
        }
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** The program's file name only: later arguments may carry a secret. */
    private String program() {
        String first = argv.get(0);
        return org.hedgetop.text.Safe.text(first.substring(first.lastIndexOf('/') + 1), 60);
    }
}
