package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A day and month without a year right after a start word ("from", "اعتباراً من": the packs' {@code start_words}) is the
 * nearer of its two readings: a start ahead is a schedule, not the same day almost a year back.
 */
class StartDatesTest {

    @Test
    void aStartFromADayAheadIsScheduled() {
        assertThat(scheduled("The new parking charges apply from 4 March in the city centre.", Language.EN, "2026-01-12"))
                .containsExactly("2026-03-04..2026-03-04");
        assertThat(scheduled("وتسري الرسوم الجديدة على المواقف اعتباراً من 4 آذار/مارس في وسط المدينة.", Language.AR, "2026-01-12"))
                .containsExactly("2026-03-04..2026-03-04");
    }

    @Test
    void aStartFromADayJustPastStaysPast() {
        assertThat(scheduled("Police closed the checkpoint to trucks from 4 January.", Language.EN, "2026-01-12")).isEmpty();
        assertThat(dateClaims("Police closed the checkpoint to trucks from 4 January.", Language.EN, "2026-01-12"))
                .containsExactly("2026-01-04..2026-01-04");
        assertThat(scheduled("وأغلقت السلطات المعبر أمام الشاحنات ابتداءً من 4 كانون الثاني.", Language.AR, "2026-01-12")).isEmpty();
        assertThat(dateClaims("وأغلقت السلطات المعبر أمام الشاحنات ابتداءً من 4 كانون الثاني.", Language.AR, "2026-01-12"))
                .containsExactly("2026-01-04..2026-01-04");
    }

    /** A bare "from" tells where a thing comes from or when a state began, no start ahead: last March's day, as without it. */
    @Test
    void aBareFromIsNoStartAhead() {
        assertThat(dateClaims("Footage from 3 March shows soldiers firing on protesters.", Language.EN, "2026-01-10"))
                .containsExactly("2025-03-03..2025-03-03");
        assertThat(dateClaims("A letter from 3 March, seen by Reuters, warned of the risk.", Language.EN, "2026-01-10"))
                .containsExactly("2025-03-03..2025-03-03");
        assertThat(scheduled("He was held from 3 March and was freed in June.", Language.EN, "2026-01-10")).isEmpty();
        assertThat(scheduled("Starting 3 March, trains will run every hour.", Language.EN, "2026-01-10"))
                .containsExactly("2026-03-03..2026-03-03");
        // a "from" with the stretch's end after the day opens it, ahead
        assertThat(scheduled("The minister is off from 3 March till the 17th.", Language.EN, "2026-01-10"))
                .containsExactly("2026-03-03..2026-03-03");
    }

    /** A change by a share from a day starts then: "raises fares by 8 percent from 1 July", "بنسبة 5% اعتباراً من". */
    @Test
    void aChangeByAShareFromADayStartsThen() {
        assertThat(scheduled("The cabinet approved a decree raising bus fares by 8 percent from 1 July.", Language.EN,
                "2026-04-22")).containsExactly("2026-07-01..2026-07-01");
        assertThat(scheduled("Electricity prices will fall 5% from 1 June, the regulator said.", Language.EN, "2026-04-22"))
                .containsExactly("2026-06-01..2026-06-01");
        assertThat(scheduled("Police closed the checkpoint to trucks from 4 March.", Language.EN, "2026-04-22")).isEmpty();
    }

    /** A word after the day that puts it back keeps it back, start word or not. */
    @Test
    void aStartLastMarchIsNoStartAhead() {
        assertThat(scheduled("وكان قد اعتقل اعتباراً من 3 آذار الماضي.", Language.AR, "2026-01-10")).isEmpty();
        assertThat(dateClaims("وكان قد اعتقل اعتباراً من 3 آذار الماضي.", Language.AR, "2026-01-10"))
                .containsExactly("2025-03-03..2025-03-03");
    }
}
