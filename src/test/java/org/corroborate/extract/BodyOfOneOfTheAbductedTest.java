package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «عُثر على جثة أحد المخطوفين»: the body of one of the abducted is one person killed (the pack's people nouns take
 * المخطوفين and المختطفين), and the day the body was found is that count's, no date claim of its own (rule 21). The
 * abducted named with no number are no count. Sentences of our own, published on Wednesday 19 August 2026.
 */
class BodyOfOneOfTheAbductedTest {
    private static final String WED = "2026-08-19";

    @Test
    void theBodyOfOneOfTheAbductedIsOneKilled() {
        String text = "خطف مسلحون أربعة رعاة في البادية مساء الثلاثاء. وعثرت قوة من الجيش صباح اليوم على جثة أحد المخطوفين قرب الحدود.";
        assertThat(countsWithDays(text, Language.AR, WED))
                .containsExactly("kidnapped 4@2026-08-18..2026-08-18", "killed 1@2026-08-19..2026-08-19");
        assertThat(dateClaims(text, Language.AR, WED)).isEmpty();
        assertThat(countsWithDays("وعُثر صباح الأربعاء على جثة أحد المختطفين قرب قرية نائية.", Language.AR, WED))
                .containsExactly("killed 1@2026-08-19..2026-08-19");
    }

    @Test
    void theAbductedWithNoNumberAreNoCount() {
        assertThat(countsWithDays("طالبت عائلات المخطوفين بالكشف عن مصير أبنائها.", Language.AR, WED)).isEmpty();
    }
}
