package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A figure's move before a since clause that names an event with its own date ("Bus fares have tripled since the
 * ministry scrapped fuel subsidies in 2023"): the date is the event's, a date claim (dev rule 21a), not the period of the
 * figure (rule 3). A bare since boundary after the move ("since 2023") and a statistic inside the since clause stay no
 * dated event.
 */
class SinceClauseAfterAFigureTest {

    private static final String PUBLISHED = "2026-12-10";

    @Test
    void theEventOfASinceClauseAfterAFigureIsADateClaim() {
        assertThat(dateClaims("Bus fares have tripled since the ministry scrapped fuel subsidies in 2023.", Language.EN, PUBLISHED))
                .containsExactly("2023-01-01..2023-12-31");
        assertThat(dateClaims("Rents have risen 35 percent since the council lifted rent controls in June 2024.", Language.EN, PUBLISHED))
                .containsExactly("2024-06-01..2024-06-30");
        assertThat(dateClaims("وتضاعفت أجور النقل منذ أن ألغت الوزارة دعم الوقود في حزيران 2024.", Language.AR, PUBLISHED))
                .containsExactly("2024-06-01..2024-06-30");
    }

    @Test
    void aBareBoundaryOrAStatisticInTheClauseStaysNoDatedEvent() {
        assertThat(dateClaims("Bus fares have tripled since 2023.", Language.EN, PUBLISHED)).isEmpty();
        assertThat(dateClaims("Rents have risen 35 percent since inflation peaked at 9 percent in June 2024.", Language.EN, PUBLISHED))
                .isEmpty();
    }
}
