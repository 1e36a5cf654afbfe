package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Arabic date readings of the dates-ar40 round, in sentences of our own published on Wednesday 11 March 2026: an opening
 * weekday with «وتستمر N أيام» later in its clause is the whole stretch; a figure told by a statistic's verbal noun
 * (تسجيل، ارتفاع، تراجع …) makes its month the figure's period, no dated event; a day with «المقبل» after a past relative
 * clause is still read ahead.
 */
class WeekdayStretchesAndFiguresTest {
    private static final String WED = "2026-03-11";

    @Test
    void anOpeningWeekdayWithAJoinedLengthIsTheWholeStretch() {
        assertThat(dateClaims("تنطلق الأحد المقبل فعاليات معرض الكتاب الدولي في العاصمة وتستمر عشرة أيام بمشاركة دور نشر عربية.",
                Language.AR, WED)).containsExactly("2026-03-15..2026-03-24");
        assertThat(dateClaims("بدأت الخميس الماضي دورة تدريبية لمعلمي المدارس الريفية، وتستمر ثلاثة أيام.",
                Language.AR, WED)).containsExactly("2026-03-05..2026-03-07");
        assertThat(dateClaims("افتتح الوزير السبت الماضي مؤتمراً للمزارعين ويستمر لمدة ثلاثة أيام.", Language.AR, WED))
                .containsExactly("2026-03-07..2026-03-09");
    }

    @Test
    void aLengthPastANumberOrAnotherClauseLeavesTheDay() {
        // a figure between: the stretch may be another thing's (dev6-ar-061 reads the day alone)
        assertThat(dateClaims("تستضيف العاصمة يوم الثلاثاء المقبل مؤتمر 2026 للاستثمار، ويستمر ثلاثة أيام.", Language.AR, WED))
                .containsExactly("2026-03-17..2026-03-17");
        // another verb after the comma: the length is told, not the event's own
        assertThat(dateClaims("يزور الرئيس بغداد السبت المقبل، وقال مكتبه إن الزيارة تستمر ثلاثة أيام.", Language.AR, WED))
                .containsExactly("2026-03-14..2026-03-14");
    }

    @Test
    void aFigureByAStatisticsVerbalNounMakesTheMonthItsPeriod() {
        assertThat(dateClaims("وتوقعت الحكومة تراجع التضخم إلى 4 بالمئة، بعد ارتفاع أسعار الغذاء بنحو 12 في شباط الماضي.",
                Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وأعلنت الهيئة تسجيل 230 ألف مسافر عبر المطار خلال كانون الثاني الماضي.", Language.AR, WED)).isEmpty();
        // no figure after the noun: the month of what was done stays a dated event
        assertThat(dateClaims("وأعلنت الهيئة تسجيل الناخبين الجدد في كانون الثاني الماضي ضمن حملة وطنية.", Language.AR, WED))
                .containsExactly("2026-01-01..2026-01-31");
    }

    @Test
    void aDayAheadAfterAPastRelativeClauseIsReadAhead() {
        assertThat(dateClaims("وانتهت جولة المفاوضات التي عُقدت أمس في جنيف دون اتفاق، على أن تُستأنف الجلسات الأحد المقبل.",
                Language.AR, WED)).contains("2026-03-15..2026-03-15").doesNotContain("2026-03-08..2026-03-08");
        assertThat(dateClaims("واتفق الوزراء خلال الاجتماع الذي عقد أمس على استئناف الجلسات الأحد المقبل.", Language.AR, WED))
                .contains("2026-03-15..2026-03-15").doesNotContain("2026-03-08..2026-03-08");
    }
}
