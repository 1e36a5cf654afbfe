package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Counts the dev13 round showed missed, in shapes of our own: the definite singular opening a
 * sentence, a result noun right after a numeral, flight, remand, the captain, a foreigner among them,
 * and those aboard a vessel, which are no casualty.
 */
class Dev13CountsTest {

    @Test
    void aDefiniteSingularOpeningTheSentenceIsOnePerson() {
        // implicit singular = 1 (dev conventions; N13 of dev13: "the driver", "the owner")
        assertThat(CountRuleExamplesTest.find(Language.EN, "The driver, who was unhurt, was arrested at the scene."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The warehouse's owner was detained on Friday."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The mayor said nobody had been detained.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.EN, "The judge ordered the suspect back into custody.")).isEmpty();
    }

    @Test
    void aResultNounRightAfterANumeralIsThatNumeralsAction() {
        // "47 وفاة": deaths of a disease are killed (N15 of dev13); the cases before them are no claim
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "سجلت وزارة الصحة 540 إصابة بالحصبة و19 وفاة في ولاية كسلا خلال الشهر الماضي."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 19L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "أعلنت الوزارة وفاة ثلاثة أشخاص في الحريق."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 3L));
    }

    @Test
    void fleeingAfterTheGroupIsDisplacement() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قالت المفوضية إن نحو 12 ألف شخص فرّوا من الإقليم إلى تشاد."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.DISPLACED, 12000L));
    }

    @Test
    void aDetentionOrderIsAnArrestAndAnArrestOrderIsNot() {
        // remand in custody is an arrest (M16 of dev12); an order to arrest is not (N15 of dev13)
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "Prosecutors ordered the detention of four activists for 15 days pending investigation."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 4L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The judge ordered the arrest of two former ministers.")).isEmpty();
    }

    @Test
    void neutralisedIsKilledAndFacilitatorsAreMilitants() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "The army said 14 gunmen were \"neutralised\" near the border."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 14L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested two suspected facilitators in Quetta."))
                .extracting(c -> c.subject().category())
                .containsExactly(CountClaim.Category.MILITANTS);
    }

    @Test
    void theCaptainAndAForeignerAreOnePersonEach() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "وأوقفت السلطات ربان السفينة للتحقيق معه."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "خطف مسلحون خمسة مهندسين، بينهم أجنبي، قرب الحدود."))
                .extracting(c -> c.count().value())
                .containsExactly(5L, 1L);
    }

    @Test
    void thoseAboardAVesselAreNoCasualty() {
        // a capacity is no claim (dev rule 3): only the nine missing are
        assertThat(CountRuleExamplesTest.find(Language.AR, "وفُقد تسعة أشخاص إثر غرق عبّارة كانت تقل 60 راكباً قبالة السواحل."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.MISSING, 9L));
    }

    @Test
    void aPartNamedFirstTakesWhoItIsFromAfterItsAction() {
        // N14 of dev13, dev rule 12: a part of an earlier whole, with part_of, and its own category
        java.util.List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Gunmen seized 18 passengers from a minibus on Tuesday. Three of those taken were nurses.");
        assertThat(claims).extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(tuple(18L, CountClaim.Category.PEOPLE), tuple(3L, CountClaim.Category.OTHER));
        assertThat(claims.get(1).partOf()).isEqualTo(claims.get(0).id());
    }

    @Test
    void aWoundStatedAfterARescueIsStillAWound() {
        // rescued people are no casualties (dev rule 2), unless their wounds are stated (N15 of dev13)
        assertThat(CountRuleExamplesTest.find(Language.AR,
                "انتشل الدفاع المدني جثتي طفلين من تحت الركام، وأُنقذ سبعة آخرون وهم مصابون بجروح متفاوتة."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(tuple(CountClaim.Action.KILLED, 2L), tuple(CountClaim.Action.WOUNDED, 7L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "وأُنقذ سبعة أشخاص من تحت الركام.")).isEmpty();
    }
}
