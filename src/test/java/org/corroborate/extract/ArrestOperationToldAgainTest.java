package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * The counted arrests told again by their operation with its days («أن عمليات التوقيف جرت يومي الثلاثاء والأربعاء»; the
 * Arabic pack's {@code restated_incidents}): the counts take the days and they are no date claim of their own (dev rule 15
 * as amended, rule 21). A search that may have arrested no one («عمليات تفتيش») is not the arrests told again.
 */
class ArrestOperationToldAgainTest {

    // published on Friday 13 November 2026: Tuesday is the 10th, Wednesday the 11th

    @Test
    void theArrestsOperationToldAgainDatesTheCount() {
        String text = "أعلنت المديرية العامة للأمن الوطني في الجزائر، الخميس، توقيف ١٢ شخصاً يشتبه في انتمائهم إلى شبكة لتهريب المخدرات. "
                + "وأوضحت المديرية في بيان أن عمليات التوقيف جرت يومي الثلاثاء والأربعاء في وهران ومستغانم.";
        assertThat(dateClaims(text, Language.AR, "2026-11-13")).isEmpty();
        assertThat(countsWithDays(text, Language.AR, "2026-11-13")).containsExactly("arrested 12@2026-11-10..2026-11-11");
    }

    @Test
    void aSearchOperationIsNotTheArrestsToldAgain() {
        String text = "أعلنت المديرية العامة للأمن الوطني في الجزائر، الخميس، توقيف ١٢ شخصاً يشتبه في انتمائهم إلى شبكة لتهريب المخدرات. "
                + "وأوضحت المديرية في بيان أن عمليات تفتيش واسعة جرت يومي الثلاثاء والأربعاء في وهران ومستغانم.";
        assertThat(dateClaims(text, Language.AR, "2026-11-13")).containsExactly("2026-11-10..2026-11-11");
    }
}
