package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The general kinds of date errors found in two sets written as an ordinary wire day (dev26, dev27) and in blind8's
 * adjudication, in sentences of our own: a day counted from a scheduled day of its own sentence, a contest ahead, a
 * past perfect after a future word, a birth told with its place, a fixture told in the Arabic imperfect, the weekend
 * before a past report, a start month nearer ahead than back, a feast an event comes on the eve of, the day data or a
 * report came out, the month of an output level, a pair of days from publication on, and an event a since
 * span names by its day. Published on Wednesday 4 March 2026 unless said.
 */
class WireDayDateKindsTest {
    private static final String WED = "2026-03-04";

    @Test
    void aDayCountedFromAScheduledDayOfItsSentenceIsThatDaysNeighbour() {
        assertThat(dateClaims("The opposition will hold a rally in the capital on March 14, and the ruling party will stage its own "
                + "march the following day.", Language.EN, WED)).containsExactly("2026-03-14..2026-03-14", "2026-03-15..2026-03-15");
        assertThat(dateClaims("Lebanon play Jordan in Amman on March 26, while Syria host Iraq on the same day.", Language.EN, WED))
                .containsExactly("2026-03-26..2026-03-26", "2026-03-26..2026-03-26");
        assertThat(dateClaims("Ministers meet in Brussels on March 30, and their deputies prepare the agenda a day earlier.",
                Language.EN, WED)).containsExactly("2026-03-30..2026-03-30", "2026-03-29..2026-03-29");
        assertThat(dateClaims("تعقد اللجنة اجتماعها الأول يوم 20 آذار، على أن تصدر توصياتها في اليوم التالي.", Language.AR, WED))
                .containsExactly("2026-03-20..2026-03-20", "2026-03-21..2026-03-21");
        assertThat(dateClaims("يلتقي الوحدات مع الفيصلي يوم 18 آذار في عمّان، فيما يواجه الرمثا الحسين إربد في اليوم نفسه.",
                Language.AR, WED)).containsExactly("2026-03-18..2026-03-18", "2026-03-18..2026-03-18");
        // the schedule of an earlier sentence fixes no day for a later one; a past day is still counted from
        assertThat(dateClaims("The vote is set for March 20. Opposition deputies walked out of the session the previous day.",
                Language.EN, WED)).containsExactly("2026-03-20..2026-03-20");
        assertThat(dateClaims("Protesters rallied outside parliament on Monday. Police cleared the square the following day.",
                Language.EN, WED)).containsExactly("2026-03-02..2026-03-02", "2026-03-03..2026-03-03");
    }

    @Test
    void aContestAheadIsAhead() {
        assertThat(dateClaims("Peru's presidential race is headed for a runoff on April 26.", Language.EN, WED))
                .containsExactly("2026-04-26..2026-04-26");
        assertThat(dateClaims("The ruling party faces its first real test in a regional election on April 19.", Language.EN, WED))
                .containsExactly("2026-04-19..2026-04-19");
        // a ship headed for a port, a past contest: read back
        assertThat(dateClaims("A cargo ship headed for Benghazi ran aground on April 19.", Language.EN, WED))
                .containsExactly("2025-04-19..2025-04-19");
        assertThat(dateClaims("The plant was shut on Dec. 11 after a leak.", Language.EN, WED)).containsExactly("2025-12-11..2025-12-11");
    }

    @Test
    void aPastPerfectAfterAFutureWordIsPast() {
        assertThat(dateClaims("The mayor said on Tuesday the city would sue the operator, whose permit had lapsed in September.",
                Language.EN, "2026-06-21")).containsExactly("2025-09-01..2025-09-30");
        assertThat(dateClaims("The mayor said on Tuesday the city would sue the operator in September.", Language.EN, "2026-06-21"))
                .containsExactly("2026-09-01..2026-09-30");
    }

    @Test
    void aBirthWithItsPlaceIsBackground() {
        assertThat(dateClaims("Mansour, who was born in the northern city of Mosul in 1968, was appointed on Sunday.", Language.EN,
                "2026-06-28")).containsExactly("2026-06-28..2026-06-28");
        assertThat(dateClaims("وتغلب منصور، الذي ولد في مدينة الموصل عام 1968، على منافسيه يوم الأحد.", Language.AR, "2026-06-28"))
                .containsExactly("2026-06-28..2026-06-28");
        // another event's day after the place
        assertThat(dateClaims("The baby was born in a hospital tent hours after the strike on Sunday.", Language.EN, "2026-06-28"))
                .containsExactly("2026-06-28..2026-06-28");
    }

