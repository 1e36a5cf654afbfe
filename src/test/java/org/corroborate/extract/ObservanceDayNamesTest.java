package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «اليوم» opening the name of an observance day («اليوم العالمي للمرأة», «اليوم الوطني») is no today: the pack's today rule
 * leaves it; today before such a name stays a date. Sentences of our own, published on Wednesday 20 May 2026.
 */
class ObservanceDayNamesTest {
    private static final String WED = "2026-05-20";

    @Test
    void anObservanceDayByItsNameIsNoToday() {
        assertThat(dateClaims("وتزامن الهجوم مع اليوم العالمي للمرأة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("ونظمت نقابة الصحفيين وقفة احتجاجية بمناسبة اليوم الدولي لحرية الصحافة.", Language.AR, WED)).isEmpty();
        assertThat(dateClaims("وتحتفل المملكة اليوم باليوم الوطني في مختلف المدن.", Language.AR, WED))
                .containsExactly("2026-05-20..2026-05-20");
    }
}
