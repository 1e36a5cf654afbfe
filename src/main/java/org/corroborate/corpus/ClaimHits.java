package org.corroborate.corpus;

import java.util.List;
import java.util.Objects;

/**
 * The reports found for one {@link ClaimQuery}, in the order of the queries; {@code error} is set
 * (and {@code hits} empty) when Elasticsearch refused that one search — a result, the others stand.
 */
public record ClaimHits(String key, List<ReportHit> hits, String error) {
    public ClaimHits {
        Objects.requireNonNull(key, "key");
        hits = List.copyOf(hits);
    }
}
