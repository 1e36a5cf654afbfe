package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Days told as a habit in Arabic are no dated event: one or two weekdays after أيام («أيام الجمعة»: every Friday; two given
 * days take the dual يومي), weekends in the plural («عطلات نهاية الأسبوع»), and a day with عادة after it. Three weekdays
 * after أيام, the dual يومي and a weekend in the singular stay days of one event. Sentences of our own, published on
 * Wednesday 20 May 2026.
 */
class HabitualDaysAreNoDatesTest {
    private static final String WED = "2026-05-20";

    @Test
    void weekdaysAfterAyyamAreAHabit() {
        assertThat(dateClaims("وتغلق المحال التجارية في البلدة القديمة أبوابها أيام الجمعة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ويزدحم سوق الخضار بالمتسوقين أيام الخميس والجمعة.", Language.AR, WED)).isEmpty();
    }

    @Test
    void threeWeekdaysAfterAyyamAndTheDualStayDays() {
        assertThat(dateClaims("وتقام فعاليات المهرجان أيام الخميس والجمعة والسبت المقبلة في ساحة المدينة.", Language.AR, WED))
                .containsExactly("2026-05-21..2026-05-21", "2026-05-22..2026-05-22", "2026-05-23..2026-05-23");
        assertThat(dateClaims("وأغلقت السلطات المعبر يومي الخميس والجمعة الماضيين.", Language.AR, WED)).isNotEmpty();
    }

    @Test
    void pluralWeekendsAndUsualDaysAreAHabit() {
        assertThat(dateClaims("ويتوافد الأهالي على المخيمات الصحراوية في عطلات نهاية الأسبوع.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ويكتظ الكورنيش بالعائلات خلال عطلة نهاية الأسبوع عادة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وتقام السوق الأسبوعية يوم الجمعة عادةً قرب الجامع الكبير.", Language.AR, WED)).isEmpty();
    }

    @Test
    void aSingleWeekendOfAnEventStaysADate() {
        assertThat(dateClaims("واندلعت اشتباكات عنيفة بين الفصيلين خلال عطلة نهاية الأسبوع.", Language.AR, WED)).isNotEmpty();
        // عطل before a day is a breakdown, not weekends
        assertThat(dateClaims("وتوقفت حركة القطارات في العاصمة بسبب عطل يوم الأحد.", Language.AR, WED))
                .containsExactly("2026-05-17..2026-05-17");
    }
}
