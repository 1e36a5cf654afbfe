package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Days a count's sentence holds for other events: a court putting off its trial ("on Tuesday adjourned the trial of four
 * officers accused of killing a student last June", the pack's {@code court_after}: the adjournment's day, the killing its
 * own month), a trial named with its defendants that is due to open ("A trial of two of the firm's managers is due to open on
 * March 9", an event, no works' completion), and a time clause after a count dated otherwise ("was arrested in March 2024
 * after an audit found irregularities in contracts between 2017 and 2022": the contracts' years).
 */
class CourtDaysTrialsAheadAndTimeClausesTest {

    @Test
    void anAdjournmentIsTheCourtsDayAndTheKillingKeepsItsOwn() {
        String text = "A Lagos court on Thursday adjourned the trial of three soldiers accused of killing a trader during a "
                + "raid last August.";
        assertThat(dateClaims(text, Language.EN, "2026-02-12")).containsExactly("2026-02-12..2026-02-12");
        assertThat(countDates(text, Language.EN, "2026-02-12")).containsExactly("2025-08-01..2025-08-31");
    }

    @Test
    void aDayOfTheKillingItselfStillDatesIt() {
        // no court's act next to the day: the day is the killing's
        assertThat(countDates("Soldiers killed a trader during a raid on Thursday, residents said.", Language.EN,
                "2026-02-12")).containsExactly("2026-02-12..2026-02-12");
    }

    @Test
    void aTrialNamedWithItsDefendantsIsDueToOpen() {
        assertThat(scheduled("A separate trial of two of the company's directors is due to open on March 9.", Language.EN,
                "2026-02-20")).containsExactly("2026-03-09..2026-03-09");
        assertThat(scheduled("The trial of the former ministers is set to open on Jan. 12.", Language.EN, "2026-12-01"))
                .containsExactly("2027-01-12..2027-01-12");
    }

    @Test
    void worksDueToOpenStayATarget() {
        assertThat(dateClaims("The new terminal of the airport is due to open in 2028.", Language.EN, "2026-02-20")).isEmpty();
    }

    @Test
    void aTimeClauseAfterADatedCountIsAnotherEvent() {
        String text = "Two former city officials were arrested in June 2025 after an audit found irregularities in road "
                + "contracts between 2018 and 2021.";
        assertThat(dateClaims(text, Language.EN, "2026-04-02")).containsExactly("2018-01-01..2021-12-31");
        assertThat(countDates(text, Language.EN, "2026-04-02")).containsExactly("2025-06-01..2025-06-30");
    }

    @Test
    void aDateOfTheCountsOwnClauseIsNoOtherEvent() {
        // no time clause: the year is the arrest's, no date claim besides it
        assertThat(dateClaims("Two officials were arrested over the road contracts in 2025.", Language.EN, "2026-04-02"))
                .isEmpty();
    }
}
