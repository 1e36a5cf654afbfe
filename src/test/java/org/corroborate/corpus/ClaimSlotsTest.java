package org.corroborate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.api.Span;
import org.junit.jupiter.api.Test;

class ClaimSlotsTest {
    private final ClaimSlots slots = new ClaimSlots(key -> key.equals("sy-idlib-saraqeb") ? List.of("sy-idlib", "sy") : List.of());

    static CountClaim killed(CountClaim.Count count) {
        return new CountClaim("c1", CountClaim.Action.KILLED, count,
                new CountClaim.Subject("مدنياً", CountClaim.Category.CIVILIANS, "SY", null),
                new CountClaim.Event(CountClaim.EventKind.AIRSTRIKE, "غارة جوية"),
                new ClaimDate(LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 24), Grain.DAY, ClaimDate.Role.EVENT),
                new CountClaim.Location("سراقب", "sy-idlib-saraqeb"), null, "قُتل خمسة عشر مدنياً", new Span(0, 20), true);
    }

    @Test
    void storesAnExactCountAsAOnePointInterval() {
        Map<String, Object> s = slots.of(killed(CountClaim.Count.exactly(15)), Language.AR);
        assertThat(s).containsEntry("type", "casualty").containsEntry("action", "killed")
                .containsEntry("count_min", 15L).containsEntry("count_max", 15L).containsEntry("count_value", 15L)
                .containsEntry("count", Map.of("gte", 15L, "lte", 15L)).containsEntry("approximate", false)
                .containsEntry("subject_category", "civilians").containsEntry("nationality", "SY")
                .containsEntry("event_kind", "airstrike").containsEntry("in_title", true)
                .containsEntry("date_start", "2025-11-24").containsEntry("date_role", "event");
    }

    @Test
    void leavesTheUpperEndOutForAtLeast() {
        Map<String, Object> s = slots.of(killed(new CountClaim.Count(null, 14L, null, false)), Language.EN);
        assertThat(s).containsEntry("count_min", 14L).doesNotContainKey("count_max")
                .containsEntry("count", Map.of("gte", 14L));
    }

    @Test
    void widensAnApproximateCountByTenPercent() {
        Map<String, Object> s = slots.of(killed(new CountClaim.Count(20L, null, null, true)), Language.EN);
        assertThat(s).containsEntry("count_min", 18L).containsEntry("count_max", 22L).containsEntry("approximate", true);
    }

    @Test
    void storesTheLocationKeyWithItsAncestors() {
        Map<String, Object> s = slots.of(killed(CountClaim.Count.exactly(15)), Language.AR);
        assertThat(s).containsEntry("location_key", "sy-idlib-saraqeb")
                .containsEntry("location_path", List.of("sy-idlib-saraqeb", "sy-idlib", "sy"));
    }

    @Test
    void putsAQuoteInTheFieldOfTheReportsLanguage() {
        QuoteClaim quote = new QuoteClaim("c2", "لن يكون أحد فوق القانون",
                new QuoteClaim.Speaker("وزير الداخلية", "minister-interior", "الوزير"), true, null,
                "قال وزير الداخلية «لن يكون أحد فوق القانون»", new Span(5, 40), false);
        Map<String, Object> s = slots.of(quote, Language.AR);
        assertThat(s).containsEntry("type", "quote").containsEntry("quote_ar", "لن يكون أحد فوق القانون")
                .doesNotContainKey("quote_en").containsEntry("speaker_key", "minister-interior")
                .containsEntry("speaker_as_written", "الوزير").containsEntry("quote_direct", true)
                .doesNotContainKey("date");
    }
}
