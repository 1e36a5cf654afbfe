package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A start named as a date ("confirming a start date of April 20", the pack's {@code start_words}: read to its nearest
 * occurrence, here ahead), a school's or a parliament's break named by a feast ("the Easter holidays", "the Christmas
 * recess", {@code name_after}: no day of the feast), and a quotation closed by its own full stop before the next sentence's
 * date (the date is no day of that undated statement).
 */
class StartDatesHolidayBreaksAndClosedQuotationsTest {

    @Test
    void aStartDateIsReadAhead() {
        assertThat(scheduled("The league confirmed on Monday a start date of April 20 for the new season.", Language.EN,
                "2026-02-16")).containsExactly("2026-04-20..2026-04-20");
    }

    @Test
    void aBreakNamedByAFeastIsNoDayOfTheFeast() {
        assertThat(dateClaims("Universities will close for the Christmas holidays from Dec. 19 to Jan. 4.", Language.EN,
                "2026-11-20")).containsExactly("2026-12-19..2027-01-04");
        assertThat(dateClaims("Lawmakers left for the Easter recess without a vote.", Language.EN, "2026-03-20")).isEmpty();
    }

    @Test
    void theFeastItselfIsStillADay() {
        assertThat(dateClaims("Thousands of pilgrims gathered in the old city on Easter Sunday.", Language.EN, "2026-04-07"))
                .containsExactly("2026-04-05..2026-04-05");
    }

    @Test
    void aQuotationClosedByItsFullStopLeavesTheNextSentencesDay() {
        assertThat(dateClaims("The coach called the defeat \"a lesson for all of us.\" The return leg was played on Oct. 4.",
                Language.EN, "2026-10-20")).containsExactly("2026-10-04..2026-10-04");
    }

    @Test
    void aDayRightAfterAnOpenQuotationStaysItsStatements() {
        // no full stop inside the marks: the day is the statement's, no date claim
        assertThat(dateClaims("\"We will appeal,\" the coach said on Tuesday.", Language.EN, "2026-10-20")).isEmpty();
    }
}
