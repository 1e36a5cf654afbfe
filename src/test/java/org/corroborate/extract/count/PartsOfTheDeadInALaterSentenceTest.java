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
 * "Most of the dead were buried under mud, among them four children": a part named in a later sentence about the dead,
 * past a clause of their own, is a part of the toll told before (blind16's adjudication, E7). With no toll before, the
 * part of "the dead" is no claim.
 */
class PartsOfTheDeadInALaterSentenceTest {
    private static final ClaimExtractor EXTRACTOR = ShippedRules.extractor();

    private static List<CountClaim> counts(String text) {
        return EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-08-03")).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast).toList();
    }

    @Test
    void aPartAfterAClauseOnTheDeadIsAPartOfTheTollBefore() {
        List<CountClaim> counts = counts("Eleven people were killed when a landslide struck the village on Sunday. "
                + "Most of the dead were buried under mud in their homes, among them four children.");
        assertThat(counts).hasSize(2);
        CountClaim whole = counts.get(0);
        assertThat(counts.get(1)).satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
            assertThat(c.count().value()).isEqualTo(4);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
            assertThat(c.partOf()).isEqualTo(whole.id());
        });
    }

    @Test
    void aPartOfTheDeadWithNoTollBeforeIsNoClaim() {
        assertThat(counts("Most of the dead were buried under mud in their homes, among them four children.")).isEmpty();
    }
}
