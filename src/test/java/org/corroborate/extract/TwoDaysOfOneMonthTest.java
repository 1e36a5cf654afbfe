package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Two days of one month that no month name gives (held-out kind 2 of round dates-b15e), in sentences of our own published on
 * Tuesday 12 May 2026: "between the 10th and 12th of last month" is the stretch in the month counted from publication
 * (en.date.range_days_of_relative_month); "… of the same month" the stretch in the month the text named last
 * (en.date.range_days_of_same_month, anchored as ar.date.day_of_same_month).
 */
class TwoDaysOfOneMonthTest {
    private static final String TUE = "2026-05-12";

    @Test
    void twoDaysOfAMonthCountedFromPublication() {
        assertThat(dateClaims("Farmers blocked the main highway between the 3rd and 5th of last month.", Language.EN, TUE))
                .containsExactly("2026-04-03..2026-04-05");
        assertThat(dateClaims("The regional summit will be held between the 20th and 22nd of next month in Accra.",
                Language.EN, TUE)).containsExactly("2026-06-20..2026-06-22");
    }

    @Test
    void twoDaysOfTheMonthNamedBefore() {
        assertThat(dateClaims("The first round of talks took place in Oslo on February 3, and a second round was held between "
                + "the 17th and 19th of the same month.", Language.EN, TUE))
                .containsExactlyInAnyOrder("2026-02-03..2026-02-03", "2026-02-17..2026-02-19");
    }

    @Test
    void anEndBeforeItsStartIsNoStretch() {
        assertThat(dateClaims("Farmers blocked the main highway between the 5th and 3rd of last month.", Language.EN, TUE))
                .doesNotContain("2026-04-03..2026-04-05", "2026-04-05..2026-04-03");
    }
}
