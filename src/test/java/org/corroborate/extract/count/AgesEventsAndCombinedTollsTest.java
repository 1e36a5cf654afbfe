package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Numbers that count no people, from an adjudication of a held-out set (own sentences): the age of one
 * person ("A man, 45,", "a woman of 60"), a count of events ("one of the three attacks", «أحد الهجمات
 * الثلاثة»), and one figure of both the dead and the wounded ("killed or wounded", «بين قتيل وجريح»).
 */
class AgesEventsAndCombinedTollsTest {

    @Test
    void anAgeAfterTheNounOfOnePersonIsNoCount() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "A man, 45, was killed when the roof collapsed."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.KILLED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The victim, a woman of 60, died in hospital on Sunday."))
                .extracting(c -> c.count().value()).containsOnly(1L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested a man, 12 women and three children."))
                .extracting(c -> c.count().value()).containsExactly(1L, 12L, 3L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "A group of 60 protesters was detained."))
                .extracting(c -> c.count().value()).containsExactly(60L);
    }

    /** Numbers of people next to the nouns the age rules read stay counts. */
    @Test
    void countsNextToAgesAndEventsStayCounts() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "A family of five was killed when the house collapsed."))
                .extracting(c -> c.count().value()).containsExactly(5L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "45 people, 12 of them children, were killed."))
                .extracting(c -> c.count().value()).containsExactly(45L, 12L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "The blast killed a soldier, 3 civilians and a child."))
                .extracting(c -> c.count().value()).containsExactlyInAnyOrder(1L, 3L, 1L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "The attack killed 40 people, 12 of whom were children under 10."))
                .extracting(c -> c.count().value()).containsExactly(40L, 12L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Two policemen were wounded in one of the three attacks."))
                .extracting(c -> c.count().value()).containsExactly(2L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Four soldiers died and 10 were hurt or injured."))
                .extracting(c -> c.count().value()).containsExactly(4L, 10L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتل خمسة أشخاص بينهم طالبا الجامعة."))
                .extracting(c -> c.count().value()).containsExactly(5L, 2L);
    }

    @Test
    void oneOfTheAttacksIsNoPerson() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "A teenager was killed in one of the three attacks."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(Tuple.tuple(1L, CountClaim.Category.CHILDREN));
        assertThat(CountRuleExamplesTest.find(Language.EN, "The three attacks killed 12 people."))
                .extracting(c -> c.count().value()).containsExactly(12L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Three shot dead in Lagos."))
                .extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتل جندي في أحد الهجمات الثلاثة."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(Tuple.tuple(1L, CountClaim.Category.SOLDIERS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "أوقع الهجوم 12 قتيلا في السوق."))
                .extracting(c -> c.count().value()).containsExactly(12L);
    }

    @Test
    void killedOrWoundedIsNeitherToll() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "27 people were killed or wounded in the blast.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتل أو جرح 27 شخصا في الانفجار.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "سقط 27 بين قتيل وجريح في الانفجار.")).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "أسفر الهجوم عن 5 قتلى و10 جرحى."))
                .extracting(c -> c.count().value()).containsExactly(5L, 10L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Three people were killed and 12 wounded."))
                .extracting(c -> c.count().value()).containsExactly(3L, 12L);
    }

    @Test
    void leavingTheirVillagesIsDisplacement() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "About 3,000 people left their villages after the shelling."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.DISPLACED, 3000L));
    }

    @Test
    void occupationsAndExpatriatesHeldAreCounted() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قال مصدر أمني إن الشرطة اعتقلت صاحب المحل."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.ARRESTED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "وألقت الشرطة القبض على مقاول المبنى ومهندس الموقع يوم السبت."))
                .extracting(c -> c.count().value()).containsExactly(1L, 1L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "قبضت الشرطة على ثلاثة وافدين."))
                .extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت الشرطة ناشطاً حقوقياً في العاصمة."))
                .extracting(c -> c.count().value()).containsExactly(1L);
    }

    @Test
    void aPoliceChiefAndOneOfTheMembersAreOnePersonEach() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Police arrested a police chief and five of his officers in Guerrero."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(Tuple.tuple(1L, CountClaim.Category.POLICE), Tuple.tuple(5L, CountClaim.Category.POLICE));
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتل أحد أعضاء المجلس البلدي في الانفجار."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.KILLED, 1L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "اعتقلت الشرطة خمسة أعضاء في الحزب."))
                .extracting(c -> c.count().value()).containsExactly(5L);
    }

    @Test
    void aDualInConstructAfterAmongThemIsTwo() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتل خمسة أشخاص بينهم طفلا الأسرة."))
                .extracting(c -> c.count().value()).containsExactly(5L, 2L);
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتل المسلحون طفلا الأسبوع الماضي."))
                .extracting(c -> c.count().value()).containsExactly(1L);
    }

    @Test
    void anAgeBoundAfterAPluralIsTheirAge() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Among the dead are 11 children under five, officials said."))
                .extracting(c -> c.count().value()).containsExactly(11L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Troops killed 12 militants over 3 days."))
                .extracting(c -> c.count().value()).containsExactly(12L);
    }

    @Test
    void passersByTradersAndTheEvacuated() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "أسفرت الغارة عن إصابة ثلاثة مارة بجروح."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.WOUNDED, 3L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "خطفوا ثلاثة تجار من ريف المحافظة."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.KIDNAPPED, 3L));
        assertThat(CountRuleExamplesTest.find(Language.AR, "أُجلي أكثر من 800 شخص من منازلهم."))
                .extracting(c -> c.action(), c -> c.count().min())
                .containsExactly(Tuple.tuple(CountClaim.Action.DISPLACED, 801L));
    }

    @Test
    void stillTrappedIsMissingButTheDeadTrappedUnderTheRubbleAreDead() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Rescuers said two men were still trapped under the collapsed school."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.MISSING, 2L));
        assertThat(CountRuleExamplesTest.find(Language.EN,
                "The earthquake killed four people. One of the dead was a girl trapped under the rubble of her home."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(Tuple.tuple(CountClaim.Action.KILLED, 4L), Tuple.tuple(CountClaim.Action.KILLED, 1L));
    }
}
