package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Round c24: parts after "including"/«بينهم» named by a nationality, an age or a role; "one of" a group of two words;
 * people found dead; evacuation orders; a doer before an active verb; a light verb before a dual result noun.
 */
class PartsByNationalityAgeOrRoleAndCasualtyVerbsTest {

    private static CountClaim withValue(List<CountClaim> claims, long value) {
        return claims.stream().filter(c -> c.count().value() != null && c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + value + " in " + claims));
    }

    @Test
    void aNationalityAfterAPartCountsPeople() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Armed men seized six engineers, including four Chinese, from a road project on Tuesday.");
        assertThat(withValue(claims, 4).partOf()).isEqualTo(withValue(claims, 6).id());
        assertThat(withValue(claims, 4).action()).isEqualTo(CountClaim.Action.KIDNAPPED);
        claims = CountRuleExamplesTest.find(Language.AR,
                "اختطف مسلحون سبعة مهندسين، بينهم أربعة صينيين، من موقع مشروع طريق أمس الثلاثاء.");
        assertThat(withValue(claims, 4).partOf()).isEqualTo(withValue(claims, 7).id());
        claims = CountRuleExamplesTest.find(Language.AR,
                "أصيب ٢٢ راكباً، بينهم ٨ بريطانيين، في انقلاب حافلة سياحية.");
        assertThat(withValue(claims, 8).partOf()).isEqualTo(withValue(claims, 22).id());
        assertThat(withValue(claims, 8).action()).isEqualTo(CountClaim.Action.WOUNDED);
        claims = CountRuleExamplesTest.find(Language.AR,
                "وفاة مخرج قدّم أكثر من 40 عرضاً في بريطانيا وفرنسا.");
        assertThat(claims).isEmpty();
    }

    @Test
    void aNationalityBeforeItsNounOrAnAbbreviationIsNoNounOfItsOwn() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Gunmen abducted three Chinese engineers near the mine.");
        assertThat(claims).extracting(c -> c.subject().category()).containsExactly(CountClaim.Category.OTHER);
        claims = CountRuleExamplesTest.find(Language.EN,
                "Two U.S. marines and a translator were killed in the ambush on Friday.");
        assertThat(withValue(claims, 2).subject().category()).isEqualTo(CountClaim.Category.SOLDIERS);
    }

    @Test
    void anAgeWithNoNounAfterAPartIsOnePerson() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Soldiers shot dead four men, including a 17-year-old, at a checkpoint overnight.");
        CountClaim one = withValue(claims, 1);
        assertThat(one.partOf()).isEqualTo(withValue(claims, 4).id());
        assertThat(one.action()).isEqualTo(CountClaim.Action.KILLED);
    }

    @Test
    void aMonkAmongTheDeadIsOnePerson() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "The blast at the temple killed 11 people, among them a monk and three children.");
        assertThat(withValue(claims, 1).partOf()).isEqualTo(withValue(claims, 11).id());
        assertThat(withValue(claims, 3).partOf()).isEqualTo(withValue(claims, 11).id());
    }

    @Test
    void oneOfTheSuspectsInTwoArabicWordsIsOne() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "وأفادت الشرطة بأن أحد المشتبه بهم أصيب بجروح خلال تبادل إطلاق النار.");
        assertThat(claims).extracting(c -> c.action(), c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 1L));
    }

    @Test
    void peopleFoundDeadAreKilled() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "وأوضح خفر السواحل أن خمسة مهاجرين عُثر عليهم متوفين على متن القارب.");
        assertThat(withValue(claims, 5).action()).isEqualTo(CountClaim.Action.KILLED);
    }

    @Test
    void residentsOrderedToEvacuateAreDisplaced() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Some 4,200 residents have been ordered to evacuate as the wildfire spread toward the town.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.DISPLACED);
        claims = CountRuleExamplesTest.find(Language.EN,
                "Flash floods forced the evacuation of about 900 villagers on Sunday.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.DISPLACED);
    }

    @Test
    void theDoerBeforeAnActiveVerbWithAnObjectIsNoVictim() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "A driver ploughed into a crowd and a passenger shot dead two bystanders.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(2L);
        claims = CountRuleExamplesTest.find(Language.EN,
                "A policeman wounded in the clash died in hospital on Monday.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L));
    }

    @Test
    void aDualResultNounAfterALightVerbSaysWhatBefellTheTwo() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "قُتل مزارع وسقط جريحان في قصف مدفعي على القرية.");
        assertThat(withValue(claims, 2).action()).isEqualTo(CountClaim.Action.WOUNDED);
        assertThat(withValue(claims, 1).action()).isEqualTo(CountClaim.Action.KILLED);
    }

    @Test
    void aProtesterShotDeadIsOnePerson() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "وقُتل محتج برصاص الشرطة خلال تفريق التظاهرة وسط المدينة.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L));
    }
    @Test
    void aShareOfAWholeWithANounOfTwoWordsIsTheShare() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "Two of the 18 aid workers in the convoy were wounded when the trucks came under fire.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 2L));
    }

    @Test
    void aTeacherShotByTheAttackersIsOneWounded() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "اقتحم مسلحون القرية فجراً وأصابوا مدرساً بالرصاص قبل أن يلوذوا بالفرار.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 1L));
    }
    @Test
    void aPersonWithAParticipleAndItsAgentAfterAPartIsOne() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.EN,
                "The strikes killed nine people overnight, including a 13-year-old girl struck by shrapnel, medics said.");
        assertThat(withValue(claims, 1).partOf()).isEqualTo(withValue(claims, 9).id());
        assertThat(withValue(claims, 1).subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
    }
    @Test
    void suspectedCasesBeforeADeathCountAreNoDeaths() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "وأحصت الوزارة نحو 9 آلاف حالة اشتباه بالحصبة و26 وفاة منذ مطلع الشهر.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 26L));
    }
    @Test
    void woundedWhoLeftHospitalArePatientsButAVerbsWoundedStay() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "وأوضحت المديرية أن 31 مصاباً غادروا المستشفى بعد تحسن حالتهم.");
        assertThat(claims).isEmpty();
        claims = CountRuleExamplesTest.find(Language.AR,
                "أصيب خمسة عمال بجروح طفيفة وغادروا المستشفى بعد تلقي الإسعافات.");
        assertThat(claims).extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 5L));
    }
    @Test
    void oneOfTheWoundedIsOneWoundedOrOneDeadWhenHeDied() {
        List<CountClaim> claims = CountRuleExamplesTest.find(Language.AR,
                "وأصيب ثلاثة مدنيين، وأفاد مسعفون بأن أحد الجرحى في حالة خطيرة.");
        assertThat(withValue(claims, 1).action()).isEqualTo(CountClaim.Action.WOUNDED);
        claims = CountRuleExamplesTest.find(Language.AR,
                "وتوفي أحد الجرحى صباح اليوم متأثراً بجروحه.");
        assertThat(withValue(claims, 1).action()).isEqualTo(CountClaim.Action.KILLED);
        claims = CountRuleExamplesTest.find(Language.AR,
                "وقال أحد الجرحى إن الشاحنة اقتحمت السوق مسرعة.");
        assertThat(claims).isEmpty();
    }
}
