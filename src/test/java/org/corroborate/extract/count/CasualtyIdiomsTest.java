package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Casualty phrasings beyond a count and a verb: the head of a construct, a partitive of the
 * wounded, "of them" after a count, "both", a definite one of a group, hypotheticals and scores.
 */
class CasualtyIdiomsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    private static CountClaim withValue(List<CountClaim> claims, long value) {
        return claims.stream().filter(c -> c.count().value() != null && c.count().value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + value + " in " + claims));
    }

    @Test
    void theWoundedWhoDiedAreKilledNotWounded() {
        List<CountClaim> claims = en("Two of the wounded died of their wounds in hospital on Tuesday.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.KILLED);
        // alone, the partitive still names the wounded
        assertThat(en("Two of the wounded were children.")).extracting(CountClaim::action)
                .containsOnly(CountClaim.Action.WOUNDED);
    }

    @Test
    void anArabicResultNounRightBeforeTheCountIsItsConstructHead() {
        List<CountClaim> claims = ar("انتشلت فرق الإنقاذ جثث أربعة مفقودين من تحت أنقاض مبنى منهار.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.KILLED);
        // a result noun before a linked count closes the group before it
        claims = ar("ارتفع عدد ضحايا السيول في المحافظة إلى 38 قتيلاً و19 مفقوداً.");
        assertThat(withValue(claims, 19).action()).isEqualTo(CountClaim.Action.MISSING);
        assertThat(withValue(claims, 38).action()).isEqualTo(CountClaim.Action.KILLED);
    }

    @Test
    void ofThemAfterAnArabicCountMakesItAPartOfTheGroupBefore() {
        List<CountClaim> claims = ar("أصيب ١٥ طالباً بجروح إثر حريق في مدرسة، ونُقل ثلاثة منهم إلى المستشفى بحالة حرجة.");
        assertThat(withValue(claims, 3).action()).isEqualTo(CountClaim.Action.WOUNDED);
        assertThat(withValue(claims, 3).partOf()).isEqualTo(withValue(claims, 15).id());
        // those released of a group are no part of it
        claims = ar("اختطف مسلحون 14 راكباً من حافلة، قبل أن يُطلقوا سراح اثنين منهم صباح أمس.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(14L);
    }

    @Test
    void martyrsAreTheDeadAndALinkedGroupOfAnotherActionIsNoWholeOfThem() {
        List<CountClaim> claims = ar("وصلنا خلال ساعة واحدة تسعة شهداء، بينهم أربعة أطفال، وعشرات الجرحى.");
        assertThat(withValue(claims, 9).action()).isEqualTo(CountClaim.Action.KILLED);
        assertThat(withValue(claims, 9).partOf()).isNull();
        assertThat(withValue(claims, 4).partOf()).isEqualTo(withValue(claims, 9).id());
        assertThat(claims).noneMatch(c -> Long.valueOf(1).equals(c.count().value())); // ساعة واحدة: an hour
        assertThat(claims).anyMatch(c -> c.action() == CountClaim.Action.WOUNDED && c.count().approximate());
    }

    @Test
    void aHypotheticalDisplacementAndAnEarlierTollAreNoClaims() {
        assertThat(ar("حذرت المنظمة من أن انهيار المنظومة الصحية قد يؤدي إلى نزوح ما يصل إلى مليون شخص إضافي.")).isEmpty();
        List<CountClaim> claims = ar("ارتفعت حصيلة ضحايا الزلزال إلى 112 قتيلاً ونحو 400 جريح، بعد أن كانت الحصيلة 87 قتيلاً مساء أمس.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(112L, 400L);
    }

    @Test
    void aCallForTheReleaseOfDetaineesCancelsNothing() {
        List<CountClaim> claims = ar("طالبت النقابة بالإفراج عن ثلاثة صحفيين اعتُقلوا في مدينة كسلا.");
        assertThat(withValue(claims, 3).action()).isEqualTo(CountClaim.Action.ARRESTED);
    }

    @Test
    void arabicAttackersAndConscriptsCountedAsTwo() {
        List<CountClaim> claims = ar("قُتل المهاجمان الانتحاريان وعنصران من قوات الأمن في هجوم على فندق.");
        assertThat(claims).extracting(c -> c.subject().category()).containsExactly(CountClaim.Category.ATTACKER,
                CountClaim.Category.SECURITY_FORCES);
        assertThat(claims).allMatch(c -> c.count().value() == 2 && c.action() == CountClaim.Action.KILLED);
    }

    @Test
    void bothBeforeAPluralCountsTwo() {
        List<CountClaim> claims = en("Two suicide bombers attacked a hotel on Wednesday, killing seven civilians before both attackers were shot dead.");
        CountClaim attackers = withValue(claims, 2);
        assertThat(attackers.subject().category()).isEqualTo(CountClaim.Category.ATTACKER);
        assertThat(attackers.action()).isEqualTo(CountClaim.Action.KILLED);
        assertThat(en("Both sides were blamed for the violence.")).isEmpty();
    }

    @Test
    void aDefiniteSingularAfterIncludingIsOneOfTheGroup() {
        List<CountClaim> claims = en("Bandits kidnapped 38 worshippers, including the imam, from a mosque.");
        assertThat(withValue(claims, 1).partOf()).isEqualTo(withValue(claims, 38).id());
        assertThat(withValue(claims, 1).action()).isEqualTo(CountClaim.Action.KIDNAPPED);
    }

    @Test
    void aDemonymBeforeASingularNounLeavesItTheGroup() {
        List<CountClaim> claims = en("A Palestinian official was killed in the strike.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).subject().category()).isEqualTo(CountClaim.Category.OFFICIALS);
    }

    @Test
    void aScoreCountsNobody() {
        assertThat(en("Liverpool beat Newcastle 4-0, killing off their title hopes.")).isEmpty();
    }

    @Test
    void peopleStillInCriticalConditionAreWounded() {
        List<CountClaim> claims = en("The death toll has risen to 42, with more than a dozen people still in critical condition.");
        assertThat(claims).anyMatch(c -> c.action() == CountClaim.Action.WOUNDED && Long.valueOf(13).equals(c.count().min()));
    }

    @Test
    void familiesAreNoCountOfPeople() {
        List<CountClaim> claims = en("The fighting killed 14 fighters and forced hundreds of families to flee.");
        assertThat(claims).extracting(CountClaim::action).containsExactly(CountClaim.Action.KILLED);
    }

    @Test
    void theyIncludedTakesTheActionOfTheWholeCountedBefore() {
        List<CountClaim> claims = en("Police arrested 30 people in the raids. They included the former lawmaker Salma Ben Youssef.");
        assertThat(withValue(claims, 1).action()).isEqualTo(CountClaim.Action.ARRESTED);
        assertThat(withValue(claims, 1).partOf()).isEqualTo(withValue(claims, 30).id());
        claims = en("Floods killed 12 people in the valley. They included three children.");
        assertThat(withValue(claims, 3).action()).isEqualTo(CountClaim.Action.KILLED);
        assertThat(en("They included three children and a teacher.")).isEmpty();
    }

    @Test
    void aPartOfTheAbductedWhoWereFreedIsNoClaim() {
        List<CountClaim> claims = en("Six of the 17 musicians abducted in Zacatecas state last month have been freed, officials said.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(17L);
        assertThat(en("Six of the 17 musicians abducted last month were killed, officials said."))
                .anyMatch(c -> Long.valueOf(6).equals(c.count().value()));
    }

    @Test
    void aDefiniteMasculineObliqueFormIsThePluralNotTwo() {
        List<CountClaim> claims = ar("طالبت نقابة الصحفيين السودانيين بالإفراج عن ثلاثة صحفيين اعتُقلوا في مدينة كسلا.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(3L);
        // the feminine dual keeps its count
        assertThat(ar("اعتقلت الشرطة طالبتين في الجامعة.")).extracting(c -> c.count().value()).containsExactly(2L);
    }

    @Test
    void anAgeIsNoCount() {
        List<CountClaim> claims = en("The bomber, whose age police put at about 19, also died.");
        assertThat(claims).extracting(c -> c.count().value()).containsExactly(1L);
        assertThat(claims.get(0).subject().category()).isEqualTo(CountClaim.Category.ATTACKER);
        assertThat(en("A man aged 19 was killed in the shooting.")).extracting(c -> c.count().value()).containsExactly(1L);
        assertThat(ar("لقي طفل يبلغ من العمر 8 سنوات حتفه وأصيب ثلاثة من أفراد أسرته في انهيار منزل."))
                .extracting(c -> c.count().value()).containsExactly(1L, 3L);
    }

    @Test
    void anOrdinalRightAfterACountIsOneMoreOfItsGroup() {
        List<CountClaim> claims = en("Houthi authorities detained 12 U.N. staff members in raids, and a thirteenth was taken from his home on Tuesday night.");
        assertThat(withValue(claims, 1).action()).isEqualTo(CountClaim.Action.ARRESTED);
        // an ordinal that does not follow on from the count is no more of the group
        assertThat(en("Police detained 12 protesters in raids across the capital earlier this month, and a fifth was taken from his home."))
                .extracting(c -> c.count().value()).containsExactly(12L);
    }

    @Test
    void aFathaBeforeTheEndingWritesTheDual() {
        assertThat(ar("أسفر انفجار في مستودع عن مقتل عاملَين مساء الأحد.")).singleElement()
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(2L));
        assertThat(ar("أسفر انفجار في مستودع عن مقتل عاملِين مساء الأحد.")).isEmpty();
    }

    /**
     * Arabic duals of death: the verb after a dual subject ("وكان مصريان قد توفيا"), a dual of
     * nationality ("فلسطينيان، سوريان") and the bodies of two ("انتشلت الفرق جثتي شابين"; bodies
     * recovered = killed, J22 of dev10; dev10-ar-028, ar-037).
     */
    @Test
    void arabicDualsOfDeathCountTwo() {
        assertThat(ar("وكان مصريان قد توفيا في الحادث ذاته.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED))
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(2L));
        assertThat(ar("وانتشل الغواصون جثتي شابين قرب الشاطئ.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED))
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(2L));
    }

    /**
     * Attacks, raids and blasts are counted things, not people: "killed at least 18 farmers in two
     * attacks" is no second toll of two (dev10-en-040), as "in three strikes" already was not.
     */
    @Test
    void theNumberOfAttacksIsNoToll() {
        assertThat(CountRuleExamplesTest.find(Language.EN, "Gunmen killed 14 herders in three raids across the district on Friday."))
                .extracting(c -> c.count().value()).containsExactly(14L);
    }

    /**
     * One more of a group with a verb of its own that undoes the first is no casualty: "Three
     * fishermen drowned and a fourth was rescued" counts three dead, not four (J22 of dev10: the
     * rescued are no claim; dev10-en-008).
     */
    @Test
    void oneMoreWhoWasRescuedIsNoCasualty() {
        assertThat(en("Three fishermen drowned off Mersin and a fourth was rescued by the coast guard."))
                .extracting(c -> c.count().value()).containsExactly(3L);
    }

    /**
     * "من عائلة واحدة" says where a part comes from, not one more person: "بينهم ثلاثة من أسرة
     * واحدة" is a part of three only (dev10-ar-019). An assassination kills its one target
     * ("اغتيال قيادي"), an attempted one ("محاولة اغتيال") does not.
     */
    @Test
    void oneFamilyIsNoOneMoreDeadAndAnAssassinationKillsItsTarget() {
        assertThat(ar("قُتل سبعة أشخاص، بينهم ثلاثة من أسرة واحدة، في قصف على الحي."))
                .extracting(c -> c.count().value()).containsExactly(7L, 3L);
        assertThat(ar("وجاء القصف بعد يوم من اغتيال قيادي في الفصيل قرب الحدود.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(CountClaim.Action.KILLED))
                .satisfies(c -> assertThat(c.subject().category()).isEqualTo(CountClaim.Category.MILITANTS));
        assertThat(ar("نجا المحافظ من محاولة اغتيال قيادي في الحزب.")).isEmpty();
    }

    /**
     * An attacker who set off his explosive belt died with it, as one who "blew himself up" (فجر
     * نفسه): "الانتحاري فجّر حزامه الناسف" is one dead attacker besides his victims (dev10-ar-022).
     */
    @Test
    void anAttackerWhoDetonatedHisBeltIsDead() {
        assertThat(ar("وقالت الشرطة إن الانتحاري فجّر حزامه الناسف عند البوابة، ما أدى إلى مقتل أربعة حراس."))
                .extracting(c -> c.subject().category(), c -> c.count().value())
                .contains(org.assertj.core.groups.Tuple.tuple(CountClaim.Category.ATTACKER, 1L));
    }

    /**
     * "put the number of missing at six": a figure of the missing given by a witness (dev10-en-040);
     * "the number of missing pages" stays no count.
     */
    @Test
    void someonePutsTheNumberOfMissingAtAFigure() {
        assertThat(en("A fisherman, who survived, put the number of missing at six.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(CountClaim.Action.MISSING))
                .satisfies(c -> assertThat(c.count().value()).isEqualTo(6L));
        assertThat(en("The clerk put the number of missing pages at 40.")).isEmpty();
    }

    @Test
    void anArabicAttackerWhoBlewHimselfUpOrWasKilledByTheForcesIsOneAttackerKilled() {
        assertThat(CountRuleExamplesTest.find(Language.AR, "فجّر انتحاري نفسه عند مدخل السوق، ما أسفر عن مقتل سبعة أشخاص."))
                .extracting(c -> c.action(), c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 1L, CountClaim.Category.ATTACKER),
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 7L, CountClaim.Category.PEOPLE));
        assertThat(CountRuleExamplesTest.find(Language.AR, "وفجرت الانتحارية حزامها الناسف قرب حاجز للشرطة."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, CountClaim.Category.ATTACKER));
        // the verb carries its object: the three the gunman shot at are not those it says were killed
        assertThat(CountRuleExamplesTest.find(Language.AR, "أطلق المسلح النار على ثلاثة مصلين قبل أن تقتله قوات الأمن."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, CountClaim.Category.ATTACKER));
        assertThat(CountRuleExamplesTest.find(Language.EN, "A suicide bomber blew himself up at a checkpoint, killing four soldiers."))
                .extracting(c -> c.count().value(), c -> c.subject().category())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, CountClaim.Category.ATTACKER),
                        org.assertj.core.groups.Tuple.tuple(4L, CountClaim.Category.SOLDIERS));
    }

    /** "sending 22 others to hospital": the people a crash sent to hospital are its wounded, not more of its dead. */
    @Test
    void peopleSentToHospitalAreWounded() {
        assertThat(en("A bus overturned on a mountain road on Sunday, killing three people and sending 22 others to hospital, officials said."))
                .extracting(CountClaim::action, c -> c.count().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CountClaim.Action.KILLED, 3L),
                        org.assertj.core.groups.Tuple.tuple(CountClaim.Action.WOUNDED, 22L));
        assertThat(en("The air ambulance flew 40 kilometres to hospital through the storm.")).isEmpty();
    }
}
