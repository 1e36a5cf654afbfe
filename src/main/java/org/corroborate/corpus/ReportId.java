package org.corroborate.corpus;

import java.util.Objects;

/**
 * The identity of a report in the corpus: the feed's {@code id}, a sidecar's {@code id}, or
 * {@code sha256:} + 16 hex digits of a document's relative path. It is the Elasticsearch
 * {@code _id}, so indexing the same report again replaces it.
 */
public record ReportId(String value) {
    /** Elasticsearch refuses {@code _id}s longer than 512 bytes. */
    static final int MAX_UTF8_BYTES = 512;

    public ReportId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a report id must not be blank");
        }
        if (value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw new IllegalArgumentException("a report id must be at most " + MAX_UTF8_BYTES + " bytes");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
