package org.corroborate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

class ReportDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private final ClaimSlots slots = new ClaimSlots(key -> key.equals("sy-idlib-saraqeb") ? List.of("sy-idlib", "sy") : List.of());

    @SuppressWarnings("unchecked")
    private Map<String, Object> document(Report report, List<org.corroborate.api.Claim> claims) throws Exception {
        byte[] json = ReportDocument.json(report, claims, slots, new Origin(Path.of("wire.jsonl"), 7),
                Instant.parse("2026-11-29T18:00:00Z"));
        return (Map<String, Object>) JSON.readValue(json, Map.class);
    }

    @Test
    void putsTheTextInTheFieldOfItsLanguageAndLeavesAbsentMetadataOut() throws Exception {
        Report report = new Report(new ReportId("wire-1"), Language.AR, "وكالة أ", null, LocalDate.of(2025, 11, 25),
                null, "غارة على سراقب", "قُتل خمسة عشر مدنياً في غارة جوية على سراقب.");
        Map<String, Object> doc = document(report, List.of());
        assertThat(doc).containsEntry("report_id", "wire-1").containsEntry("lang", "ar")
                .containsEntry("source", "وكالة أ").containsEntry("published", "2025-11-25")
                .containsEntry("title_ar", "غارة على سراقب").containsEntry("text_ar", report.text())
                .containsEntry("origin", "wire.jsonl:7").containsEntry("indexed_at", "2026-11-29T18:00:00Z")
                .containsEntry("claims", List.of())
                .doesNotContainKeys("url", "published_at", "title_en", "text_en");
    }

    @Test
    void writesEachClaimAsItsSlots() throws Exception {
        CountClaim killed = ClaimSlotsTest.killed(CountClaim.Count.exactly(15));
        Report report = new Report(new ReportId("wire-2"), Language.AR, null, "https://example.org/a", null, null, null,
                "قُتل خمسة عشر مدنياً في غارة جوية على سراقب.");
        Map<String, Object> doc = document(report, List.of(killed));
        assertThat(doc.get("claims")).isEqualTo(List.of(slots.of(killed, Language.AR)));
        @SuppressWarnings("unchecked")
        Map<String, Object> claim = (Map<String, Object>) ((List<?>) doc.get("claims")).get(0);
        assertThat(claim).containsEntry("count", Map.of("gte", 15L, "lte", 15L))
                .containsEntry("date", Map.of("gte", "2025-11-24", "lte", "2025-11-24"))
                .containsEntry("location_path", List.of("sy-idlib-saraqeb", "sy-idlib", "sy"));
        assertThat(doc).containsEntry("url", "https://example.org/a").doesNotContainKeys("source", "published", "title_ar");
    }
}
