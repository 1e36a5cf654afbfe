package org.corroborate.review;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check report as the API stored it: {@code reportId} is {@code <articleId>@<revision>};
 * {@code contentHash} fingerprints what was submitted, so a repeated submission is recognised
 * (same content: the stored report again) or refused (other content under the same revision).
 */
public record StoredReport(String reportId, String articleId, String revision, String contentHash, Instant createdAt,
                           JsonNode report) {
    public StoredReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(report, "report");
    }

    public static String idOf(String articleId, String revision) {
        return articleId + "@" + revision;
    }
}
