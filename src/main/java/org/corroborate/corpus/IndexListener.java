package org.corroborate.corpus;

/**
 * Hears an index run as it goes: every failure and skipped file when it happens, and progress.
 * Called from the loader's threads, one call at a time.
 */
public interface IndexListener {
    IndexListener NONE = new IndexListener() {
    };

    /** A report that was not indexed, with why (a malformed line, a refused document, a lost request). */
    default void failed(Origin origin, String reason) {
    }

    /** A file passed over (not a report). */
    default void skipped(Origin origin, String reason) {
    }

    /** Reports answered so far (indexed, replaced or failed), of those read so far. */
    default void progress(long done, long read) {
    }
}
