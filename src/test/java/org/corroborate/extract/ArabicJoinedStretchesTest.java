package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.dateClaimsWithGrain;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Arabic stretches told in two pieces that are one span (round dates-b15a, from a held-out review; sentences of our own): the
 * dual «شهري» over two named months, two days of a month told by its frame or by «ذاته/نفسه», and a start and its close told
 * by a pair of opening and closing verbs.
 */
class ArabicJoinedStretchesTest {

    @Test
    void theDualOfMonthsIsOneStretchOfBothMonths() {
        assertThat(dateClaimsWithGrain("ونفذت البلدية حملة لإزالة الأكشاك المخالفة خلال شهري مارس وأبريل.", Language.AR, "2026-05-20"))
                .containsExactly("2026-03-01..2026-04-30 month");
        assertThat(dateClaimsWithGrain("وأغلقت الحكومة المدارس في شهرَي آذار ونيسان بسبب موجة الإنفلونزا.", Language.AR, "2026-05-20"))
                .containsExactly("2026-03-01..2026-04-30 month");
        // the dual of the direction agrees with the dual of the months; across a year's turn, December is the year before
        assertThat(dateClaims("وعلّقت الشركة رحلاتها إلى المدينة في شهري ديسمبر ويناير الماضيين.", Language.AR, "2026-02-10"))
                .containsExactly("2025-12-01..2026-01-31");
        // a count of the stretch takes the whole of it, not the second month alone
        assertThat(countsWithDays("وقتل 30 مدنيا في المعارك خلال شهري مارس وأبريل.", Language.AR, "2026-05-20"))
                .containsExactly("killed 30@2026-03-01..2026-04-30");
    }

    @Test
    void twoDaysOfAMonthToldByItsFrameAreOneStretch() {
        assertThat(dateClaims("وتجري الانتخابات البلدية بين العاشر والثاني عشر من الشهر المقبل.", Language.AR, "2026-05-20"))
                .containsExactly("2026-06-10..2026-06-12");
        assertThat(countsWithDays("واعتقلت قوات الأمن 14 شخصا بين العاشر والثاني عشر من الشهر الماضي.", Language.AR, "2026-05-20"))
                .containsExactly("arrested 14@2026-04-10..2026-04-12");
    }

    @Test
    void twoDaysOfTheSameMonthAreOfTheMonthNamedLast() {
        assertThat(dateClaims("وأقيمت الجولة الأولى من الانتخابات في آذار، وجرت جولة الإعادة بين العاشر والثاني عشر من الشهر نفسه.",
                Language.AR, "2026-05-20"))
                .containsExactly("2026-03-01..2026-03-31", "2026-03-10..2026-03-12");
        assertThat(countsWithDays("وشهدت البلاد في حزيران الماضي موجة احتجاجات، واعتقلت الشرطة 14 شخصا بين العاشر والثاني عشر من الشهر ذاته.",
                Language.AR, "2026-05-20"))
                .containsExactly("arrested 14@2025-06-10..2025-06-12");
    }

    @Test
    void anOpeningAndItsCloseAreOneStretch() {
        assertThat(dateClaims("يُفتح باب التسجيل في الجامعات الحكومية في العاشر من آب ويُغلق في الخامس من أيلول.", Language.AR, "2026-05-20"))
                .containsExactly("2026-08-10..2026-09-05");
        assertThat(dateClaims("وأعلنت الهيئة أن باب الترشح يفتح في الأول من تموز ويغلق في 15 منه.", Language.AR, "2026-05-20"))
                .containsExactly("2026-07-01..2026-07-15");
        // a closing verb with its object joined («وأغلقته») is not read as a close: two days, as before
        assertThat(dateClaims("وفتحت السلطات المعبر في 10 آب وأغلقته في 5 أيلول.", Language.AR, "2026-05-20"))
                .containsExactly("2025-08-10..2025-08-10", "2025-09-05..2025-09-05");
    }
}
