package org.corroborate.ingest;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.corroborate.api.CorroborateException;
import org.corroborate.api.InputRejectedException;

/**
 * Runs the reading of one file on its own thread, with a deadline and a deep stack: a timeout
 * becomes {@code timeout}, running out of heap becomes {@code too-large} and a stack overflow
 * {@code too-deeply-nested}; none of them reaches the caller as an {@link Error}.
 *
 * <p>Java cannot kill a thread: after a timeout the reader is interrupted (the adapters check
 * for it between elements) and the caller gets its error at once; a parser deaf to interrupts
 * may go on in the background until it returns, on a daemon thread that never blocks exit.
 */
final class BoundedRun {
    /** Generous, so deep documents end as data, not as a {@link StackOverflowError}. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private BoundedRun() {
    }

    static <T> T call(Callable<T> work, IngestLimits limits, String what) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "corroborate-ingest", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new InputRejectedException("timeout",
                    "reading " + what + " took longer than " + limits.timeout().toMillis() / 1000.0 + " s");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputRejectedException("timeout", "interrupted while reading " + what, e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause(), what);
        }
    }

    private static RuntimeException unwrap(Throwable cause, String what) {
        if (cause instanceof CorroborateException known) {
            return known;
        }
        if (cause instanceof OutOfMemoryError) {
            return new InputRejectedException("too-large", "reading " + what + " ran out of memory");
        }
        if (cause instanceof StackOverflowError) {
            return new InputRejectedException("too-deeply-nested", what + " is nested too deeply to read");
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("reading " + what + " failed", cause);
    }
}
