package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.EXTRACTOR;
import static org.corroborate.extract.DateClaimsTest.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A day and month without a year right after a start word ("from", "اعتباراً من": the packs' {@code start_words}) is the
 * nearer of its two readings: a start ahead is a schedule, not the same day almost a year back.
 */
class StartDatesTest {

    /** The scheduled date claims, as start..end. */
    private static List<String> scheduled(String text, Language language, String published) {
        return EXTRACTOR.extract(text, language, LocalDate.parse(published)).stream()
                .filter(DateClaim.class::isInstance).map(DateClaim.class::cast).filter(DateClaim::scheduled)
                .map(d -> d.date().start() + ".." + d.date().end()).toList();
    }

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
}
