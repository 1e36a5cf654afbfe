package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An incident already counted, told again in a later sentence of its own with its day, its subject or its verb referring
 * back to it (dev rule 15 as amended on 2026-12-01; the packs' {@code restated_incidents}, {@link
 * DateClaims#restatedIncidents}): the earlier counts with no day of their own take it, and it is no date claim. What
 * followed the incident (it was put out, condemned, visited) keeps its own day, and so does a day a clause break parts
 * from the words that refer back.
 */
class RestatedIncidentsTest {

    // published on Tuesday 12 May 2026: Thursday is the 7th, Friday the 8th, Saturday the 9th, Sunday the 10th

    @Test
    void theBlazeToldAgainDatesTheCountsAndIsNoDateClaim() {
        String text = "A fire at a furniture warehouse in Lagos killed nine workers and injured 15 others, emergency officials said. "
                + "The blaze broke out on Saturday evening.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12"))
                .containsExactly("killed 9@2026-05-09..2026-05-09", "wounded 15@2026-05-09..2026-05-09");
    }

    @Test
    void theAttackNamedRightBeforeItsDayIsTheAttackCounted() {
        String text = "Gunmen killed 12 villagers in an attack on a cattle market in central Mali, local officials said. "
                + "The attack on Saturday was the deadliest in the region this year.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12")).containsExactly("killed 12@2026-05-09..2026-05-09");
        // the people counted, told again with what befell them
        String hostages = "Armed men abducted 18 passengers from a bus in Zamfara state, police said. "
                + "The passengers were seized on a rural highway late on Friday.";
        assertThat(dateClaims(hostages, Language.EN, "2026-05-12")).isEmpty();
    }

    @Test
    void aDayWithinTheCountsMonthTellsItsDay() {
        // the killing counted with its month, then its day: the day refines the month, no date claim of its own
        String text = "Prosecutors charged nine men over the killing of four border guards in an ambush in the north last month. "
                + "The guards were shot dead on April 21 while escorting a fuel convoy.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12")).contains("killed 4@2026-04-21..2026-04-21");
    }

    @Test
    void theAttackersOrTheOperationToldAgainAreTheIncident() {
        String attackers = "Gunmen killed seven farmers in a village in Plateau state, a police spokesman said. "
                + "The attackers stormed the village late on Saturday, setting several homes on fire.";
        assertThat(dateClaims(attackers, Language.EN, "2026-05-12")).isEmpty();
        String operation = "Police detained 31 suspected smugglers in the port city, the interior ministry said. "
                + "Officers seized weapons and cash during the raids, which ran from Thursday to Saturday.";
        assertThat(dateClaims(operation, Language.EN, "2026-05-12")).isEmpty();
    }

    @Test
    void theAttackersWithoutTheirArticleAreTheIncidentToo() {
        // the attack counted with its month, then its actors with the day, as a lead writes them again
        String text = "A military court sentenced 12 men over an attack on a barracks in April in which nine soldiers were killed. "
                + "Gunmen stormed the barracks in the early hours of April 21 before troops drove them off.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12")).containsExactly("killed 9@2026-04-21..2026-04-21");
        // the counts dated otherwise: the gunmen of Saturday are another attack, a dated event of its own
        String other = "Clashes between rival militias killed six people in the city on Thursday, police said. "
                + "Gunmen stormed a police post in a nearby town on Saturday.";
        assertThat(dateClaims(other, Language.EN, "2026-05-12")).containsExactly("2026-05-09..2026-05-09");
    }

    @Test
    void raidsToldAgainWithTheirPlacesOrWithoutArticleDateTheArrests() {
        // the places of the raids listed before the day, and a plural with no article, still refer back to the arrests
        String listed = "Italian police have arrested 17 people suspected of smuggling migrants across the Mediterranean, prosecutors said. "
                + "The arrests were made in raids in Palermo, Catania and Bari between May 4 and May 6.";
        assertThat(dateClaims(listed, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(listed, Language.EN, "2026-05-12")).containsExactly("arrested 17@2026-05-04..2026-05-06");
        String bare = "Greek coast guard officers detained six suspected smugglers, officials said. "
                + "Raids were carried out on Friday on two islands.";
        assertThat(dateClaims(bare, Language.EN, "2026-05-12")).isEmpty();
        // the near case: raids that are a new event, not the arrests', keep their day
        String other = "Police detained six suspected smugglers on Monday, officials said. "
                + "Separately, troops carried out raids in the hills on Friday.";
        assertThat(dateClaims(other, Language.EN, "2026-05-12")).contains("2026-05-08..2026-05-08");
    }

    @Test
    void theOperationDatesTheArrestsWhenTheOnlyDeadHaveTheirOwnDay() {
        // the arrests dated only by the statement's day; the dead of another, older event: the operation is the arrests'
        String text = "Police in Ecuador arrested 19 suspected gang members in raids across three provinces, the interior ministry "
                + "said on Monday. Among them was a local leader accused of killing two prison guards in Guayaquil "
                + "last year. Officers also seized rifles and explosives during the operations, which ran from Thursday to Saturday.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12")).contains("arrested 19@2026-05-07..2026-05-09", "killed 2@2025-01-01..2025-12-31");
        // set off by a comma, its participle first
        String weekend = "Police in Portugal arrested 11 people in raids on two fishing ports, the ministry said on Tuesday. "
                + "The operation, carried out over the weekend with help from Spanish officers, was the largest this year.";
        assertThat(dateClaims(weekend, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(weekend, Language.EN, "2026-05-12")).containsExactly("arrested 11@2026-05-09..2026-05-10");
        // the dead with no day of their own are the incident's: they take it, the arrest after them does not
        String fire = "A fire at a garment factory in Dhaka killed eight workers, officials said. Police detained the factory's "
                + "owner. The blaze broke out on Saturday evening.";
        assertThat(countsWithDays(fire, Language.EN, "2026-05-12")).contains("killed 8@2026-05-09..2026-05-09");
    }

    @Test
    void theDayOfASearchIsNeitherTheCountsDayNorADateClaim() {
        String text = "A ferry carrying farmers to a market sank on Lake Kivu in eastern Congo, killing 11 people, and "
                + "divers were searching Sunday for about 30 others, provincial officials said. The overloaded ferry capsized "
                + "late Saturday near the island of Idjwi, a local official said.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12")).contains("killed 11@2026-05-09..2026-05-09");
        // a day of the sinking itself, the search told without one, stays the counts' own day
        String own = "A ferry sank on Lake Kivu on Sunday, killing 11 people, and divers were searching for about 30 "
                + "others, officials said.";
        assertThat(countsWithDays(own, Language.EN, "2026-05-12")).contains("killed 11@2026-05-10..2026-05-10");
    }

    @Test
    void theNightReadFromPublicationGivesWayToTheDayTheIncidentIsToldOn() {
        // published on Tuesday 12 May: "overnight" alone is the 11th to the 12th, but the raid is told again as Sunday's
        String text = "Gunmen killed nine farmers and wounded four in an overnight raid on a village in Benue state, "
                + "police said on Monday. The attackers stormed the village late on Sunday, burning granaries and homes.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12"))
                .containsExactly("killed 9@2026-05-10..2026-05-10", "wounded 4@2026-05-10..2026-05-10");
        // the night alone stays the counts' (rule 17); a day a week before it is no telling of that night
        String alone = "Gunmen killed nine farmers and wounded four in an overnight raid on a village in Benue state, "
                + "police said.";
        assertThat(countsWithDays(alone, Language.EN, "2026-05-12"))
                .containsExactly("killed 9@2026-05-11..2026-05-12", "wounded 4@2026-05-11..2026-05-12");
        String weekBefore = "Gunmen killed nine farmers and wounded four in an overnight raid on a village in Benue state, "
                + "police said. The attackers stormed the same village on May 3, burning granaries and homes.";
        assertThat(countsWithDays(weekBefore, Language.EN, "2026-05-12"))
                .containsExactly("killed 9@2026-05-11..2026-05-12", "wounded 4@2026-05-11..2026-05-12");
    }

    @Test
    void whatFollowedTheIncidentOrAnotherClauseKeepsItsDay() {
        String putOut = "A fire in a textile mill in Karachi killed seven workers, officials said. "
                + "The fire was put out on Sunday after 12 hours.";
        assertThat(dateClaims(putOut, Language.EN, "2026-05-12")).containsExactly("2026-05-10..2026-05-10");
        String visit = "Floods killed 20 people in Kenya's coastal region, officials said. "
                + "The floods hit dozens of villages, and the president toured the area on Sunday.";
        assertThat(dateClaims(visit, Language.EN, "2026-05-12")).containsExactly("2026-05-10..2026-05-10");
    }

    @Test
    void aCountDatedOtherwiseLeavesTheNewDayAnEventOfItsOwn() {
        // the counts have a day of their own: the clashes of Saturday are a second round, not the one counted
        String text = "Clashes between rival militias killed six people in the city on Thursday, police said. "
                + "The clashes erupted again on Saturday near the port.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).containsExactly("2026-05-09..2026-05-09");
        assertThat(countsWithDays(text, Language.EN, "2026-05-12")).containsExactly("killed 6@2026-05-07..2026-05-07");
    }

    @Test
    void anArabicIncidentToldAgainDatesTheCounts() {
        String text = "قُتل ثلاثة جنود وأصيب خمسة آخرون في هجوم استهدف نقطة عسكرية في ريف درعا، بحسب مصدر أمني. "
                + "وكان الهجوم قد وقع فجر السبت.";
        assertThat(dateClaims(text, Language.AR, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.AR, "2026-05-12"))
                .containsExactly("killed 3@2026-05-09..2026-05-09", "wounded 5@2026-05-09..2026-05-09");
        // the verb first, and a pronoun referring back
        String verbFirst = "لقي سبعة عمال حتفهم في حريق بمصنع للبلاستيك في المنطقة الصناعية، وفق الدفاع المدني. واندلع الحريق مساء الأحد.";
        assertThat(dateClaims(verbFirst, Language.AR, "2026-05-12")).isEmpty();
        String pronoun = "قتل أربعة مدنيين في كمين نصبه مسلحون لحافلة ركاب على طريق ريفي، بحسب مسؤول محلي. "
                + "ولم يحدد البيان موعد الكمين، فيما أفادت مصادر محلية بأنه وقع صباح الأحد.";
        assertThat(dateClaims(pronoun, Language.AR, "2026-05-12")).isEmpty();
    }

    @Test
    void theRainBehindAnArabicTollToldAgainDatesTheCounts() {
        // published on Tuesday 12 May 2026: the rain that caused the floods counted before is their incident, told again
        String text = "لقي ستة أشخاص حتفهم جراء السيول التي اجتاحت عدداً من قرى محافظة إب، وفق مصادر محلية. "
                + "وكانت أمطار غزيرة قد هطلت على المحافظة مساء الأحد واستمرت ساعات.";
        assertThat(dateClaims(text, Language.AR, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.AR, "2026-05-12")).containsExactly("killed 6@2026-05-10..2026-05-10");
        // near case: rain forecast for a day ahead is no incident told again
        String ahead = "لقي ستة أشخاص حتفهم جراء السيول التي اجتاحت عدداً من قرى محافظة إب، وفق مصادر محلية. "
                + "ويُتوقع أن تهطل أمطار غزيرة على المحافظة مساء الخميس المقبل.";
        assertThat(countsWithDays(ahead, Language.AR, "2026-05-12")).doesNotContain("killed 6@2026-05-14..2026-05-14");
    }

    @Test
    void aTimeNotGivenIsNoSchedule() {
        // «لم تحدد … موعد» says no time was given: the day of the clause after it is the Sunday just past, not the next
        String text = "قتل أربعة مدنيين في كمين نصبه مسلحون لحافلة ركاب على طريق ريفي، بحسب مسؤول محلي. "
                + "ولم تحدد الشرطة موعد الاعتداء، لكن شهوداً قالوا إن المسلحين اقتحموا قرية مجاورة فجر الأحد.";
        assertThat(dateClaims(text, Language.AR, "2026-05-12")).doesNotContain("2026-05-17..2026-05-17");
    }

    @Test
    void anArabicOperationWhoseArrestsWereCountedDatesThem() {
        String text = "أعلنت وزارة الداخلية توقيف 14 شخصاً في حملة على شبكات تهريب المخدرات بضواحي العاصمة. "
                + "وأوضح البيان أن المداهمات جرت يومي الخميس والجمعة.";
        assertThat(dateClaims(text, Language.AR, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.AR, "2026-05-12")).containsExactly("arrested 14@2026-05-07..2026-05-08");
    }

    @Test
    void anArabicAftermathKeepsItsDay() {
        String text = "قتل خمسة أشخاص في انفجار سيارة مفخخة في سوق شعبي، وفق مصادر طبية. وزار وزير الداخلية موقع الانفجار يوم الأحد.";
        assertThat(dateClaims(text, Language.AR, "2026-05-12")).containsExactly("2026-05-10..2026-05-10");
    }

    @Test
    void anIncidentDatedInAClauseOnTheSubjectDatesTheCountsAfterIt() {
        // the storm's day, told in the clause on the subject of the killing: the counts' day, no date claim
        String text = "The storm, which struck the coast on Saturday, killed 11 people and injured 40 others, officials said.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-05-12"))
                .containsExactly("killed 11@2026-05-09..2026-05-09", "wounded 40@2026-05-09..2026-05-09");
        // a month told so beats a day carried from the sentence before
        String months = "Donors pledged $400 million for reconstruction on Friday. "
                + "The floods, which hit between July and September 2025, killed 612 people.";
        assertThat(countsWithDays(months, Language.EN, "2026-05-12")).containsExactly("killed 612@2025-07-01..2025-09-30");
        // a clause on a group names no incident: its year is no day of the killing
        String group = "The militia, which was formed in 2019, killed 12 villagers.";
        assertThat(countsWithDays(group, Language.EN, "2026-05-12")).containsExactly("killed 12@-");
    }
}
