package org.corroborate.ingest.html;

import java.util.concurrent.CancellationException;

/** Lets a timed-out read stop at the next element instead of running on in the background. */
final class Interrupts {
    private Interrupts() {
    }

    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("reading the HTML was cancelled");
        }
    }
}
