package org.corroborate.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corroborate.api.Language;

/**
 * A report found for a claim: its metadata and the slots of its claims of that claim's kind (the
 * same action; quotes; dated events), as stored (README "Corpus index design") and in the report's
 * order. Which of them tell of the same event is the comparison's decision.
 */
public record ReportHit(ReportId id, String source, String url, Language lang, LocalDate published, String title,
                        double score, List<Map<String, Object>> claims) {
    public ReportHit {
        Objects.requireNonNull(id, "id");
        claims = List.copyOf(claims);
    }
}
