package org.corroborate.cli;

import java.io.PrintWriter;

import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.Origin;

/**
 * Reports an index run on stderr: each failure as {@code file:line: reason}, each skipped file,
 * and progress — a bar redrawn in place on a terminal, else a line every {@value #EVERY} reports.
 */
final class StderrProgress implements IndexListener {
    static final int EVERY = 5000;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastLine;
    private boolean barShown;

    StderrProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void failed(Origin origin, String reason) {
        clearBar();
        err.println(origin + ": " + reason);
    }

    @Override
    public void skipped(Origin origin, String reason) {
        clearBar();
        err.println(origin + ": skipped: " + reason);
    }

    @Override
    public void progress(long done, long read) {
        if (terminal) {
            // The total is not known while folders are still being read: the bar shows answered of read so far.
            int filled = read == 0 ? 0 : (int) (BAR * Math.min(done, read) / read);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + read + " reports");
            err.flush();
            barShown = true;
        } else if (done / EVERY > lastLine / EVERY) {
            lastLine = done;
            err.println("corroborate: " + done + " reports done");
        }
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\033[K");
            barShown = false;
        }
    }

    /** Ends the bar's line before the summary. */
    void finish() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }
}
