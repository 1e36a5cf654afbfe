package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The counted arrests told again by their operation with its days («أن عمليات التوقيف جرت يومي الثلاثاء والأربعاء»; the
 * Arabic pack's {@code restated_incidents}): the counts take the days and they are no date claim of their own (dev rule 15
 * as amended, rule 21). A search that may have arrested no one («عمليات تفتيش») is not the arrests told again.
 */
class ArrestOperationToldAgainTest {

    /** The counts as action value@start..end (no date: @-). */
    private static List<String> counts(String text, Language language, String published) {
        return ShippedRules.counts(text, language, LocalDate.parse(published)).stream()
                .map(c -> c.action().name().toLowerCase() + " " + c.count().value() + "@"
                        + (c.date() == null ? "-" : c.date().start() + ".." + c.date().end())).toList();
    }

    // published on Friday 13 November 2026: Tuesday is the 10th, Wednesday the 11th

    @Test
    void theArrestsOperationToldAgainDatesTheCount() {
        String text = "أعلنت المديرية العامة للأمن الوطني في الجزائر، الخميس، توقيف ١٢ شخصاً يشتبه في انتمائهم إلى شبكة لتهريب المخدرات. "
                + "وأوضحت المديرية في بيان أن عمليات التوقيف جرت يومي الثلاثاء والأربعاء في وهران ومستغانم.";
        assertThat(dateClaims(text, Language.AR, "2026-11-13")).isEmpty();
        assertThat(counts(text, Language.AR, "2026-11-13")).containsExactly("arrested 12@2026-11-10..2026-11-11");
    }

    @Test
    void aSearchOperationIsNotTheArrestsToldAgain() {
        String text = "أعلنت المديرية العامة للأمن الوطني في الجزائر، الخميس، توقيف ١٢ شخصاً يشتبه في انتمائهم إلى شبكة لتهريب المخدرات. "
                + "وأوضحت المديرية في بيان أن عمليات تفتيش واسعة جرت يومي الثلاثاء والأربعاء في وهران ومستغانم.";
        assertThat(dateClaims(text, Language.AR, "2026-11-13")).containsExactly("2026-11-10..2026-11-11");
    }
}
