package org.corroborate.corpus;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Work done on a bounded pool of threads and handed on in the order it was submitted (issue 6:
 * claim extraction on every core while reports reach Elasticsearch, and stderr, in input order).
 * At most {@code window} items are in flight: when the window is full, {@link #submit} hands on the
 * oldest first, waiting for it if needed, so memory stays flat however long the input. Handing on
 * runs on the submitting thread, one item at a time; what it throws reaches the caller of
 * {@link #submit} or {@link #drain}. Not thread-safe: one submitting thread.
 */
public final class InOrder<T> implements AutoCloseable {
    private final ExecutorService pool;
    private final int window;
    private final Consumer<T> handOn;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();

    /**
     * @param threads how many items are worked on at once (≥ 1)
     * @param window  how many items may be submitted and not yet handed on (≥ {@code threads})
     * @param handOn  receives each finished item, in submission order
     */
    public InOrder(int threads, int window, String threadName, Consumer<T> handOn) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads " + threads + ", window " + window);
        }
        this.pool = Executors.newFixedThreadPool(threads, daemons(threadName));
        this.window = window;
        this.handOn = Objects.requireNonNull(handOn, "handOn");
    }

    /** One worker per available processor, a window of eight items per worker. */
    public static <T> InOrder<T> onEveryCore(String threadName, Consumer<T> handOn) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new InOrder<>(cores, 8 * cores, threadName, handOn);
    }

    /** Queues {@code work}; first hands on every finished item at the head, and the oldest while the window is full. */
    public void submit(Callable<T> work) {
        handOnFinished();
        while (pending.size() >= window) {
            handOnOldest();
        }
        pending.add(pool.submit(work));
    }

    /** Queues an item that needs no work (a failure found while reading): it keeps its place in the order. */
    public void submitDone(T item) {
        handOnFinished();
        while (pending.size() >= window) {
            handOnOldest();
        }
        pending.add(CompletableFuture.completedFuture(item));
    }

    /** Hands on everything still in flight, in order. */
    public void drain() {
        while (!pending.isEmpty()) {
            handOnOldest();
        }
    }

    /** Stops the workers; items not handed on yet are dropped. */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        pool.shutdownNow();
    }

    private void handOnFinished() {
        while (!pending.isEmpty() && pending.peek().isDone()) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        Future<T> head = pending.peek();
        T item = await(head);
        pending.poll(); // removed only once its result is known: a handOn that throws leaves the rest in order
        handOn.accept(item);
    }

    private static <T> T await(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
