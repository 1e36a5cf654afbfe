package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count idioms of dev12: a wounding participle between a count and its noun, "one of them" set off
 * by a comma after a counted group, a court's "jailed" (a sentence, no arrest), missionaries (M19).
 */
class AttributiveWoundsAndApposedOnesTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    @Test
    void aWoundingParticipleBeforeTheNounMakesTheCountWounded() {
        // rule 4: "adding that 21 injured workers were being treated" is a count, whatever verb follows
        assertThat(en("Medics said 17 injured miners were flown to the capital on Sunday.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.WOUNDED);
            assertThat(c.count().value()).isEqualTo(17L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.WORKERS);
        });
    }

    @Test
    void oneOfThemSetOffByACommaIsAPartOfTheGroupBefore() {
        // rule 12: "أصيب خمسة فلسطينيين، أحدهم بالرصاص الحي" → 5 and a part of 1
        List<CountClaim> claims = ar("أصيب ستة عمال، أحدهم بحروق في وجهه، إثر انفجار خزان غاز في المصنع.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(6L, 1L);
        assertThat(claims).extracting(CountClaim::action).containsOnly(CountClaim.Action.WOUNDED);
        // no count before it, no part
        assertThat(ar("شارك خمسة لاعبين، أحدهم من الناشئين، في التدريب.")).isEmpty();
    }

    @Test
    void aCourtJailingMenIsASentenceNotAnArrest() {
        assertThat(en("A court in Leeds jailed four men for 12 years for running a fraud ring.")).isEmpty();
        assertThat(en("Police arrested four men in Leeds on Monday.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(CountClaim.Action.ARRESTED));
    }

    @Test
    void missionariesAreOtherPeople() {
        // M19 of dev12
        assertThat(en("Gunmen abducted two Italian missionaries near the border on Friday.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.KIDNAPPED);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.OTHER);
        });
    }

    @Test
    void aDualRightAfterADualIsTheSameTwo() {
        // "لقي طفلان شقيقان حتفهما" (ar-029 of dev12): one group of two, not two groups
        assertThat(ar("قُتل صيادان شقيقان في غارة على قاربهما أمس.")).singleElement()
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(2L));
        // a linked dual is a second group
        assertThat(ar("قُتل جنديان وشرطيان في الكمين.")).hasSize(2);
    }

    @Test
    void aDualChildNounWithAPronounCountsTwo() {
        // "لقيت أم وطفلاها مصرعهم" (ar-021 of dev12): طفلاها is two children
        assertThat(ar("أصيب رجل وطفلاه بجروح في انفجار قذيفة قرب منزلهم.")).anySatisfy(c -> {
            assertThat(c.count().value()).isEqualTo(2L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.CHILDREN);
        });
    }

    @Test
    void aCivilProtectionAgentAmongTheDeadIsOneOther() {
        // M19 of dev12: "بينهم عون في الحماية المدنية" → a part of one, category other
        List<CountClaim> claims = ar("لقي ثلاثة أشخاص حتفهم في حريق مستودع، بينهم عون في الحماية المدنية.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(3L, 1L);
        assertThat(claims.get(1).subject().category()).isEqualTo(CountClaim.Category.OTHER);
    }

    @Test
    void holdingAGroupIsAnArrest() {
        // M16 of dev12: "يحتجز الحوثيون أكثر من 50 …" is an arrest claim
        assertThat(ar("وتحتجز السلطات أكثر من 30 ناشطاً في سجن المدينة.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.ARRESTED);
            assertThat(c.count().min()).isEqualTo(31L);
        });
    }

    @Test
    void oneOfAPluralOfPeopleCountsOne() {
        // "ما أدى إلى إصابة أحد أفرادها" (ar-010 of dev12): one of the force's members was wounded
        assertThat(ar("انفجرت عبوة ناسفة بدورية للجيش، ما أسفر عن مقتل أحد الجنود.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED);
            assertThat(c.count().value()).isEqualTo(1L);
            assertThat(c.subject().category()).isEqualTo(CountClaim.Category.SOLDIERS);
        });
        assertThat(ar("أطلق مسلح النار على الحاجز، ما أدى إلى إصابة أحد عناصره بجروح.")).extracting(c -> c.count().value())
                .containsExactly(1L);
        // one of a place, or nobody, counts no one
        assertThat(ar("أصيب ثلاثة أشخاص في إحدى القرى.")).extracting(c -> c.count().value()).containsExactly(3L);
        assertThat(ar("لم يصب أحد بأذى في الحادث.")).isEmpty();
    }

    @Test
    void aNounOfThingsAfterAPrepositionIsNoUnitOfTheCount() {
        // "وأصيب العشرات في غارات إسرائيلية" (ar-013 of dev12): the raids are where they were hurt, not what was counted
        assertThat(ar("وجُرح العشرات خلال مواجهات مع الشرطة في وسط المدينة.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.WOUNDED);
            assertThat(c.count().approximate()).isTrue();
        });
        assertThat(ar("أصيب تسعة في غارات جوية على القرية.")).extracting(c -> c.count().value()).containsExactly(9L);
        // a unit right after the number still counts things
        assertThat(ar("شنت الطائرات 12 غارة على القرية في ساعتين.")).isEmpty();
    }

    @Test
    void aCompoundNumberAfterADefinitePluralCountsItsPeople() {
        // "أوقفت المتهمين الاثني عشر" (ar-012 of dev12): twelve suspects, not a twelfth one
        assertThat(ar("وكانت الشرطة قد اعتقلت الناشطين الاثني عشر قبل عامين.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(CountClaim.Action.ARRESTED);
            assertThat(c.count().value()).isEqualTo(12L);
        });
        // after a singular it is the ordinal, and counts no group
        assertThat(ar("اعتقلت الشرطة الناشط الثاني عشر في القضية.")).allSatisfy(c -> assertThat(c.count().value()).isNotEqualTo(12L));
    }

    @Test
    void aMotherIsOneOnlyBeforeALinkedNoun() {
        // ar-021 of dev12: "لقيت أم وطفلاها مصرعهم" → a woman and two children
        assertThat(ar("قُتلت أم وطفلاها في قصف استهدف منزلهم.")).extracting(c -> c.count().value()).containsExactly(1L, 2L);
        // "أم" as "or", or opening a place name, counts no one
        assertThat(ar("أصيب أربعة أشخاص في قصف على أم درمان.")).extracting(c -> c.count().value()).containsExactly(4L);
    }
}
