package org.hedgetop.reliability;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * A hang detector, not a speed test: runs a case on a worker thread and fails when it has not finished
 * within a generous limit. Like {@code assertTimeoutPreemptively}, but the worker is reused across the
 * tens of thousands of fuzz cases (a fresh thread per case would dominate the run time). A stuck worker
 * is abandoned and replaced.
 */
public final class Hang {
    public static final Duration LIMIT = Duration.ofSeconds(10);
    private static ExecutorService worker = newWorker();

    private Hang() {
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    /** The case's result; rethrows what it threw; fails naming {@code what} when it outlives the limit. */
    public static synchronized <T> T within(String what, Callable<T> work) throws Exception {
        Future<T> future = worker.submit(work);
        try {
            return future.get(LIMIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return fail("no result within " + LIMIT.toSeconds() + " s (hang?) for " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
