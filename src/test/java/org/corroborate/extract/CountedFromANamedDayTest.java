package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Days counted from another day the sentence names. «قبل أسبوعين من اليوم العالمي للاجئين» counts from the observance, not
 * from today: no day two weeks before publication (dev38-ar-018); «من اليوم» alone is still today. Sentences of our own,
 * published on Thursday 4 June 2026.
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
}
