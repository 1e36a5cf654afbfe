package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The period of a figure a story compares with, after «مقارنة بـ»، «بالمقارنة مع» or «مقابل» and its number, is no dated event
 * (round dates-b15a, from a held-out review; as "compared with" in English). Sentences of our own.
 */
class ArabicComparisonFigureYearsTest {

    @Test
    void theYearOfAComparedFigureIsNoDatedEvent() {
        assertThat(dateClaims("وزار المدينة 40 ألف سائح مقارنة بـ 35 ألفاً في العام الماضي.", Language.AR, "2026-05-20")).isEmpty();
        assertThat(dateClaims("واستقبل المعرض 50 ألف زائر هذا العام مقابل 35 ألفاً في العام الماضي.", Language.AR, "2026-05-20"))
                .isEmpty();
        assertThat(dateClaims("وبيعت 12 ألف سيارة كهربائية في البلاد، بالمقارنة مع 8 آلاف في عام 2024.", Language.AR, "2026-05-20"))
                .isEmpty();
    }

    @Test
    void anExchangeOrAScoreKeepsItsDate() {
        // «مقابل» before counted people is an exchange, done in its month
        assertThat(dateClaims("وأطلقت الحركة سراح 3 رهائن مقابل 90 أسيرا فلسطينيا في كانون الثاني الماضي.", Language.AR, "2026-05-20"))
                .containsExactly("2026-01-01..2026-01-31");
        // a score's figures on either side of «مقابل» are no compared figure
        assertThat(dateClaims("وفاز الفريق على ضيفه بنتيجة 3 مقابل 1 في مارس الماضي.", Language.AR, "2026-05-20"))
                .containsExactly("2026-03-01..2026-03-31");
    }
}
