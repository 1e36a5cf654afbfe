package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A word for one national is one person ("An Italian, Marco Rossi, was arrested") but an adjective
 * before a noun ("three Ukrainian regions" counts no Ukrainians); an ordered killing and a disappearance
 * named before their victims count them; stab wounds wound; people "believed trapped" are missing; "a senior
 * Islamic State commander" is one person.
 */
class DemonymsAndNominalActionsTest {

    @Test
    void anApposedNameAfterADemonymIsOnePerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "An Italian, Marco Rossi, was arrested on Sunday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Gunmen kidnapped a Briton and two Germans near the border."))
                .extracting(c -> c.count().value()).containsExactly(1L, 2L);
    }

    @Test
    void aDemonymBeforeANounIsAnAdjective() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Russian strikes killed four people in three Ukrainian regions overnight."))
                .extracting(c -> c.count().value()).containsExactly(4L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Israeli strikes hit three Palestinian towns, killing four people."))
                .extracting(c -> c.count().value()).containsExactly(4L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "A Russian strike killed four people in Kharkiv."))
                .extracting(c -> c.count().value()).containsExactly(4L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "The plane crashed on landing, killing its three Russian crew members."))
                .extracting(c -> c.count().value(), c -> c.subject().text())
                .containsExactly(tuple(3L, "members"));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Two Ukrainian soldiers were killed."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(2L, CountClaim.Category.SOLDIERS));
    }

    @Test
    void anOrderedKillingAndADisappearanceCountTheirVictims() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Police said they had captured a rebel commander accused of ordering the killing of six soldiers in March."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 1L), tuple(CountClaim.Action.KILLED, 6L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested a man over the disappearance of three students."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 1L), tuple(CountClaim.Action.MISSING, 3L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The disappearance of two paintings from the museum puzzled police."))
                .isEmpty();
    }

    @Test
    void aGuideAndStabWounds() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Jihadists killed 17 soldiers and a local guide in an ambush."))
                .extracting(c -> c.count().value()).containsExactly(17L, 1L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Two men suffered stab wounds in the attack."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.WOUNDED, 2L));
    }

    @Test
    void peopleBelievedTrappedAreMissing() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Rescuers dug through the rubble for at least six people believed trapped."))
                .extracting(c -> c.action(), c -> c.count().min())
                .containsExactly(tuple(CountClaim.Action.MISSING, 6L));
    }

    @Test
    void anArticleThreeWordsBeforeItsNounStillCountsOne() {
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Iraqi forces captured a senior Islamic State commander and four of his aides in a dawn raid."))
                .extracting(c -> c.count().value()).containsExactly(1L, 4L);
    }
}
