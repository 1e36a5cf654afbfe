package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.valuesWithDays;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A subject's declaration set off by commas before its counts ("A measles outbreak …, confirmed on 2 May, has killed 12
 * children"): the confirmation's day is a dated event of its own, and the deaths are the outbreak's over its course, not of
 * that day (the packs' {@code declared_before}). An incident's own day so set off still dates its counts.
 */
class DeclaredSubjectDayTest {

    @Test
    void theConfirmationsDayIsADateClaimAndTheDeathsAreUndated() {
        String text = "A measles outbreak in the north of the country, confirmed on 2 May, has killed 12 children, health "
                + "officials said.";
        assertThat(dateClaims(text, Language.EN, "2026-06-20")).containsExactly("2026-05-02..2026-05-02");
        assertThat(valuesWithDays(text, Language.EN, "2026-06-20")).containsExactly("12@-");
    }

    @Test
    void anIncidentsOwnDaySetOffByCommasStillDatesItsCounts() {
        String text = "The storm, which struck on Tuesday, killed 12 people in the coastal villages.";
        assertThat(dateClaims(text, Language.EN, "2026-06-20")).isEmpty();
        assertThat(valuesWithDays(text, Language.EN, "2026-06-20")).containsExactly("12@2026-06-16..2026-06-16");
    }
}
