package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * Count phrasings of wire copy unlike the development sets (issue #5): long subjects before their
 * verb, implicit singulars, ordinals, sources of a figure, lists that join a singular to a counted
 * group, and nouns of people the packs lacked.
 */
class UnseenTextCountsTest {

    private static List<CountClaim> ar(String text) {
        return CountRuleExamplesTest.find(Language.AR, text);
    }

    private static List<CountClaim> en(String text) {
        return CountRuleExamplesTest.find(Language.EN, text);
    }

    private static List<String> read(List<CountClaim> claims) {
        return claims.stream().map(c -> c.action() + " " + (c.count().value() != null ? c.count().value() : "min " + c.count().min())
                + (c.partOf() != null ? " part" : "")).toList();
    }

    @Test
    void aParticipleOrARelativeClauseBetweenTheGroupAndItsVerbIsPassedOver() {
        assertThat(read(en("Six miners trapped in the flooded shaft were killed on Sunday."))).containsExactly("KILLED 6");
        assertThat(read(en("Two workers burned in the refinery fire were taken to hospital."))).containsExactly("WOUNDED 2");
        assertThat(read(en("Seven students who had occupied the rector's office were detained.")))
                .containsExactly("ARRESTED 7");
        assertThat(read(en("Police in the eastern port city of Mombasa on Friday arrested nine suspected smugglers.")))
                .containsExactly("ARRESTED 9");
    }

    @Test
    void anArabicDualObjectFollowedByItsAgeOrADayIsTwoPeople() {
        assertThat(read(ar("أوقفت قوات الأمن شابين في الثلاثينات من العمر بتهمة السرقة."))).containsExactly("ARRESTED 2");
        assertThat(read(ar("اعتقلت الشرطة رجلين يوم الخميس بعد مطاردة في وسط المدينة."))).containsExactly("ARRESTED 2");
    }

    @Test
    void anImplicitSingularAfterAnArrestVerbOrJoinedToACountedGroupIsOne() {
        assertThat(read(en("Troops captured a senior commander of the rebel group near the border."))).containsExactly("ARRESTED 1");
        assertThat(read(ar("ألقت قوات الأمن القبض على قيادي بارز في الجماعة المسلحة."))).containsExactly("ARRESTED 1");
        assertThat(read(en("The ambush killed four soldiers and a civilian."))).containsExactly("KILLED 4", "KILLED 1");
        // past an adjective of the group before: "released prisoners and a journalist", "Israeli soldiers and a civilian"
        assertThat(read(ar("داهمت القوات البلدة واعتقلت 12 شاباً، بينهم أسيران محرران وصحفي.")))
                .containsExactly("ARRESTED 12", "ARRESTED 2 part", "ARRESTED 1 part");
        assertThat(read(ar("قُتل خمسة جنود إسرائيليين ومدني في هجوم بطائرة مسيّرة."))).containsExactly("KILLED 5", "KILLED 1");
        // still an adjective after an adjective: "a security and military source" is no person
        assertThat(ar("نقلت الوكالة عن مصدر أمني وعسكري أن ثلاثة مسلحين قُتلوا.")).extracting(c -> c.count().value())
                .containsExactly(3L);
    }

    @Test
    void aDefiniteSubjectWithAnAdjectiveOpeningThePassiveIsOne() {
        assertThat(read(en("The former governor was detained at the airport on Friday."))).containsExactly("ARRESTED 1");
        assertThat(read(en("The alleged ringleader, known as Toto, was captured along with three accomplices.")))
                .containsExactly("ARRESTED 1", "ARRESTED 3");
        // a proper name after "the" is no adjective
        assertThat(read(en("The Kenyan official was detained on Friday."))).containsExactly("ARRESTED 1");
    }

    @Test
    void anAgeWithNoNounBeforeAPassiveIsOnePerson() {
        assertThat(read(en("A 23-year-old was stabbed to death and a 17-year-old was injured outside the club.")))
                .containsExactly("KILLED 1", "WOUNDED 1"); // "was stabbed to death" is a killing (c18)
        assertThat(read(en("Police said a 15-year-old was detained after the riot."))).containsExactly("ARRESTED 1");
        assertThat(en("A 40-year-old was rescued from the rubble.")).isEmpty();
    }

    @Test
    void theOneDescribedAfterALinkedSingularIsOneMore() {
        assertThat(read(en("Gunmen shot dead a health worker and the soldier escorting her near the market.")))
                .containsExactly("KILLED 1", "KILLED 1");
        // no describing word after it: no second person read into "and the minister said"
        assertThat(read(en("A soldier was killed and the minister said the army would respond."))).containsExactly("KILLED 1");
    }

    @Test
    void anOrdinalVictimIsOneMore() {
        assertThat(read(en("A fifth victim of the shooting died in hospital on Thursday."))).containsExactly("KILLED 1");
        // a fourth of the wounded who died is a death, not one more wounded
        assertThat(read(ar("وتوفي جريح رابع في المستشفى متأثراً بإصابته."))).containsExactly("KILLED 1");
        // an ordinal with the cause right after it
        assertThat(read(ar("قُتل شرطيان مصريان وأصيب ثالث بانفجار لغم قرب العريش."))).containsExactly("KILLED 2", "WOUNDED 1");
    }

    @Test
    void theSourceOfAFigureIsNoCasualty() {
        assertThat(read(en("Four people were killed in the strike, according to a nurse at the district hospital.")))
                .containsExactly("KILLED 4");
        assertThat(read(ar("قُتل أربعة أشخاص في الغارة، بحسب ممرض في المستشفى."))).containsExactly("KILLED 4");
        assertThat(read(ar("أصيب سبعة أشخاص بجروح، وفقاً لطبيب في المستشفى الميداني."))).containsExactly("WOUNDED 7");
    }

    @Test
    void membersOfANamedForceRemainsAndTheKillingOfAreCounts() {
        assertThat(read(en("Three members of the presidential guard were killed in the ambush."))).containsExactly("KILLED 3");
        assertThat(read(en("Divers recovered the bodies of 14 migrants from the wreck."))).containsExactly("KILLED 14");
        assertThat(read(ar("انتشل خفر السواحل جثث 9 مهاجرين قبالة الشاطئ."))).containsExactly("KILLED 9");
        assertThat(read(en("Riots broke out after the killing of two teenagers by police."))).containsExactly("KILLED 2");
        assertThat(read(ar("خرجت مظاهرات غاضبة إثر مقتل أربعة شبان برصاص الشرطة."))).containsExactly("KILLED 4");
    }

    @Test
    void thoseSweptAwayAreMissing() {
        assertThat(read(en("Rescuers searched for five villagers feared swept away by the river.")))
                .containsExactly("MISSING 5");
    }

    @Test
    void nounsOfPeopleThePacksLacked() {
        assertThat(read(en("Gunmen shot dead a polio vaccinator in the district on Monday."))).containsExactly("KILLED 1");
        assertThat(read(en("The gang leader's two bodyguards were detained in the raid."))).containsExactly("ARRESTED 2");
        assertThat(read(ar("اختطف مسلحون 75 تلميذة من مدرسة ثانوية للبنات."))).containsExactly("KIDNAPPED 75");
    }

    @Test
    void theWrongCountsStayOut() {
        assertThat(read(en("The blast killed nine people, including a woman and three children.")))
                .containsExactly("KILLED 9", "KILLED 1 part", "KILLED 3 part");
        assertThat(read(en("Bandits abducted 30 passengers and freed six of them on Sunday."))).containsExactly("KIDNAPPED 30");
        assertThat(read(ar("أصيب شرطيان اثنان في تبادل لإطلاق النار."))).containsExactly("WOUNDED 2");
        // a share of those rescued is rescued too, not missing with the group after it
        assertThat(read(en("Fishermen rescued 14 migrants, three of them women, while six remain missing.")))
                .containsExactly("MISSING 6");
    }

    @Test
    void aBareCountBeforeADayIsStillACount() {
        // the date, read with the count, makes يوم no unit of it
        assertThat(datesOf(Language.AR, "أوقفت الشرطة ثلاثة يوم الأربعاء في حي الميناء.")).containsExactly("3 2026-11-25");
        assertThat(datesOf(Language.AR, "قُتل اثنان يوم الجمعة في اشتباكات بين عشيرتين.")).containsExactly("2 2026-11-20");
    }

    @Test
    void beingForcedToLeaveOnesHomeIsDisplacement() {
        assertThat(read(en("The mudslides forced some 1,200 villagers to leave their homes."))).containsExactly("DISPLACED 1200");
        assertThat(read(en("The clashes forced 600 to leave their homes."))).containsExactly("DISPLACED 600");
        assertThat(read(ar("أجبرت الاشتباكات نحو 800 شخص على مغادرة منازلهم في الريف الشمالي."))).containsExactly("DISPLACED 800");
        // families are not counted as people
        assertThat(ar("أجبرت السيول 300 عائلة على ترك منازلها.")).isEmpty();
    }

    private static List<String> datesOf(Language language, String text) {
        return ShippedRules.counts(text, language, LocalDate.of(2026, 11, 25)).stream()
                .map(c -> c.count().value() + " " + c.date().start()).toList();
    }

    @Test
    void aCountTakesTheDateOfItsOwnVerbNotOfTheEventItIsOver() {
        assertThat(datesOf(Language.EN, "Police detained three teenagers on Tuesday over an arson attack on Sunday."))
                .containsExactly("3 2026-11-24");
        assertThat(datesOf(Language.AR, "أوقفت الشرطة ثلاثة شبان يوم الثلاثاء بتهمة إحراق سيارة يوم الأحد."))
                .containsExactly("3 2026-11-24");
        // a date past a comma after the verb is another clause's (the statement's), not the verb's own
        assertThat(datesOf(Language.EN, "Two soldiers were wounded, Monday's statement said, in the attack on Saturday."))
                .containsExactly("2 2026-11-21");
        // the killing's own day, not the funeral's
        assertThat(datesOf(Language.EN, "Funerals were held on Tuesday for the eight miners killed on Sunday."))
                .containsExactly("8 2026-11-22");
    }

    @Test
    void aPlaceBetweenACountAndItsDateKeepsTheDateTheCounts() {
        // the court's day dates the sentence, not the killing of the villagers in the town named after them
        assertThat(datesOf(Language.EN, "A military court on Thursday jailed a former army major for life for ordering "
                + "the killing of 14 villagers in Tamarin in March 2024.")).containsExactly("14 2024-03-01");
        assertThat(datesOf(Language.AR, "قضت محكمة عسكرية يوم الخميس بسجن ضابط سابق مدى الحياة بتهمة إصدار أوامر "
                + "أدت إلى مقتل 14 مدنيا في حماة في آذار/مارس 2024.")).containsExactly("14 2024-03-01");
    }

    @Test
    void anActionAfterAnObjectPronounBefellThePersonItStandsFor() {
        // "shot him dead": the attacker died, not the driver wounded before
        assertThat(read(en("An attacker opened fire at a bus station, wounding three passengers and a driver before soldiers "
                + "shot him dead."))).containsExactlyInAnyOrder("KILLED 1", "WOUNDED 1", "WOUNDED 3");
    }
}
