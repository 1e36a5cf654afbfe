package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * "left a motorcyclist seriously injured": an adverb between a noun of one person and the participle that says what
 * befell them is the participle's, no noun the person's word describes; the one is counted, with the date beside it.
 */
class AdverbBeforeParticipleOfOneTest {

    @Test
    void anAdverbBeforeTheParticipleKeepsTheOneCounted() {
        assertThat(ShippedRules.counts("A lorry driver was fined on Tuesday over a collision that left a motorcyclist critically"
                + " injured in March 2025.", Language.EN, LocalDate.of(2026, 6, 10)))
                .extracting(CountClaim::action, c -> c.count().value(), c -> c.date().start())
                .containsExactly(tuple(CountClaim.Action.WOUNDED, 1L, LocalDate.of(2025, 3, 1)));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The explosion left a firefighter badly hurt."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.WOUNDED, 1L));
    }

    @Test
    void anAdverbWithNoParticipleAfterItCountsNoOne() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "A spokesman strongly denied that anyone had been hurt.")).isEmpty();
    }
}
