package org.corroborate.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * The hard limits for reading one file (issue 3): bigger, slower or hungrier inputs are refused
 * with a typed error instead of crashing or hanging the process.
 *
 * @param maxBytes        the largest input accepted, in bytes (default 50 MB)
 * @param timeout         the longest one file may take to read (default 30 s)
 * @param heapBudgetBytes the heap one file may use (default 512 MB); inputs whose estimated
 *                        working set exceeds it are refused, extracted text is capped at a
 *                        sixteenth of it, and running out of memory while reading becomes
 *                        {@code too-large} rather than a crash
 * @param maxUnpackedBytes the most a DOCX or ODT may inflate to (default 100 MB), so that a zip
 *                        bomb is refused before any parser sees it
 */
public record IngestLimits(long maxBytes, Duration timeout, long heapBudgetBytes, long maxUnpackedBytes) {
    private static final long MB = 1024L * 1024L;

    public IngestLimits {
        Objects.requireNonNull(timeout, "timeout");
        requirePositive(maxBytes, "maxBytes");
        requirePositive(heapBudgetBytes, "heapBudgetBytes");
        requirePositive(maxUnpackedBytes, "maxUnpackedBytes");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** 50 MB, 30 s, 512 MB of heap, 100 MB unpacked. */
    public static IngestLimits defaults() {
        return new IngestLimits(50 * MB, Duration.ofSeconds(30), 512 * MB, 100 * MB);
    }

    public IngestLimits withMaxBytes(long bytes) {
        return new IngestLimits(bytes, timeout, heapBudgetBytes, maxUnpackedBytes);
    }

    public IngestLimits withTimeout(Duration limit) {
        return new IngestLimits(maxBytes, limit, heapBudgetBytes, maxUnpackedBytes);
    }

    public IngestLimits withHeapBudgetBytes(long bytes) {
        return new IngestLimits(maxBytes, timeout, bytes, maxUnpackedBytes);
    }

    public IngestLimits withMaxUnpackedBytes(long bytes) {
        return new IngestLimits(maxBytes, timeout, heapBudgetBytes, bytes);
    }

    /** The most characters of text one file may yield. */
    public long maxTextChars() {
        return heapBudgetBytes / 16;
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
