package org.corroborate.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One flag of one checked article revision, waiting for an editor. {@code claim}, {@code flag} and
 * {@code evidence} are the check report's own JSON (CONTRACT.md "Check report"), kept as they were.
 * {@code version} is opaque to clients: the store's optimistic-concurrency token ({@code null}
 * before the item is stored).
 */
public record ReviewItem(String id, String version, ReviewStatus status, String kind, String severity,
                         String articleId, String revision, String reportId, String lang, JsonNode claim,
                         JsonNode flag, JsonNode evidence, Instant createdAt, List<AuditEntry> audit) {
    public ReviewItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(createdAt, "createdAt");
        audit = List.copyOf(audit);
    }

    /** This item after {@code action} by {@code by}; the version is left for the store to set. */
    public ReviewItem moved(String action, ReviewStatus to, String by, Instant at, String reason) {
        List<AuditEntry> trail = new ArrayList<>(audit);
        trail.add(new AuditEntry(action, by, at, status, to, reason));
        return new ReviewItem(id, null, to, kind, severity, articleId, revision, reportId, lang, claim, flag, evidence,
                createdAt, trail);
    }

    public ReviewItem withVersion(String value) {
        return new ReviewItem(id, value, status, kind, severity, articleId, revision, reportId, lang, claim, flag,
                evidence, createdAt, audit);
    }

    /** Sort rank: high before medium before low. */
    public static int severityRank(String severity) {
        return switch (severity) {
            case "high" -> 0;
            case "medium" -> 1;
            default -> 2;
        };
    }
}
