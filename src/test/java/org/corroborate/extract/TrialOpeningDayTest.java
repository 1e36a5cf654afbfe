package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.valuesWithDays;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A trial's day in the sentence of the killing it is over ("went on trial in The Hague on Wednesday, accused of ordering the
 * killing of 30 protesters", "A murder trial opened in Nairobi on Monday over the killing of 14 herders"): a court's day (the
 * packs' {@code court_before}), a dated event of its own, never the day of the killing, which keeps its own date or none.
 */
class TrialOpeningDayTest {

    @Test
    void theTrialsDayIsADateClaimAndNotTheKillings() {
        // published on Friday 15 May 2026: Monday is the 11th, Wednesday the 13th
        String hague = "A former police commander went on trial in The Hague on Wednesday, accused of ordering the killing of "
                + "30 protesters.";
        assertThat(dateClaims(hague, Language.EN, "2026-05-15")).containsExactly("2026-05-13..2026-05-13");
        assertThat(valuesWithDays(hague, Language.EN, "2026-05-15")).containsExactly("30@-");
        String opened = "A murder trial opened in Nairobi on Monday over the killing of 14 herders during a cattle raid last year.";
        assertThat(dateClaims(opened, Language.EN, "2026-05-15")).containsExactly("2026-05-11..2026-05-11");
        assertThat(valuesWithDays(opened, Language.EN, "2026-05-15")).containsExactly("14@2025-01-01..2025-12-31");
    }
}
