package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «العام المقبل» alone, ahead of publication, fixes no day nor month to check: no scheduled date claim (dev rule 21b), as a
 * part of it («مطلع العام المقبل») is none already (the pack's {@code unscheduled_dates}). A month or a day of next year
 * stays one. Sentences of our own, published on Wednesday 11 February 2026.
 */
class NextYearWholeIsNoScheduledDayTest {
    private static final String WED = "2026-02-11";

    @Test
    void nextYearAloneIsNoScheduledEvent() {
        assertThat(dateClaims("وقال وزير النقل إن أعمال توسعة المطار ستنتهي العام المقبل.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ومن المنتظر أن تُستكمل المرحلة الثانية من المشروع خلال السنة المقبلة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وأعلنت اللجنة المنظمة أن الدورة الجديدة للمهرجان ستقام العام القادم في مدينة صفاقس.", Language.AR, WED))
                .isEmpty();
    }

    @Test
    void aMonthOfNextYearStaysScheduled() {
        assertThat(dateClaims("ومن المقرر أن تُعقد القمة المقبلة في آذار من العام المقبل.", Language.AR, WED))
                .containsExactly("2027-03-01..2027-03-31");
    }
}
