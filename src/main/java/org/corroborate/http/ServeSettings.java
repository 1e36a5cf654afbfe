package org.corroborate.http;

import java.time.Duration;
import java.util.Objects;

import org.corroborate.corpus.EsSettings;

/**
 * How a server instance runs: where Elasticsearch is, the index prefix of everything it keeps
 * there ({@code <prefix>-reports}, {@code -checks}, {@code -review}, {@code -keys}), and its limits.
 * Nothing else: an instance keeps no state of its own beyond per-instance rate-limit counters.
 * {@code concurrentChecks} is how many checks one instance runs at once; the others wait their
 * turn, in order, for at most {@code checkTimeout} (issue 7 "under load").
 */
public record ServeSettings(EsSettings es, String prefix, long maxBodyBytes, int requestsPerMinute,
                            Duration checkTimeout, int concurrentChecks) {
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Twice the cores, at least 4: a check is CPU work (extraction, comparison) and one search round
     * trip; more at once only lengthens every one of them and Elasticsearch's search queue, until
     * its calls pass the client's timeout and turn into 503s.
     */
    public static final int DEFAULT_CONCURRENT_CHECKS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    public ServeSettings {
        Objects.requireNonNull(es, "es");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(checkTimeout, "checkTimeout");
        if (maxBodyBytes <= 0 || requestsPerMinute <= 0 || concurrentChecks <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ServeSettings(EsSettings es, String prefix, long maxBodyBytes, int requestsPerMinute, Duration checkTimeout) {
        this(es, prefix, maxBodyBytes, requestsPerMinute, checkTimeout, DEFAULT_CONCURRENT_CHECKS);
    }

    public static ServeSettings defaults(EsSettings es, String prefix) {
        return new ServeSettings(es, prefix, DEFAULT_MAX_BODY, DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_CHECK_TIMEOUT);
    }

    public ServeSettings withRequestsPerMinute(int value) {
        return new ServeSettings(es, prefix, maxBodyBytes, value, checkTimeout, concurrentChecks);
    }

    public ServeSettings withConcurrentChecks(int value) {
        return new ServeSettings(es, prefix, maxBodyBytes, requestsPerMinute, checkTimeout, value);
    }
}
