package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * "freed nine people, among them two women, who had been held captive": the clause of captivity past a part set off by
 * commas is the whole's own, as it is with no part between ("freed 14 farmers who were kidnapped"); the part is part of
 * it. Freed hostages with no such clause stay uncounted, as most of the development gold has them.
 */
class FreedCaptivesWithAPartTest {

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    @Test
    void theCaptivityClausePastAPartIsTheWholes() {
        List<CountClaim> claims = en("Soldiers freed eleven villagers, among them three children, who had been held captive in a forest camp since March.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(Action.KIDNAPPED, 11L, CountClaim.Category.PEOPLE),
                        tuple(Action.KIDNAPPED, 3L, CountClaim.Category.CHILDREN));
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
        assertThat(en("Police rescued 16 miners, including four foreigners, who had been abducted from a gold site last month."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KIDNAPPED, 16L), tuple(Action.KIDNAPPED, 4L));
    }

    @Test
    void freedHostagesWithNoClauseOfCaptivityStayUncounted() {
        assertThat(en("Troops freed eleven hostages, including three children, during a raid on Sunday.")).isEmpty();
    }
}