    @Test
    void aFeastAnotherEventComesBeforeIsNoEvent() {
        assertThat(dateClaims("ازدحمت الأسواق في عمّان يوم الخميس عشية عيد الفطر.", Language.AR, "2026-03-19"))
                .containsExactly("2026-03-19..2026-03-19");
        assertThat(dateClaims("Shoppers crowded the markets on Saturday ahead of Christmas.", Language.EN, "2026-12-20"))
                .containsExactly("2026-12-19..2026-12-19");
        // a feast still dates a count of it
        assertThat(ExtractedClaims.countDates("وتوفي ثلاثة أشخاص غرقاً خلال عطلة عيد الأضحى.", Language.AR, "2026-06-10"))
                .containsExactly("2026-05-27..2026-05-27");
    }

    @Test
    void theDayDataOrAReportCameOutIsTheStatements() {
        assertThat(dateClaims("وأظهرت بيانات نشرها البنك المركزي يوم الأحد تراجع الاحتياطي الأجنبي.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وكانت الهيئة قد حذرت، في تقرير صدر في كانون الثاني/يناير، من نقص الأدوية.", Language.AR, WED)).isEmpty();
        // what the report tells keeps its day
        assertThat(dateClaims("وقصفت الطائرات المدينة يوم الأحد، بحسب تقرير نشرته منظمة العفو.", Language.AR, WED))
                .containsExactly("2026-03-01..2026-03-01");
    }

    @Test
    void theMonthOfAnOutputLevelIsItsPeriod() {
        assertThat(dateClaims("ويجتمع وزراء الطاقة يوم الأحد المقبل لتحديد مستويات الإنتاج لشهر نيسان/أبريل.", Language.AR, WED))
                .containsExactly("2026-03-08..2026-03-08");
    }

    @Test
    void aPairOfDaysFromPublicationOnIsAhead() {
        String thu = "2026-03-05";
        assertThat(dateClaims("قررت السلطات المحلية تعليق الدراسة في المدارس يومي الخميس والجمعة.", Language.AR, thu))
                .containsExactly("2026-03-05..2026-03-06");
        assertThat(dateClaims("The festival runs from Thursday to Sunday in the old town.", Language.EN, thu))
                .containsExactly("2026-03-05..2026-03-08");
        assertThat(dateClaims("شهدت المدينة احتجاجات يومي الاثنين والثلاثاء.", Language.AR, thu)).containsExactly("2026-03-02..2026-03-03");
    }

    @Test
    void anEventASinceSpanNamesByItsDayIsThatDay() {
        String sat = "2026-05-30";
        assertThat(dateClaims("The striker has not trained since Thursday's match against Lyon.", Language.EN, sat))
                .containsExactly("2026-05-28..2026-05-28");
        // a span bounding a state alone is no event (dev rule 21a)
        assertThat(dateClaims("The striker has not trained since Thursday.", Language.EN, sat)).isEmpty();
    }

    @Test
    void aFixtureToldInTheImperfectIsAhead() {
        assertThat(dateClaims("يحل الوداد ضيفاً على الرجاء مساء السبت في الدار البيضاء.", Language.AR, WED))
                .containsExactly("2026-03-07..2026-03-07");
        assertThat(dateClaims("حلّ الوداد ضيفاً على الرجاء مساء السبت في الدار البيضاء.", Language.AR, WED))
                .containsExactly("2026-02-28..2026-02-28");
    }

    @Test
    void theWeekendOfAPastReportIsTheOneBefore() {
        assertThat(dateClaims("أعلنت الشرطة ضبط ثلاث شحنات مخدرات خلال نهاية الأسبوع في ميناء طرابلس.", Language.AR, WED))
                .containsExactly("2026-02-28..2026-03-01");
        assertThat(dateClaims("ستقام المباراة خلال نهاية الأسبوع في الملعب الأولمبي.", Language.AR, WED))
                .containsExactly("2026-03-07..2026-03-08");
    }

    @Test
    void aStartMonthIsTheNearerOne() {
        assertThat(dateClaims("قررت الحكومة رفع أسعار الكهرباء اعتباراً من أبريل/نيسان.", Language.AR, WED))
                .containsExactly("2026-04-01..2026-04-30");
        assertThat(dateClaims("قررت الحكومة رفع أسعار الكهرباء اعتباراً من يناير/كانون الثاني.", Language.AR, WED))
                .containsExactly("2026-01-01..2026-01-31");
    }
}
