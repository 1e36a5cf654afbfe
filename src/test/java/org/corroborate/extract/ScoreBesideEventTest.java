package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A score or the weather vetoes the dates of its clause (dev rule 3), but not the day of another event that "after",
 * "عقب" (the packs' {@code no_event_bounds}) sets off from it.
 */
class ScoreBesideEventTest {

    @Test
    void aDayBeforeAfterAndAScoreIsTheOtherEvents() {
        // published on Monday 11 May 2026: Saturday is the 9th
        assertThat(dateClaims("Supporters set fire to cars in Rotterdam on Saturday after Feyenoord lost 3-1 to Twente.",
                Language.EN, "2026-05-11")).containsExactly("2026-05-09..2026-05-09");
        assertThat(dateClaims("وأحرق مشجعون سيارات في الدار البيضاء يوم السبت عقب خسارة فريقهم بثلاثة أهداف مقابل هدف.",
                Language.AR, "2026-05-11")).containsExactly("2026-05-09..2026-05-09");
    }

    @Test
    void theMatchDayStaysNoDatedEvent() {
        assertThat(dateClaims("Feyenoord lost 3-1 to Twente in Rotterdam on Saturday.", Language.EN, "2026-05-11")).isEmpty();
        assertThat(dateClaims("Feyenoord beat Twente 3-1 on Saturday as fans celebrated in the streets.", Language.EN, "2026-05-11"))
                .isEmpty();
        // a day that opens the sentence, set off by a comma, is the day of the clause after it
        assertThat(dateClaims("On Saturday, Feyenoord beat Twente 3-1 in Rotterdam.", Language.EN, "2026-05-11")).isEmpty();
        assertThat(dateClaims("On Saturday, supporters set fire to cars after Feyenoord lost 3-1 to Twente.", Language.EN, "2026-05-11"))
                .containsExactly("2026-05-09..2026-05-09");
    }
}
