package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Days that are no dated event of their own in English wire copy (dev38's false date claims, the packs' {@code
 * no_event_before} and {@code restated_incidents}, {@link DateClaims}): the day of a trailing tag's speech verb, of the
 * report a body speaks through or of a claim of responsibility, even when the tag's words are not read as a quote (dev
 * rule 15); the end of the period a report covers; the end a measure is extended to (a deadline, dev rule 21b); a boat in
 * trouble at sea told again with its day (dev rule 15 as amended); and a second word in one sentence for the same time.
 * The same days with an event of their own keep their date claims.
 */
class TagDaysCutOffsAndRepeatsTest {

    // published on Thursday 12 March 2026: Wednesday is the 11th, Monday the 9th

    @Test
    void theDayOfATrailingSpeechVerbIsTheStatements() {
        assertThat(dateClaims("Nearly 900,000 refugees have returned to their villages since January 2025, the UN refugee agency "
                + "said Thursday, days ahead of the tenth anniversary of the ceasefire.", Language.EN, "2026-03-12"))
                .doesNotContain("2026-03-12..2026-03-12");
        // the agency's own act on that day is an event
        assertThat(dateClaims("The UN refugee agency opened a new reception centre in the border town on Thursday.",
                Language.EN, "2026-03-12")).containsExactly("2026-03-12..2026-03-12");
    }

    @Test
    void theDayOfTheReportABodySpeaksThroughIsTheStatements() {
        assertThat(dateClaims("Cholera cases across the region more than doubled in the first two months of the year, the two "
                + "agencies said in a joint report published on Wednesday.", Language.EN, "2026-03-12"))
                .doesNotContain("2026-03-11..2026-03-11");
        assertThat(dateClaims("Food prices in the camps climbed sharply, the charity said in its monthly bulletin released on Monday.",
                Language.EN, "2026-03-12")).doesNotContain("2026-03-09..2026-03-09");
        // a report published with no speech verb before it is the publishing's own act
        assertThat(dateClaims("The two agencies published a joint report on cholera on Wednesday.", Language.EN, "2026-03-12"))
                .containsExactly("2026-03-11..2026-03-11");
    }

    @Test
    void theDayOfAClaimOfResponsibilityIsTheGroupsStatement() {
        assertThat(dateClaims("An Islamic State affiliate claimed responsibility for the ambush on Sunday in a message on its channels.",
                Language.EN, "2026-03-12")).isEmpty();
        assertThat(dateClaims("The group claimed responsibility on Tuesday for a bombing at a bus station.", Language.EN, "2026-03-12"))
                .isEmpty();
        // the attack's own day is an event
        assertThat(dateClaims("Militants ambushed an army patrol near the border on Sunday.", Language.EN, "2026-03-12"))
                .containsExactly("2026-03-08..2026-03-08");
    }

    @Test
    void theEndOfThePeriodAReportCoversIsItsCutOff() {
        assertThat(dateClaims("About 6,200 families have lost their homes, the agency said in a report covering the period "
                + "through March 8.", Language.EN, "2026-03-12")).isEmpty();
        assertThat(dateClaims("The figures cover the period up to March 8, officials said, and the homes lost numbered 6,200.",
                Language.EN, "2026-03-12")).doesNotContain("2026-03-08..2026-03-08");
    }

    @Test
    void theEndAMeasureIsExtendedToIsADeadline() {
        // written in June: the end of July is the July to come or the one gone by, and neither is an event
        assertThat(dateClaims("The ambush came a week after the military government extended a night-time curfew in the "
                + "province until the end of July.", Language.EN, "2026-06-16")).isEmpty();
        assertThat(dateClaims("Authorities renewed the state of emergency in the three northern districts until 30 April.",
                Language.EN, "2026-06-16")).isEmpty();
        // the day the measure was extended is an event
        assertThat(dateClaims("The military government extended the night-time curfew on Monday.", Language.EN, "2026-06-16"))
                .containsExactly("2026-06-15..2026-06-15");
    }

    @Test
    void aBoatInTroubleAtSeaToldAgainDatesItsDead() {
        String text = "A smuggler who steered an inflatable boat in which four migrants drowned has been jailed for eight years. "
                + "The court heard that the dinghy, carrying about 60 people, got into difficulty off the Belgian coast on 3 May 2025.";
        assertThat(dateClaims(text, Language.EN, "2026-03-12")).isEmpty();
        assertThat(countsWithDays(text, Language.EN, "2026-03-12")).containsExactly("killed 4@2025-05-03..2025-05-03");
        // the boat's departure is an event of its own (dev rule 15 as amended), not the sinking
        String left = "Four migrants drowned when an inflatable boat sank off the Belgian coast. "
                + "The dinghy had left a beach near Dunkirk on Monday evening.";
        assertThat(dateClaims(left, Language.EN, "2026-03-12")).containsExactly("2026-03-09..2026-03-09");
    }

    @Test
    void twoWordsForOneTimeInASentenceAreOneDatedEvent() {
        // written in August: "July" and "last month" are the same month
        assertThat(dateClaims("Spain recorded its wettest July in decades last month.", Language.EN, "2026-08-15"))
                .containsExactly("2026-07-01..2026-07-31");
        // two times of one sentence stay two
        assertThat(dateClaims("The river burst its banks in July and again last month.", Language.EN, "2026-09-15"))
                .containsExactly("2026-07-01..2026-07-31", "2026-08-01..2026-08-31");
    }
}
