package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.valuesWithDays;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A since clause naming an act done on a day ("since the outbreak was declared on 4 March"): the count runs from that day to
 * publication (dev rule 19), and the declaration is a dated event of its own (rule 21a: "When the phrase names an event with
 * its own date, that event is one"; the packs' {@code since_act_before}). The onset of a state so named ("since the strike
 * began on 4 March") stays only the start of the count's span.
 */
class SinceADeclaredDayTest {

    @Test
    void aDeclarationsDayIsADateClaimBesideTheCountsSpan() {
        String text = "Health officials have counted 23 deaths from cholera in the district since the outbreak was declared on "
                + "4 March, the regional governor said.";
        assertThat(dateClaims(text, Language.EN, "2026-03-20")).containsExactly("2026-03-04..2026-03-04");
        assertThat(valuesWithDays(text, Language.EN, "2026-03-20")).containsExactly("23@2026-03-04..2026-03-20");
    }

    @Test
    void theOnsetOfAStateStaysTheStartOfTheSpanOnly() {
        String text = "Twelve reporters have been detained since the strike began on 4 March, a press freedom group said.";
        assertThat(dateClaims(text, Language.EN, "2026-03-20")).isEmpty();
        assertThat(valuesWithDays(text, Language.EN, "2026-03-20")).containsExactly("12@2026-03-04..2026-03-20");
    }
}
