package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The month or year of an Arabic trade figure named by its noun, its number after the date («تراجعت صادرات النفط في عام 2025
 * بنسبة 12 في المئة», «بلغت قيمة الصادرات في شباط 3 مليارات دولار»), is the period of a statistic, as inflation's is (the pack's
 * statistic_words), no dated event; an act on the same nouns keeps its month. Sentences of our own, published on Wednesday 20
 * May 2026.
 */
class TradeFigurePeriodsTest {
    private static final String WED = "2026-05-20";

    @Test
    void theMonthOrYearOfATradeFigureIsItsPeriod() {
        assertThat(dateClaims("وتراجعت صادرات النفط في عام 2025 بنسبة 12 في المئة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وبلغت قيمة الصادرات في شباط 3 مليارات دولار.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وسجل الميزان التجاري في كانون الثاني عجزاً قدره 1.2 مليار دولار.", Language.AR, WED)).isEmpty();
    }

    @Test
    void anActOnExportsKeepsItsMonth() {
        assertThat(dateClaims("وأوقفت الحكومة صادرات القمح في آذار الماضي لمواجهة نقص المخزون.", Language.AR, WED))
                .containsExactly("2026-03-01..2026-03-31");
    }
}
