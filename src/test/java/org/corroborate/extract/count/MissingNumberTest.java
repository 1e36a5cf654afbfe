package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** "The missing are believed to number at least five": how many the missing are said to be (en.claim.missing.number). */
class MissingNumberTest {

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    @Test
    void theFigureTheMissingAreSaidToNumberIsAMissingCount() {
        assertThat(en("The missing are believed to number at least seven, the mayor told reporters."))
                .extracting(CountClaim::action, c -> c.count().min())
                .containsExactly(tuple(Action.MISSING, 7L));
        assertThat(en("Three fishermen drowned off the cape and the missing are thought to number 11."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(Action.KILLED, 3L), tuple(Action.MISSING, 11L));
    }

    @Test
    void aMissingThingThatIsANumberIsNoCount() {
        assertThat(en("A missing number plate led detectives to a garage that held 30 stolen cars.")).isEmpty();
    }
}
