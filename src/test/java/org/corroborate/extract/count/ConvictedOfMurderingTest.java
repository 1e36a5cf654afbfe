package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** "convicted two men of murdering a 17-year-old boy who was stabbed": one killed, the convicted no casualty. */
class ConvictedOfMurderingTest {

    @Test
    void theOneMurderedIsKilledAndTheConvictedAreNoWounded() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "A court in Manchester on Monday convicted three men of murdering a 16-year-old girl who was stabbed near a bus stop last May."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L, "girl"));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Judges found two officers guilty of murdering five protesters in 2022."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 5L));
    }

    @Test
    void aRelativeClauseRightAfterTheOneBeforeIsStillItsOwn() {
        // no verb between the two groups: "who was wounded" is the second one's, the first is not read by it
        assertThat(CountRuleExamplesTest.find(Language.EN, "A 15-year-old boy who was stabbed outside his school has died."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L));
        // the one who murdered, before the word, is no casualty
        assertThat(CountRuleExamplesTest.find(Language.EN, "The gunman admitted murdering two guards at the depot."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 2L, "guards"));
    }
}
