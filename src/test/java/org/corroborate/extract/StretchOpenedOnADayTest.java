package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A day told as the opening of a stretch of a given length is the whole stretch, still running at publication or not: "on
 * Tuesday at the start of a four-day strike", "on Tuesday, the first day of a week-long sit-in" (en.date.day_opening_stretch),
 * "a curfew from tonight for a week" (en.date.from_day_for_days), «اعتباراً من مساء اليوم ولمدة أسبوع»
 * (ar.date.start_then_days), as "began a four-day strike on Tuesday" already was.
 */
class StretchOpenedOnADayTest {

    @Test
    void aDayAtTheStartOfAStretchIsTheStretch() {
        assertThat(dateClaims("Dock workers downed tools on Tuesday at the start of a four-day strike over pay.",
                Language.EN, "2026-05-21")).containsExactly("2026-05-19..2026-05-22");
        assertThat(dateClaims("Teachers stayed away from classes on Tuesday, the first day of a week-long sit-in.",
                Language.EN, "2026-05-21")).containsExactly("2026-05-19..2026-05-25");
        assertThat(dateClaims("Taxi drivers walked out on Tuesday for a two-day strike.",
                Language.EN, "2026-05-21")).containsExactly("2026-05-19..2026-05-20");
    }

    @Test
    void aDayWithNoStretchOrAnArrivalStaysTheDay() {
        assertThat(dateClaims("Taxi drivers walked out on Tuesday for a strike over fuel prices.",
                Language.EN, "2026-05-21")).containsExactly("2026-05-19..2026-05-19");
        assertThat(dateClaims("The prime minister arrived in Rome on Tuesday for a three-day summit.",
                Language.EN, "2026-05-21")).doesNotContain("2026-05-19..2026-05-21");
    }

    @Test
    void aMeasureFromADayForALengthIsTheStretch() {
        assertThat(dateClaims("Authorities imposed a curfew on the port city from tonight for a week.",
                Language.EN, "2026-05-21")).containsExactly("2026-05-21..2026-05-27");
        assertThat(dateClaims("وقررت السلطات إغلاق المعبر الحدودي اعتباراً من مساء اليوم ولمدة أسبوع.",
                Language.AR, "2026-05-21")).containsExactly("2026-05-21..2026-05-27");
        assertThat(dateClaims("وقررت السلطات إغلاق المعبر الحدودي اعتباراً من يوم السبت ولمدة ثلاثة أيام.",
                Language.AR, "2026-05-21")).containsExactly("2026-05-23..2026-05-25");
    }
}
