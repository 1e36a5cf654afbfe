package org.corroborate.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corroborate.api.Language;

/**
 * A report found for a claim: its metadata and the claim slots of it that matched (as stored,
 * README "Corpus index design"), best first.
 */
public record ReportHit(ReportId id, String source, String url, Language lang, LocalDate published, String title,
                        double score, List<Map<String, Object>> matchedClaims) {
    public ReportHit {
        Objects.requireNonNull(id, "id");
        matchedClaims = List.copyOf(matchedClaims);
    }
}
