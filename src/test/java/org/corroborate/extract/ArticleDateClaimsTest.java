package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Dates met in whole articles that are no dated event of their own (K2, K17 of dev11). */
class ArticleDateClaimsTest {

    @Test
    void byADayIsNoEventOfThatDay() {
        assertThat(dateClaims("By Tuesday evening the water had receded from most streets of the old town.",
                Language.EN, "2025-04-10")).isEmpty();
        assertThat(dateClaims("وبحلول مساء الثلاثاء كانت المياه قد انحسرت عن معظم شوارع البلدة القديمة.",
                Language.AR, "2025-04-10")).isEmpty();
        assertThat(dateClaims("The bridge was damaged by Tuesday's storm.", Language.EN, "2025-04-10"))
                .containsExactly("2025-04-08..2025-04-08");
        assertThat(dateClaims("The bridge reopened on Tuesday.", Language.EN, "2025-04-10"))
                .containsExactly("2025-04-08..2025-04-08");
    }

    @Test
    void untilADayAfterAnEarlierDateEndsThatSpan() {
        assertThat(dateClaims("واندلعت الاشتباكات في الحي القديم مساء السبت واستمرت حتى فجر الأحد.", Language.AR, "2025-04-10"))
                .containsExactly("2025-04-05..2025-04-05");
    }

    @Test
    void aMarketDayNamingATownIsNoDate() {
        assertThat(dateClaims("وامتدت النيران إلى غابات بلدية سوق الخميس المجاورة.", Language.AR, "2025-04-10")).isEmpty();
        assertThat(dateClaims("وامتدت النيران إلى غابات البلدية المجاورة يوم الخميس.", Language.AR, "2025-04-10"))
                .containsExactly("2025-04-10..2025-04-10");
    }

    @Test
    void aWarningPointsItsWeekdayForward() {
        assertThat(dateClaims("وحذرت هيئة الأرصاد الجوية من عاصفة رملية تضرب المناطق الجنوبية ابتداء من يوم السبت.",
                Language.AR, "2025-04-10")).isEmpty();
    }

    @Test
    void aScheduleThatDidNotHappenIsNoDatedEvent() {
        assertThat(dateClaims("The referendum, which was due to have been held in October 2022, was called off after the floods.",
                Language.EN, "2025-04-10")).isEmpty();
        assertThat(dateClaims("The talks were originally scheduled for March 2023 but never took place.", Language.EN, "2025-04-10"))
                .isEmpty();
        assertThat(dateClaims("The referendum was held in October 2022.", Language.EN, "2025-04-10"))
                .containsExactly("2022-10-01..2022-10-31");
    }

    @Test
    void thePeriodOfAFigureToCompareWithIsNoDatedEvent() {
        assertThat(dateClaims("More than 3,200 tourists have visited the caves since the road reopened, compared with about 1,900 in the whole of last year.",
                Language.EN, "2025-06-10")).isEmpty();
    }
}
