package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The dual «مهاجران» (and «لاجئان») counts two migrants, as «صيادان» counts two fishermen (blind16's adjudication,
 * E20).
 */
class ArabicDualMigrantsTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<CountClaim> counts(String text) {
        return EXTRACTOR.extract(text, Language.AR, LocalDate.parse("2026-07-03")).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void twoMigrantsMissing() {
        assertThat(counts("ولا يزال مهاجران في عداد المفقودين منذ غرق قاربهما الأسبوع الماضي."))
                .filteredOn(c -> c.action() == CountClaim.Action.MISSING).singleElement().satisfies(c -> {
                    assertThat(c.count().value()).isEqualTo(2);
                    assertThat(c.subject().category()).isEqualTo(CountClaim.Category.MIGRANTS);
                });
    }

    @Test
    void twoMigrantsDrowned() {
        assertThat(counts("ولقي مهاجران حتفهما غرقاً إثر انقلاب زورقهما قرب جزيرة لامبيدوزا."))
                .singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
                    assertThat(c.count().value()).isEqualTo(2);
                });
    }

    @Test
    void migrantsInTheDualWithNoActionAreNoCount() {
        assertThat(counts("ووصل مهاجران إلى الميناء صباح اليوم.")).isEmpty();
    }
}
