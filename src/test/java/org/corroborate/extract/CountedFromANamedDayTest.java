package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Days counted from another day the sentence names. «قبل أسبوعين من اليوم العالمي للاجئين» counts from the observance, not
 * from today: no day two weeks before publication (dev38-ar-018); «من اليوم» alone is still today. «حتى 21 منه» after a
 * start day is the 21st of that month, which closes the stretch (dev38-ar-003). Sentences of our own, published on
 * Thursday 4 June 2026.
 */
class CountedFromANamedDayTest {
    private static final String THU = "2026-06-04";

    @Test
    void weeksBeforeANamedDayAreNotCountedFromToday() {
        assertThat(dateClaims("ويأتي إطلاق الحملة قبل أسبوعين من اليوم العالمي للاجئين.", Language.AR, THU)).isEmpty();
        assertThat(dateClaims("وعقدت اللجنة اجتماعها الأول قبل ثلاثة أيام من اليوم الوطني.", Language.AR, THU)).isEmpty();
        // today itself, or a day with no name after «من», is still counted from publication
        assertThat(dateClaims("وكانت الجولة الأولى من المحادثات قد عقدت في عمّان قبل ثلاثة أسابيع.", Language.AR, THU))
                .containsExactly("2026-05-14..2026-05-14");
    }

    @Test
    void anEndDayOfTheSameMonthClosesTheStretch() {
        assertThat(dateClaims("ومن المقرر أن تنطلق حملة التطعيم في 15 حزيران/يونيو الجاري وتستمر حتى 21 منه.",
                Language.AR, THU)).containsExactly("2026-06-15..2026-06-21");
        // an article of a law is no day
        assertThat(dateClaims("واستندت المحكمة إلى المادة 26 منه.", Language.AR, THU)).isEmpty();
    }
}
