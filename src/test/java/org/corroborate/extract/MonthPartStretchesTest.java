package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Stretches the d13 rounds left, each on sentences of our own: a stretch from a part of one month to a part of another
 * is one range; «وتنتهي في 24 منه» ends a stretch in the month just named (dev19-ar-006); a weekday that opens an event
 * whose duration comes later in its clause is the whole stretch (dev19-ar-023).
 */
class MonthPartStretchesTest {

    @Test
    void aStretchFromAPartOfAMonthToAPartOfAnotherIsOneRange() {
        assertThat(dateClaims("The drought lasted from late January to early March, farmers' unions said.", Language.EN, "2026-03-20"))
                .containsExactly("2026-01-21..2026-03-10");
        assertThat(dateClaims("واستمر الجفاف من أواخر كانون الثاني حتى مطلع آذار بحسب نقابة المزارعين.", Language.AR, "2026-03-20"))
                .containsExactly("2026-01-21..2026-03-10");
        // two parts not joined as a stretch stay two dates
        assertThat(dateClaims("The river flooded in late January and again in early March.", Language.EN, "2026-03-20"))
                .containsExactly("2026-01-21..2026-01-31", "2026-03-01..2026-03-10");
    }

    @Test
    void aStretchThatEndsOnADayOfTheMonthJustNamedIsOneRange() {
        assertThat(dateClaims("وأعلنت الهيئة أن حملة التلقيح ستجري على مرحلتين تبدأ في 5 أيار وتنتهي في 20 منه.", Language.AR, "2026-04-10"))
                .containsExactly("2026-05-05..2026-05-20");
    }

    @Test
    void aWeekdayThatOpensAnEventOfSomeDaysLaterInItsClauseIsTheWholeStretch() {
        // published on Wednesday 19 August 2026
        assertThat(dateClaims("يبدأ وزير الخارجية يوم الأحد المقبل جولة إقليمية تستمر أربعة أيام.", Language.AR, "2026-08-19"))
                .containsExactly("2026-08-23..2026-08-26");
        // a comma ends the clause: the duration is no longer the day's
        assertThat(dateClaims("يبدأ وزير الخارجية يوم الأحد المقبل جولة إقليمية، وقال مسؤول إن المحادثات قد تستمر أربعة أيام.", Language.AR, "2026-08-19"))
                .containsExactly("2026-08-23..2026-08-23");
    }
}
