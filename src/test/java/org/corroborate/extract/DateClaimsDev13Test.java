package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Date claims the dev13 round brought out, under our conventions (dev rules 3, 21; C4 of dev4; N2 of dev13). */
class DateClaimsDev13Test {

    /**
     * N2 of dev13, C4 of dev4: "the day before" a dated statement counts from the statement's day and
     * is not that day; the event it dates is a date claim of its own.
     */
    @Test
    void theDayBeforeADatedStatementIsAnEventOfItsOwn() {
        assertThat(dateClaims("The army spokesman said on Thursday that a ceasefire signed the day before was being respected.",
                Language.EN, "2026-05-09")).containsExactly("2026-05-06..2026-05-06");
        // the statement's own day stays the statement's
        assertThat(dateClaims("The army spokesman said on Thursday that the ceasefire was being respected.",
                Language.EN, "2026-05-09")).isEmpty();
    }

    /** Rule 21b (which replaced rule 3's "no date claim for future events"): a call for a day is a schedule, read forwards. */
    @Test
    void aCallForADayIsASchedule() {
        assertThat(dateClaims("Opposition parties have called a general strike for Monday.", Language.EN, "2026-05-09"))
                .containsExactly("2026-05-11..2026-05-11");
        assertThat(dateClaims("The farmers' union called another sit-in for October 14.", Language.EN, "2026-10-02"))
                .containsExactly("2026-10-14..2026-10-14");
        // a march held on a day is an event
        assertThat(dateClaims("Thousands marched through the capital on Monday.", Language.EN, "2026-05-09"))
                .containsExactly("2026-05-04..2026-05-04");
    }

    /** Rule 3: weather is no dated event. */
    @Test
    void weatherIsNoDatedEvent() {
        assertThat(dateClaims("The weather in Madrid was sunny and warm on Sunday as tourists filled the squares.",
                Language.EN, "2026-05-12")).isEmpty();
    }

    /**
     * Rule 21: "last year" and, a few words on, the month of the same event name one event; the month
     * dates it, and when a count carries the month there is no date claim at all.
     */
    @Test
    void aRelativeYearNamedCloserIsOneEvent() {
        assertThat(dateClaims("Last year's floods, in August 2025, destroyed the old bridge.", Language.EN, "2026-03-10"))
                .containsExactly("2025-08-01..2025-08-31");
        String counted = "Last year's floods, in August 2025, killed 14 people.";
        assertThat(dateClaims(counted, Language.EN, "2026-03-10")).isEmpty();
        assertThat(countDates(counted, Language.EN, "2026-03-10")).containsExactly("2025-08-01..2025-08-31");
    }

    /** Rule 21b, F2 of dev7: voting in the present tense is a schedule, its day–month read forwards. */
    @Test
    void votingInThePresentTenseIsASchedule() {
        assertThat(dateClaims("Peruvians vote in a referendum on judicial reform on December 6, officials said.",
                Language.EN, "2026-10-20")).containsExactly("2026-12-06..2026-12-06");
        assertThat(dateClaims("Peruvians voted in a referendum on judicial reform on October 4.", Language.EN, "2026-10-20"))
                .containsExactly("2026-10-04..2026-10-04");
    }
}
