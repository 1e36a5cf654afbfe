package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.valuesWithDays;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The day of an act done over an earlier killing or in its memory, the toll told in a relative clause after it ("jailed a
 * cleric for life over a riot in which 14 worshippers were killed", "gathered on Saturday to mark the first anniversary of a
 * ferry sinking in which 61 people drowned"): the day is the act's, a date claim of its own, and the toll the earlier
 * event's, undated (the packs' {@code after_clause_of_counts}).
 */
class DayOfAnActOverAnEarlierKillingTest {

    @Test
    void aCourtsDayOverAnEarlierKillingIsNotTheToll() {
        // published on Sunday 14 June 2026: Tuesday is the 9th
        String text = "A court in Lahore on Tuesday jailed a cleric for life over a riot in which 14 worshippers were killed.";
        assertThat(dateClaims(text, Language.EN, "2026-06-14")).containsExactly("2026-06-09..2026-06-09");
        assertThat(valuesWithDays(text, Language.EN, "2026-06-14")).containsExactly("14@-");
    }

    @Test
    void anAnniversaryMarkedOnADayIsNotTheToll() {
        String text = "Relatives gathered at the harbour on Saturday to mark the first anniversary of a ferry sinking in which "
                + "61 people drowned.";
        assertThat(dateClaims(text, Language.EN, "2026-06-14")).containsExactly("2026-06-13..2026-06-13");
        assertThat(valuesWithDays(text, Language.EN, "2026-06-14")).containsExactly("61@-");
    }
}
