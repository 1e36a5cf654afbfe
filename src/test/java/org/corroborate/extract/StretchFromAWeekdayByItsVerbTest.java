package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A stretch told by its length, then the weekday it starts from (sentences of our own): the whole stretch, its weekday
 * read as the verb before the length points it. A decision or a declaration («أعلنت الحكومة تعطيل الدراسة لمدة أسبوعين
 * اعتبارا من الأحد», "declared three days of mourning from Wednesday") and a present verb of the stretch itself («ويستمر
 * المعرض عشرة أيام بدءا من الخميس») read it ahead, the markers before the date reading the length and the word of the start
 * too (length_first); a past verb of the stretch («استمر الإضراب ثلاثة أيام بدءا من الأحد») keeps it past.
 */
class StretchFromAWeekdayByItsVerbTest {
    /** Thursday 16 April 2026. */
    private static final String THU = "2026-04-16";
    /** Friday 17 April 2026. */
    private static final String FRI = "2026-04-17";

    @Test
    void englishMourningDeclaredFromAWeekdayRunsItsDays() {
        assertThat(scheduled("Authorities declared three days of national mourning from Wednesday for the victims.",
                Language.EN, THU)).containsExactly("2026-04-22..2026-04-24");
        // a length after a bare "from" in a past sentence: the days just gone
        assertThat(dateClaims("The union held three days of protests from Monday in the capital.", Language.EN, THU))
                .containsExactly("2026-04-13..2026-04-15");
        // a weekday that opens a stretch to another day is that stretch, not a length from it
        assertThat(dateClaims("Three days of talks from Monday to Wednesday ended without a deal.", Language.EN, THU))
                .containsExactly("2026-04-13..2026-04-15");
    }

    @Test
    void arabicDecisionFromAWeekdayIsTheComingOne() {
        assertThat(scheduled("أعلنت الحكومة تعطيل الدراسة في المدارس والجامعات لمدة أسبوعين اعتبارا من الأحد.", Language.AR, FRI))
                .containsExactly("2026-04-19..2026-05-02");
    }

    @Test
    void arabicPresentStretchFromAWeekdayIsTheComingOne() {
        assertThat(scheduled("ويستمر معرض الكتاب عشرة أيام بدءا من الخميس في مركز المعارض.", Language.AR, FRI))
                .containsExactly("2026-04-23..2026-05-02");
    }

    @Test
    void arabicPastStretchFromAWeekdayStaysPast() {
        assertThat(dateClaims("واستمر إضراب المعلمين ثلاثة أيام بدءا من الأحد في مختلف المحافظات.", Language.AR, FRI))
                .containsExactly("2026-04-12..2026-04-14");
        assertThat(scheduled("واستمر إضراب المعلمين ثلاثة أيام بدءا من الأحد في مختلف المحافظات.", Language.AR, FRI)).isEmpty();
    }
}
