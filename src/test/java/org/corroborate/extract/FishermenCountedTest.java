package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * After a number from eleven to ninety-nine Arabic counts with the singular in the accusative (تمييز): «١٤ صياداً» is
 * fourteen fishermen, as «١٤ مزارعاً» is fourteen farmers, not one fisherman with a stray number before him. The
 * accusative صيادا stands in the pack's subject group {@code ar.subject.other} beside مسعفا and مترجما; the bare
 * singular «صياد» stays one.
 */
class FishermenCountedTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<Long> counts(String text) {
        List<Claim> claims = EXTRACTOR.extract(text, Language.AR, LocalDate.parse("2026-10-03"));
        return claims.stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .map(c -> c.count().value()).toList();
    }

    @Test
    void theAccusativeSingularAfterANumberIsTheWholeGroup() {
        assertThat(counts("خطف مسلحون مجهولون ٢٣ صياداً من قواربهم قبالة سواحل خليج غينيا، الخميس.")).containsExactly(23L);
        assertThat(counts("وأعلن خفر السواحل إنقاذ قارب وفقدان 17 صياداً بعد هبوب عاصفة قوية.")).containsExactly(17L);
    }

    @Test
    void oneFishermanIsStillOne() {
        assertThat(counts("قُتل صياد برصاص دورية بحرية قرب الجزيرة مساء الخميس.")).containsExactly(1L);
    }
}
