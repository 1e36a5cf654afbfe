package org.corroborate.verify;

import java.time.LocalDate;
import java.util.Objects;

import org.corroborate.api.CountClaim.Count;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A toll a later report updated (CONTRACT.md: a timeline, not a flag). */
@JsonPropertyOrder({"published", "count", "report_id"})
public record TimelineEntry(LocalDate published, Count count, @JsonProperty("report_id") String reportId) {
    public TimelineEntry {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(reportId, "reportId");
    }
}
