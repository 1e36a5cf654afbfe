package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Two-word duals («مشتبهاً بهما») and an action denied by "was not" or "were not": kinds of dev35 to dev37 left
 * by the rounds before, each probed with sentences of our own in the register of the agencies.
 */
class TwoWordDualsAndDenialsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    /**
     * «مشتبهاً بهما»: the participle stays singular and its dual pronoun makes the two; the dual is read over the two
     * words, not one at a time. «مشتبهاً به» is still one suspect, and the two with no action are no count.
     */
    @Test
    void aSuspectWithADualPronounIsTwoSuspects() {
        assertThat(ar("وذكرت الشرطة أن دورية أمنية أوقفت مشتبهاً بهما قرب موقع الانفجار."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 2L));
        assertThat(ar("واعتُقل مشتبه بهما في الحي نفسه مساء الأحد."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 2L));
        assertThat(ar("وذكرت الشرطة أن دورية أمنية أوقفت مشتبهاً به قرب موقع الانفجار."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.ARRESTED, 1L));
        assertThat(ar("وأكد المصدر أن النيابة العامة ستستمع غداً إلى إفادة المشتبه بهما.")).isEmpty();
    }

    /**
     * "was not" and "were not" right before the action deny it: "the bus's three-member crew was not hurt" wounds no
     * one. A "not" inside a clause of the group's own ("who were not wearing seatbelts") leaves the action after it.
     */
    @Test
    void anActionDeniedByWasNotCountsNoOne() {
        assertThat(en("The bus's three-member crew was not hurt, a fire department spokeswoman said.")).isEmpty();
        assertThat(en("Police said four passengers were not injured in the collision.")).isEmpty();
        assertThat(en("Two crew members were hurt when the bus left the road."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.WOUNDED, 2L));
        assertThat(en("Five people who were not wearing seatbelts were killed in the crash."))
                .extracting(CountClaim::action, c -> c.count().value()).containsExactly(tuple(Action.KILLED, 5L));
    }
}
