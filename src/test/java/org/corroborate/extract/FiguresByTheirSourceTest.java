package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A tally or figures attributed to their source with the day they came out («حسب حصيلة نشرتها الوزارة اليوم الاثنين»):
 * the day is the source's, as a statement's is (dev rule 15), no dated event of the story; what a body did on a day, told
 * without an attribution, keeps its date.
 */
class FiguresByTheirSourceTest {

    @Test
    void theDayATallyCameOutIsNoDateClaim() {
        assertThat(dateClaims("وأُصيب 210 أشخاص في حوادث سير خلال عطلة العيد، حسب حصيلة نشرتها مديرية الأمن العام اليوم الاثنين.",
                Language.AR, "2026-06-01")).isEmpty();
        assertThat(dateClaims("وتراجعت صادرات القمح بشكل طفيف، بحسب بيانات وزارة الزراعة والتنمية الريفية الصادرة أمس الأحد.",
                Language.AR, "2026-06-01")).isEmpty();
        assertThat(dateClaims("وارتفع عدد السياح الوافدين إلى البلاد، وفقاً لأرقام نشرتها هيئة السياحة يوم الخميس.",
                Language.AR, "2026-06-01")).isEmpty();
    }

    @Test
    void aBodysOwnActKeepsItsDay() {
        // published in the narrator's voice, no attribution: the publication is the event told
        assertThat(dateClaims("وكانت هيئة الإحصاء قد نشرت يوم الخميس تقريرها السنوي عن سوق العمل.",
                Language.AR, "2026-06-01")).containsExactly("2026-05-28..2026-05-28");
    }
}
