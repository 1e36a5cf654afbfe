package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** A hospital told by its name stands for "hospital" in a wound phrase: "a teenage boy was taken to Westmead Hospital". */
class NamedHospitalTest {

    @Test
    void oneTakenToANamedHospitalIsOneWounded() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "A cyclist died on the bridge and a young girl was taken to Alder Hey Hospital with head injuries, police said."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().text())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L, "cyclist"),
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 1L, "girl"));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Four workers were taken to Groote Schuur Hospital after the scaffold fell."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 4L));
    }

    @Test
    void aNamedPlaceThatIsNoHospitalOrAHospitalOnlyNamedIsNoWound() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Two men were taken to Paddington Green police station for questioning."))
                .extracting(c -> c.action()).doesNotContain(CountClaim.Action.WOUNDED);
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Three nurses at Westmead Hospital said the new wing was opened in May.")).isEmpty();
    }
}
