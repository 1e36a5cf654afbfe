package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A stretch told by its length and the day it starts ("a three-day strike starting on October 5") is the whole stretch,
 * as "began a two-day strike on Wednesday" is (the pack's {@code en.date.stretch_starting}): one date claim for its days,
 * not a claim for its first day alone.
 */
class StretchStartingOnADayTest {

    @Test
    void aStretchByItsLengthRunsFromItsFirstDay() {
        assertThat(dateClaims("Nurses will stage a three-day strike starting on October 5, their union said on Sunday.",
                Language.EN, "2026-09-20")).containsExactly("2026-10-05..2026-10-07");
        assertThat(dateClaims("Dock workers plan a two-day walkout beginning Oct. 12 over unpaid overtime.",
                Language.EN, "2026-09-20")).containsExactly("2026-10-12..2026-10-13");
    }

    @Test
    void theDayAloneWhenNoLengthIsTold() {
        // a strike with no length, or a length in another clause, keeps its first day
        assertThat(dateClaims("Nurses will stage a strike starting on October 5, their union said on Sunday.",
                Language.EN, "2026-09-20")).containsExactly("2026-10-05..2026-10-05");
        assertThat(dateClaims("Nurses voted for a three-day strike, and the first walkout starts on October 5.",
                Language.EN, "2026-09-20")).containsExactly("2026-10-05..2026-10-05");
    }
}
