package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Who a count is of, in the shapes real headlines showed (ANS): a singular counts one person (قُتل مسلح)
 * unless it describes the noun before it (هجوم مسلح، موقع عسكري); the perpetrator (على يد مسلح, by a
 * gunman) is no casualty; members of an armed group are militants; dozens of the wounded are wounded.
 */
class GroupsOfOneTest {

    @Test
    void anArmedAttackIsNoGunman() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "قتل ثلاثة جنود في هجوم مسلح استهدف حاجزا أمنيا قرب درعا يوم الأحد.");
        assertThat(claims).extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, CountClaim.Category.SOLDIERS));
        assertThat(CountRuleExamplesTest.find(Language.AR, "أصيب خمسة أشخاص بهجوم مسلح على حافلة."))
                .extracting(c -> c.count().value()).containsExactly(5L);
    }

    @Test
    void aGunmanKilledIsStillOne() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR, "قُتل مسلح خلال الاشتباك مع قوات الأمن.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.count().value()).isEqualTo(1L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.MILITANTS);
        });
    }

    @Test
    void aNisbaAfterANounDescribesIt() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "سقط قتلى وجرحى في قصف على موقع عسكري في ريف حماة.")
                .stream().filter(c -> c.count().value() != null && c.count().value() == 1L)).isEmpty();
        assertThat(CountRuleExamplesTest.find(Language.AR, "أعلن الجيش مقتل عسكري في الهجوم."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, CountClaim.Category.SOLDIERS));
    }

    @Test
    void whoDidItIsNoCasualty() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتل ثلاثة أشخاص على يد مسلح مجهول في السوق."))
                .extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Three people were killed by a gunman on Sunday."))
                .extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(CountRuleExamplesTest.find(Language.EN, "Two soldiers were wounded by four gunmen near the border."))
                .extracting(c -> c.count().value()).containsExactly(2L);
    }

    @Test
    void membersOfAnArmedGroupAreMilitants() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتل الجيش 16 عنصرا إرهابيا في سيناء."))
                .extracting(c -> c.subject().category()).containsExactly(CountClaim.Category.MILITANTS);
        assertThat(CountRuleExamplesTest.find(Language.AR, "مقتل 45 من عناصر تنظيم الدولة في غارات جوية."))
                .extracting(c -> c.subject().category()).containsExactly(CountClaim.Category.MILITANTS);
        assertThat(CountRuleExamplesTest.find(Language.AR, "مقتل 9 من قوات الحرس الوطني في هجوم."))
                .extracting(c -> c.subject().category()).containsExactly(CountClaim.Category.SECURITY_FORCES);
    }

    @Test
    void anAgeDoesNotKeepAPairFromItsVerb() {
        // "a boy and his 19-year-old brother": the age neither hides the possessive nor puts the verb out of reach
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "A 7-year-old boy and his 19-year-old brother were injured by shrapnel on the farm.");
        assertThat(claims).extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 1L, CountClaim.Category.CHILDREN),
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 1L, CountClaim.Category.PEOPLE));
    }

    @Test
    void aNounWithItsOrdinalAfterItIsOnePerson() {
        // "رجلاً سادساً": the ordinal describes the noun; one more of the group, counted once
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "اعتقلت الشرطة خمسة سوريين في المداهمة، ثم أوقفت رجلاً سادساً عند الحاجز.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(5L, 1L);
        assertThat(claims.get(1).subject().nationality()).isEqualTo("SY");
    }

    @Test
    void dozensOfTheWoundedAreWounded() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR, "سقوط 16 قتيلا و عشرات من الجرحى في انفجار ضخم.");
        assertThat(claims).extracting(CountClaim::action)
                .containsExactlyInAnyOrder(CountClaim.Action.KILLED, CountClaim.Action.WOUNDED);
    }

    @Test
    void theArabicDualOfOthersIsTwoMoreOfTheGroupBefore() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قُتل جندي وأصيب آخران في الهجوم."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L, CountClaim.Category.SOLDIERS),
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 2L, CountClaim.Category.SOLDIERS));
    }

    @Test
    void oneOfTheMembersOfTheArabicPoliceIsOnePoliceman() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "وأصيب أحد أفراد الشرطة بجروح طفيفة خلال العملية."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, CountClaim.Category.POLICE));
    }

    @Test
    void aDefiniteOneOpeningTheSentenceAndASecondManAreTwoArrestsOfOne() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "The driver and a second man were arrested at a petrol station."))
                .extracting(c -> c.count().value()).containsExactly(1L, 1L);
    }

    @Test
    void moreOfTheAttackersArrestedAfterOneWasKilledAreAnArrest() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "قتلت القوات أحد المهاجمين واعتقلت اثنين آخرين."))
                .extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L),
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.ARRESTED, 2L));
    }

    @Test
    void anAppositionWithADemonymRenamesTheOneBefore() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "One migrant, a Syrian man, was found dead on board."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, CountClaim.Category.MIGRANTS));
    }
}
