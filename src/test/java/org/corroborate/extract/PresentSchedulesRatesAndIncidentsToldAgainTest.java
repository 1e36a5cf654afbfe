package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.countsWithDays;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * English date kinds of a held-out review (round dates-en40), each in new words: a schedule told in the present simple,
 * a money market's "overnight", a long past clause after "after" in a sentence that points ahead, a death told again with
 * its day, an incident told in a where clause, and one person who died in an incident.
 */
class PresentSchedulesRatesAndIncidentsToldAgainTest {
    /** Kind 1: the present simple of a scheduling verb reads a bare weekday forward (published on a Wednesday). */
    @Test
    void aScheduleInThePresentSimpleReadsForward() {
        assertThat(dateClaims("The food festival takes place in the old harbour on Saturday.", Language.EN, "2026-06-03"))
                .containsExactly("2026-06-06..2026-06-06");
        assertThat(dateClaims("This year's regional summit is held in Accra on Monday.", Language.EN, "2026-06-03"))
                .containsExactly("2026-06-08..2026-06-08");
        assertThat(dateClaims("Tickets for the tour go on sale on Friday.", Language.EN, "2026-06-03"))
                .containsExactly("2026-06-05..2026-06-05");
        // a past tense, a negation, and a present verb whose "on" is no day's, stay back
        assertThat(dateClaims("The ceremony took place in the old harbour on Saturday.", Language.EN, "2026-06-03"))
                .containsExactly("2026-05-30..2026-05-30");
        assertThat(dateClaims("The derby did not take place on Sunday because of the storm.", Language.EN, "2026-06-03"))
                .containsExactly("2026-05-31..2026-05-31");
        assertThat(dateClaims("The man, who is held on remand in Leeds, was questioned by detectives on Friday.",
                Language.EN, "2026-06-03")).containsExactly("2026-05-29..2026-05-29");
    }

    /** Kind 2: "overnight" before a money market's term is no night before publication. */
    @Test
    void theOvernightRateIsNoNight() {
        assertThat(dateClaims("The central bank kept its overnight rate at 4.5 percent.", Language.EN, "2026-06-03")).isEmpty();
        assertThat(dateClaims("Commercial banks parked a record sum in overnight deposits at the central bank.", Language.EN,
                "2026-06-03")).isEmpty();
        assertThat(dateClaims("Overnight lending between banks dried up as the crisis deepened.", Language.EN, "2026-06-03"))
                .isEmpty();
        // a night's work stays the night before publication
        assertThat(dateClaims("Firefighters battled the blaze overnight.", Language.EN, "2026-06-03"))
                .containsExactly("2026-06-02..2026-06-03");
    }

    /** Kind 3: a long past clause after "after" keeps its day back, whatever future word stands before it. */
    @Test
    void aLongPastClauseAfterAfterKeepsItsDayBack() {
        assertThat(dateClaims("The driver will appear before magistrates after officers stopped his car on the motorway on Friday.",
                Language.EN, "2026-06-03")).containsExactly("2026-05-29..2026-05-29");
        assertThat(dateClaims("Both teams will return home on Sunday, after the organisers cancelled the rest of the tournament "
                + "because of the heat on Tuesday.", Language.EN, "2026-06-03"))
                .containsExactly("2026-06-07..2026-06-07", "2026-06-02..2026-06-02");
        // a clause of time in the present still reads forward
        assertThat(dateClaims("The bridge will reopen when the repairs are finished on Friday.", Language.EN, "2026-06-03"))
                .containsExactly("2026-06-05..2026-06-05");
    }

    /** Kind 4: the dead counted, told again with their death and its day, give the count its date (no date claim). */
    @Test
    void aDeathToldAgainWithItsDayDatesTheCount() {
        String fire = "Three people died in a blaze at a furniture warehouse on the edge of the city, officials said. The victims "
                + "died on Tuesday after being trapped on the upper floor.";
        assertThat(countsWithDays(fire, Language.EN, "2026-06-05")).containsExactly("killed 3@2026-06-02..2026-06-02");
        assertThat(dateClaims(fire, Language.EN, "2026-06-05")).isEmpty();
        String avalanche = "Two climbers were killed by an avalanche in the Alps, police said on Thursday. They died on Wednesday "
                + "morning a few hundred metres below the summit.";
        assertThat(countsWithDays(avalanche, Language.EN, "2026-06-05")).containsExactly("killed 2@2026-06-03..2026-06-03");
        assertThat(dateClaims(avalanche, Language.EN, "2026-06-05")).isEmpty();
        // the aftermath on another day stays a date claim of its own
        String funeral = "Two climbers were killed by an avalanche in the Alps, police said on Thursday. The families held a "
                + "memorial service on Wednesday.";
        assertThat(dateClaims(funeral, Language.EN, "2026-06-05")).containsExactly("2026-06-03..2026-06-03");
    }

