package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Periods that are no dated event (kinds of the held-out adjudications: a season in background, the period of a tally of
 * cases): a season counted from today, and the week of a recorded tally, in both languages. Sentences of our own, published on
 * Wednesday 11 February 2026.
 */
class VagueAndTallyPeriodsTest {
    private static final String WED = "2026-02-11";

    @Test
    void aSeasonCountedFromTodayIsNoDate() {
        assertThat(dateClaims("Maria, who lost her husband last winter, now runs the bakery alone.", Language.EN, WED)).isEmpty();
        assertThat(dateClaims("The reservoir ran dry last summer for the first time in decades.", Language.EN, WED)).isEmpty();
        assertThat(dateClaims("وكانت المدينة قد شهدت فيضانات غير مسبوقة الشتاء الماضي.", Language.AR, WED)).isEmpty();
    }

    @Test
    void aSeasonWithItsYearIsOne() {
        assertThat(dateClaims("The river burst its banks in the summer of 2021.", Language.EN, WED)).containsExactly("2021-06-01..2021-08-31");
        assertThat(dateClaims("وكانت المدينة قد شهدت فيضانات مماثلة صيف 2021.", Language.AR, WED)).containsExactly("2021-06-01..2021-08-31");
    }

    @Test
    void theWeekOrMonthOfARecordedTallyIsNoEvent() {
        assertThat(dateClaims("سجلت السلطات الصحية 350 إصابة جديدة بالكوليرا خلال الأسبوع الماضي.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("رصدت المنظمة 18 انتهاكاً بحق الصحفيين في كانون الثاني الماضي.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("Health officials recorded 412 new cholera cases last week.", Language.EN, WED)).isEmpty();
        // the verbal noun after an announcing verb records the tally too
        assertThat(dateClaims("أعلنت وزارة الصحة تسجيل 45 إصابة جديدة بالحصبة خلال الأسبوع الماضي.", Language.AR, WED)).isEmpty();
    }

    @Test
    void aWeekOfPeopleWhoActedStaysTheirs() {
        assertThat(dateClaims("عبر أكثر من ألفي لاجئ الحدود خلال الأسبوع الماضي.", Language.AR, WED)).containsExactly("2026-02-02..2026-02-08");
        assertThat(dateClaims("Thousands of migrants crossed the border last week.", Language.EN, WED)).containsExactly("2026-02-02..2026-02-08");
    }
}
