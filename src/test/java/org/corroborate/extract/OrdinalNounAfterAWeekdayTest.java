package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A weekday followed by an ordinal that numbers a noun (held-out kind 3 of round dates-b15e), in sentences of our own published
 * on Tuesday 12 May 2026: "marked on Friday the 25th anniversary of its founding" is the Friday and a 25th anniversary, no
 * "Friday the 25th" (`ordinal_nouns`).
 */
class OrdinalNounAfterAWeekdayTest {
    private static final String TUE = "2026-05-12";

    @Test
    void anOrdinalOfANounLeavesTheWeekdayAlone() {
        assertThat(dateClaims("The hospital marked on Friday the 25th anniversary of its opening with a ceremony for staff.",
                Language.EN, TUE)).containsExactly("2026-05-08..2026-05-08");
        assertThat(dateClaims("The ruling party opened on Saturday the 12th session of its national congress in the capital.",
                Language.EN, TUE)).containsExactly("2026-05-09..2026-05-09");
        assertThat(dateClaims("Fans gathered outside the stadium on Sunday the 50th birthday of the club's founder.",
                Language.EN, TUE)).containsExactly("2026-05-10..2026-05-10");
    }

    @Test
    void aWeekdayAndItsDayOfTheMonthStayADay() {
        // no noun after the ordinal: the weekday and its day, as before
        assertThat(dateClaims("The council voted on Friday the 8th to close the old bridge.", Language.EN, TUE))
                .containsExactly("2026-05-08..2026-05-08");
    }
}
