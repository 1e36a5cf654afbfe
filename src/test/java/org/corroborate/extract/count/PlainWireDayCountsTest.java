package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Count phrasings of an ordinary wire day that the held-out reading found (c22): ages written in words, shares of
 * things after a preposition, the state of people already counted, relief camps and shelters, a definite one closing a
 * list of the dead, an Arabic accusative singular, a perfect passive after a long description, and rescued people
 * taken to hospital.
 */
class PlainWireDayCountsTest {

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
    void anAgeWrittenInWordsIsTheAgeOfOnePerson() {
        assertThat(read(en("A four-year-old girl was killed when a wall collapsed in the storm."))).containsExactly("KILLED 1");
        assertThat(read(en("Police said a seventeen-year-old boy had been detained over the fire."))).containsExactly("ARRESTED 1");
        assertThat(read(en("A thirty-one-year-old nurse was wounded by shrapnel."))).containsExactly("WOUNDED 1");
        assertThat(read(en("An eight-month-old baby was among the injured."))).doesNotContain("WOUNDED 8");
    }

    @Test
    void aNumberOfThingsAfterAPrepositionOfASettingCountsNoOne() {
        assertThat(read(en("A paramedic was injured during one of the evacuations, the agency said."))).containsExactly("WOUNDED 1");
        assertThat(read(en("Rescuers found the body of a man on one of the trawlers."))).containsExactly("KILLED 1");
        assertThat(read(en("Three civilians were killed in two of the districts hit by shelling."))).containsExactly("KILLED 3");
        // people after "of the" are still counted
        assertThat(read(en("Gunmen shot dead one of the guards at the gate."))).containsExactly("KILLED 1");
    }

    @Test
    void aVagueShareOfTheWoundedTellsTheirStateNoNewGroup() {
        assertThat(read(en("Nineteen people were injured, several of them seriously, the ministry said.")))
                .containsExactly("WOUNDED 19");
        assertThat(read(en("Fourteen people were hurt and several were in critical condition.")))
                .containsExactly("WOUNDED 14");
        // a wounding verb of its own is a group of its own
        assertThat(read(en("Twelve people were injured and dozens were treated for smoke inhalation.")))
                .containsExactly("WOUNDED 12", "WOUNDED min 24");
        // a number keeps its part (dev13-en-019)
        assertThat(read(en("At least 30 others were injured, six of them critically.")))
                .containsExactly("WOUNDED min 30", "WOUNDED 6 part");
    }

    @Test
    void peopleMovedToReliefCampsOrShelteredAreDisplaced() {
        assertThat(read(en("Some 1,800 villagers have been moved to relief camps, district officials said.")))
                .containsExactly("DISPLACED 1800");
        assertThat(read(en("The floods killed six people, and about 3,200 had been moved to evacuation centres.")))
                .containsExactly("KILLED 6", "DISPLACED 3200");
        assertThat(read(ar("وأعلن المحافظ إيواء نحو 700 شخص في مدارس المدينة بعد انهيار منازلهم.")))
                .containsExactly("DISPLACED 700");
        assertThat(ar("وافتتحت البلدية مركز إيواء جديداً يتسع لنحو 300 شخص.")).isEmpty();
    }

    @Test
    void aDefiniteOneClosingAListOfTheDeadIsOneMorePart() {
        assertThat(read(en("A minibus crash killed 14 people. Among the dead were three pupils and the driver, police said.")))
                .containsExactlyInAnyOrder("KILLED 14", "KILLED 3 part", "KILLED 1 part");
        assertThat(read(en("Seven people were killed. Witnesses said the dead also included a teenage boy.")))
                .containsExactly("KILLED 7", "KILLED 1 part");
        // a clause of its own after the list is no member of it
        assertThat(read(en("Among the dead were five soldiers, and the governor ordered an inquiry.")))
                .containsExactly("KILLED 5");
    }

    @Test
    void anArabicSingularInTheAccusativeIsOnePerson() {
        assertThat(read(ar("قتل تسعة أشخاص في القصف. وأوضح المصدر أن من بين القتلى مزارعاً وسائقاً.")))
                .containsExactly("KILLED 9", "KILLED 1 part", "KILLED 1 part");
        assertThat(read(ar("خطف مسلحون ستة عمال قرب الحقل. وقالت الشركة إن بين المختطفين طبيباً.")))
                .containsExactly("KIDNAPPED 6", "KIDNAPPED 1 part");
        assertThat(read(ar("وأصيب منتسب في قوات الأمن بجروح طفيفة خلال الاشتباك."))).containsExactly("WOUNDED 1");
    }

