package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countDates;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Stretches of days told otherwise than by two bare days: to the hour ("between 10 p.m. on Friday and 5 a.m. on Saturday",
 * {@code en.date.range_clock_weekdays}), by weeks or days counted from a weekday ("for one week starting Saturday",
 * {@code en.date.opening_to_closing_days_from_weekday}), and an "until" weekday that a stretch opened earlier in the sentence already
 * ends ("began a five-day strike on Tuesday …, cancelling trains until Saturday"): one date claim each, not a claim for
 * each day named.
 */
class StretchesToTheHourAndByWeeksTest {

    @Test
    void aStretchToTheHourIsTheDaysItCovers() {
        assertThat(dateClaims("Engineers shut the main bridge between 11 p.m. on Saturday and 6 a.m. on Sunday to replace "
                + "a joint.", Language.EN, "2026-03-16")).containsExactly("2026-03-14..2026-03-15");
        assertThat(dateClaims("The metro line will be closed from 9 p.m. Friday to 5 a.m. Monday for signal work.",
                Language.EN, "2026-03-18")).containsExactly("2026-03-20..2026-03-23");
    }

    @Test
    void aTimeOfDayEndsNoSentenceBeforeALowerCaseWord() {
        // "p.m." followed by "on": the sentence goes on, and the speaker's statement holds the whole stretch
        assertThat(dateClaims("Border guards said they turned back 40 trucks that arrived between 8 p.m. on Monday and "
                + "2 a.m. on Tuesday.", Language.EN, "2026-03-17")).doesNotContain("2026-03-16..2026-03-16",
                "2026-03-17..2026-03-17");
    }

    @Test
    void oneTimeAloneIsStillItsOwnDay() {
        assertThat(dateClaims("The shelling began at 4 a.m. on Thursday in the eastern suburbs.", Language.EN, "2026-03-21"))
                .containsExactly("2026-03-19..2026-03-19");
    }

    @Test
    void weeksOrDaysCountedFromAWeekday() {
        assertThat(dateClaims("The regional council imposed a ban on public gatherings for two weeks starting Monday.",
                Language.EN, "2026-05-13")).containsExactly("2026-05-11..2026-05-24");
        assertThat(dateClaims("The museum will be closed for ten days from Wednesday while the roof is repaired.",
                Language.EN, "2026-05-18")).containsExactly("2026-05-20..2026-05-29");
    }

    @Test
    void aStretchRunningPastPublicationDoesNotDateTheEarlierToll() {
        // the curfew is the later event's stretch; the riots' dead keep no day of it
        String text = "The governor ordered a night curfew for one week starting Friday after three days of riots in "
                + "which four people were killed.";
        assertThat(dateClaims(text, Language.EN, "2026-09-11")).containsExactly("2026-09-11..2026-09-17");
        assertThat(countDates(text, Language.EN, "2026-09-11")).containsExactly("none");
    }

    @Test
    void aWeekWithNoDayIsNoStretch() {
        assertThat(dateClaims("The curfew will stay in place for one week, officials said.", Language.EN, "2026-09-11"))
                .isEmpty();
    }

    @Test
    void anUntilWeekdayWithinAStretchEndsIt() {
        assertThat(dateClaims("Dock workers began a four-day walkout on Monday over wages, halting container traffic until "
                + "Thursday.", Language.EN, "2026-10-05")).containsExactly("2026-10-05..2026-10-08");
    }

    @Test
    void anUntilWeekdayWithNoStretchBeforeItIsLeftAsItWas() {
        // no stretch that the weekday could end: read as before, the weekday on or before publication
        assertThat(dateClaims("The port stayed shut until Saturday, the harbour master said.", Language.EN, "2026-10-05"))
                .doesNotContain("2026-10-05..2026-10-10");
    }
}