    /** Kind 5: an incident told in a where clause, its counts in the participle clause after it, dates those counts. */
    @Test
    void anIncidentInAWhereClauseDatesItsCounts() {
        assertThat(countsWithDays("The injured were flown to hospitals in the town of Kasese, where a bus overturned on Monday, "
                + "killing four people.", Language.EN, "2026-06-05")).containsExactly("killed 4@2026-06-01..2026-06-01");
        String gunmen = "Troops were sent on Thursday to the market town of Bunia, where gunmen opened fire on Sunday, killing six "
                + "villagers and wounding 12.";
        assertThat(countsWithDays(gunmen, Language.EN, "2026-06-05"))
                .containsExactly("killed 6@2026-05-31..2026-05-31", "wounded 12@2026-05-31..2026-05-31");
        assertThat(dateClaims(gunmen, Language.EN, "2026-06-05")).containsExactly("2026-06-04..2026-06-04");
        // a count before the where clause stays apart from its day (dev23-en-018)
        assertThat(countsWithDays("About 3,000 families moved to camps in the district, where rivers burst their banks on Monday.",
                Language.EN, "2026-06-05")).noneMatch(c -> c.endsWith("@2026-06-01..2026-06-01"));
    }

    /** Kind 6: a definite singular who died in an incident is one killed; a death from an illness is none. */
    @Test
    void oneWhoDiedInAnIncidentIsOneKilled() {
        assertThat(countsWithDays("A lorry hit a minibus on the coastal road on Wednesday. The driver died in the collision.",
                Language.EN, "2026-06-05")).containsExactly("killed 1@2026-06-03..2026-06-03");
        assertThat(countsWithDays("The senator died in the shooting on Tuesday, police said.", Language.EN, "2026-06-05"))
                .containsExactly("killed 1@2026-06-02..2026-06-02");
        assertThat(countsWithDays("The governor died of a heart attack on Tuesday.", Language.EN, "2026-06-05")).isEmpty();
        assertThat(countsWithDays("The governor died in a heart attack on Tuesday.", Language.EN, "2026-06-05")).isEmpty();
        assertThat(countsWithDays("The driver died in hospital on Tuesday.", Language.EN, "2026-06-05")).isEmpty();
    }

    /** Kind 4, by its number: a count told again by "the" and its day gives the earlier count that day, one toll, not two. */
    @Test
    void aCountToldAgainByItsNumberGivesTheEarlierOneItsDay() {
        String mill = "A blaze swept through a textile mill outside the city, killing three workers, officials said on Thursday. "
                + "The three workers died on Tuesday evening.";
        assertThat(countsWithDays(mill, Language.EN, "2026-06-05")).containsExactly("killed 3@2026-06-02..2026-06-02");
        assertThat(dateClaims(mill, Language.EN, "2026-06-05")).isEmpty();
        String raid = "Police detained four men in a raid on a flat in the port, officials said on Thursday. The four were "
                + "detained on Tuesday night.";
        assertThat(countsWithDays(raid, Language.EN, "2026-06-05")).containsExactly("arrested 4@2026-06-02..2026-06-02");
        // another number, or what befell them after, is no count told again
        String burial = "Three people were killed when a minibus overturned on Monday. The three were buried on Tuesday.";
        assertThat(countsWithDays(burial, Language.EN, "2026-06-05")).containsExactly("killed 3@2026-06-01..2026-06-01");
        assertThat(dateClaims(burial, Language.EN, "2026-06-05")).containsExactly("2026-06-02..2026-06-02");
        String more = "Police detained four men in a raid, officials said on Thursday. Two men were detained on Tuesday.";
        assertThat(countsWithDays(more, Language.EN, "2026-06-05")).hasSize(2);
    }
}
