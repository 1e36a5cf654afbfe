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
 * A schoolboy, a schoolgirl or a pupil is one child, a part of the toll it is named in ("Five people, including a
 * schoolboy, drowned"), as "including two schoolboys" is two; a mother's young daughters are children (blind16's
 * adjudication, E18 and B21).
 */
class ImplicitChildPartsTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<CountClaim> counts(String text) {
        return EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-04-10")).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void aSchoolgirlIsOneChildOfTheToll() {
        List<CountClaim> counts = counts("Four people, including a schoolgirl, were killed when the bus overturned on Monday.");
        assertThat(counts).hasSize(2);
        assertThat(counts).filteredOn(c -> c.partOf() != null).singleElement().satisfies(c -> {
            assertThat(c.count().value()).isEqualTo(1);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
        });
    }

    @Test
    void aSchoolboyIsOneChild() {
        assertThat(counts("Seven people, among them a schoolboy, were wounded in the shelling."))
                .filteredOn(c -> c.partOf() != null).singleElement()
                .satisfies(c -> assertThat(c.subject().category()).isEqualTo(CountClaim.Category.CHILDREN));
    }

    @Test
    void youngDaughtersAreChildren() {
        List<CountClaim> counts = counts("Six people were killed in the fire. Among the dead were a nurse and her three young daughters.");
        assertThat(counts).filteredOn(c -> c.count().value() != null && c.count().value() == 3).singleElement()
                .satisfies(c -> assertThat(c.subject().category()).isEqualTo(CountClaim.Category.CHILDREN));
    }

    @Test
    void aSchoolboyWithNoActionIsNoCount() {
        assertThat(counts("A schoolboy won the national spelling contest on Friday.")).isEmpty();
    }
}