    @Test
    void aPerfectPassivePastALongDescriptionIsTheGroupsVerb() {
        assertThat(read(en("Police said three men suspected of smuggling fuel across the northern border had been arrested.")))
                .containsExactly("ARRESTED 3");
        assertThat(read(en("Four people accused of attacking the polling station have been detained.")))
                .containsExactly("ARRESTED 4");
    }

    @Test
    void rescuedPeopleTakenToHospitalAreNotWounded() {
        assertThat(ar("وقال المتحدث إن ١٨ شخصاً أُنقذوا ونُقلوا إلى المستشفى للفحص.")).isEmpty();
        assertThat(read(ar("وقال المتحدث إن ستة أشخاص نُقلوا إلى المستشفى بعد الحريق."))).containsExactly("WOUNDED 6");
    }

    @Test
    void anArabicAsideNamingWhoHelpedKeepsTheVerbBeforeIt() {
        assertThat(read(ar("أوقفت عناصر الأمن بمدينة الدار البيضاء، بتنسيق مع مصالح المديرية العامة لمراقبة التراب الوطني، أربعة أشخاص.")))
                .containsExactly("ARRESTED 4");
        assertThat(read(ar("اعتقلت قوات الأمن في محافظة ديالى، بالتعاون مع جهاز المخابرات الوطني، ستة مطلوبين.")))
                .containsExactly("ARRESTED 6");
    }

    @Test
    void survivorsPulledOutWithInjuriesToTheBodyAreWounded() {
        assertThat(read(en("Two bodies were recovered and four survivors were pulled out with leg injuries, the agency said.")))
                .containsExactly("KILLED 2", "WOUNDED 4");
        assertThat(en("The clinic treats patients with leg injuries every weekend.")).isEmpty();
    }

    @Test
    void armedMenStillHoldingPeopleHaveKidnappedThemPoliceHaveNot() {
        assertThat(read(en("The militants are still holding at least 12 villagers, the governor said.")))
                .containsExactly("KIDNAPPED min 12");
        assertThat(en("Police are still holding three suspects for questioning.")).isEmpty();
    }

    @Test
    void casesOfAnIllnessAreNoWoundedInAnySentenceThatNamesIt() {
        assertThat(ar("وسجلت المديرية ٦٠ إصابة بالملاريا و١٤ إصابة بالتيفوئيد خلال الشهر.")).isEmpty();
        assertThat(ar("وأعلنت الوزارة تسجيل ٣٨ إصابة بالحصبة هذا العام، مقارنة بسبع إصابات في العام السابق.")).isEmpty();
        // a verbal noun linked after a count is still its own verb
        assertThat(read(ar("أدى الانفجار إلى مقتل ثلاثة وإصابة ١٥ بجروح."))).containsExactly("KILLED 3", "WOUNDED 15");
    }

    @Test
    void peopleCrossingIntoANeighbouringCountryAreDisplaced() {
        assertThat(read(en("About 6,000 people had crossed into neighbouring Malawi by Sunday, the agency said.")))
                .containsExactly("DISPLACED 6000");
        assertThat(en("The minister crossed into neighbouring Austria for the summit.")).isEmpty();
    }

    @Test
    void anArabicCountOfAccidentsOrInjuriesBindsToNoVerb() {
        assertThat(read(ar("وأصيب ٢٣٠ شخصاً في ١٤٥ حادث سير خلال عطلة العيد."))).containsExactly("WOUNDED 230");
        assertThat(read(ar("وأسفر انقلاب الحافلة عن وفاة ثلاثة أشخاص و١٨ إصابة."))).containsExactly("KILLED 3");
        // a preposition on the word after the number says how, not what is counted
        assertThat(read(ar("أصيب 11 شاباً، بينهم 3 بالرصاص الحي."))).containsExactly("WOUNDED 11", "WOUNDED 3 part");
        assertThat(read(ar("وأعلنت مصادر طبية وصول أربعة جثامين إلى مستشفى المدينة."))).containsExactly("KILLED 4");
    }

    @Test
    void aBabyAndADualOfCitizensAreCounted() {
        assertThat(read(en("A five-month-old baby was killed when the shell hit the house."))).containsExactly("KILLED 1");
        assertThat(read(ar("أوقفت الشرطة سبعة أشخاص، بينهم مواطنان."))).containsExactly("ARRESTED 7", "ARRESTED 2 part");
    }
}
