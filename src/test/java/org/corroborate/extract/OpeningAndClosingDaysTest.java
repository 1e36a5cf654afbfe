package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A stretch told by its opening day and its closing day in one clause (held-out kind 1 of round dates-b15e), in sentences of our
 * own published on Tuesday 12 May 2026: "applications opened on April 27 and run until May 22" and "the show opens on 18 June and
 * closes on 26 June" are each one date claim, the first day to the second (en.date.opening_to_closing_*).
 */
class OpeningAndClosingDaysTest {
    private static final String TUE = "2026-05-12";

    @Test
    void anOpeningAndAClosingDayAreOneStretch() {
        assertThat(dateClaims("The book fair opens on 18 June and closes on 26 June at the city's exhibition centre.",
                Language.EN, TUE)).containsExactly("2026-06-18..2026-06-26");
        assertThat(dateClaims("The public consultation opened on March 9 and closed on April 6 with 2,300 responses.",
                Language.EN, TUE)).containsExactly("2026-03-09..2026-04-06");
    }

    @Test
    void aStretchOpenedBeforePublicationAndStillRunning() {
        assertThat(dateClaims("Applications for the housing grant opened on April 27 and run until May 22.", Language.EN, TUE))
                .containsExactly("2026-04-27..2026-05-22");
    }

    @Test
    void aClosingByAnotherSubjectIsAnotherEvent() {
        assertThat(dateClaims("The market opened on March 2 and inspectors closed it on March 9 over safety concerns.",
                Language.EN, TUE)).containsExactlyInAnyOrder("2026-03-02..2026-03-02", "2026-03-09..2026-03-09");
    }
}
