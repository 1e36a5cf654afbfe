package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDatesWithRole;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A count whose old event is named by its year right before it, in a statement dated by its day ("announced on Tuesday that
 * the 2023 killing of …"): the count takes the year, the day stays the statement's ({@link DateClaims#namedEventYears}).
 */
class NamedEventYearsTest {

    @Test
    void theOldEventsYearDatesTheCountNotTheAnnouncementsDay() {
        // published on Wednesday 14 January 2026: Tuesday is the 13th
        String text = "Prosecutors announced on Tuesday that the 2022 killing of a lawyer in Tripoli had been solved.";
        assertThat(countDatesWithRole(text, Language.EN, "2026-01-14")).containsExactly("2022-01-01..2022-12-31 event");
        assertThat(dateClaims(text, Language.EN, "2026-01-14")).isEmpty();
        String bombing = "The army said on Tuesday that the 2024 bombing that killed 9 people at a market was carried out by a local cell.";
        assertThat(countDatesWithRole(bombing, Language.EN, "2026-01-14")).containsExactly("2024-01-01..2024-12-31 event");
    }

    @Test
    void aCountOfTheStatementsOwnNewsKeepsTheDay() {
        assertThat(countDatesWithRole("The army said on Tuesday that 9 people were killed at a market.", Language.EN,
                "2026-01-14"))
                .containsExactly("2026-01-13..2026-01-13 " + ClaimDate.Role.ANNOUNCED.wire());
    }
}
