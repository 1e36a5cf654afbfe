package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * "hundreds of artefacts remain missing": a count whose "of" names things counts no one missing; a count
 * of people after "of" (a subject noun, a demonym, "the", "them") keeps its claim, and so does any other action.
 */
class ThingsCountedAfterOfTest {

    @Test
    void thingsMissingOrLostAreNoCasualties() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "The archive was ransacked during the war in 1991, and thousands of documents are still missing.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Dozens of stolen paintings remain missing a decade after the theft.")).isEmpty();
    }

    @Test
    void peopleCountedAfterOfStillCount() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Hundreds of fishermen remain missing after the storm."))
                .extracting(CountClaim::action, c -> c.count().min())
                .containsExactly(tuple(CountClaim.Action.MISSING, 200L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Dozens of young men were detained at the checkpoint."))
                .extracting(CountClaim::action, c -> c.subject().category())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, CountClaim.Category.PEOPLE));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Four of the miners were killed when the shaft collapsed."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 4L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Dozens of Sudanese were wounded in the shelling."))
                .extracting(CountClaim::action).containsExactly(CountClaim.Action.WOUNDED);
    }
}
