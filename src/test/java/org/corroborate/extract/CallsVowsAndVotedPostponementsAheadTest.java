package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.scheduled;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A call or a vow for an act on a day, and a postponement a vote or a decision takes in the infinitive, name a day ahead
 * (dev rule 21b: "called a national strike for September 21", "the hearing was postponed until March 3"): read forwards and
 * scheduled, not the day gone by. Sentences of our own, published on Saturday 14 November 2026 unless said.
 */
class CallsVowsAndVotedPostponementsAheadTest {
    private static final String SAT = "2026-11-14";

    @Test
    void aCallForProtestsWithoutAnArticleOrInThePastIsTheDayToCome() {
        assertThat(scheduled("Student unions have called for fresh protests across the capital on Tuesday.", Language.EN, SAT))
                .containsExactly("2026-11-17..2026-11-17");
        assertThat(scheduled("Farmers called for a sit-in outside the agriculture ministry on Thursday.", Language.EN, SAT))
                .containsExactly("2026-11-19..2026-11-19");
        assertThat(scheduled("The opposition alliance has called for mass rallies in five cities on Monday.", Language.EN, SAT))
                .containsExactly("2026-11-16..2026-11-16");
    }

    @Test
    void aVowToTakeToTheStreetsIsTheDayToCome() {
        assertThat(scheduled("Teachers have vowed to return to the streets on Wednesday to press their pay demands.", Language.EN, SAT))
                .containsExactly("2026-11-18..2026-11-18");
        assertThat(scheduled("Dock workers vowed to resume their strike on Monday.", Language.EN, SAT))
                .containsExactly("2026-11-16..2026-11-16");
    }

    @Test
    void aCallOrAVowOfAnotherActKeepsItsDayBack() {
        // a call for an inquiry into a past attack: the attack's day, read back
        assertThat(dateClaims("Rights groups called for an inquiry into the shooting of two protesters on Tuesday.", Language.EN, SAT))
                .doesNotContain("2026-11-17..2026-11-17");
        // a vow of retaliation after a past strike: no day ahead
        assertThat(scheduled("The group vowed to avenge the commanders killed in the air strike on Tuesday.", Language.EN, SAT)).isEmpty();
    }

    @Test
    void aVotedOrDecidedPostponementNamesTheNewDayAhead() {
        assertThat(scheduled("Lawmakers voted to postpone a hearing on the fisheries bill until Feb. 9.", Language.EN, SAT))
                .containsExactly("2027-02-09..2027-02-09");
        assertThat(scheduled("The city council decided to delay the vote on the new bus fares until Thursday.", Language.EN, SAT))
                .containsExactly("2026-11-19..2026-11-19");
        assertThat(scheduled("Senators agreed to defer the debate on the pension reform until December 2.", Language.EN, SAT))
                .containsExactly("2026-12-02..2026-12-02");
        // the finite verb, as before
        assertThat(scheduled("The court adjourned the trial of the former governor until Dec. 8.", Language.EN, SAT))
                .containsExactly("2026-12-08..2026-12-08");
    }

    @Test
    void aPastDelayOrAStretchUntilADayGoneByIsNoNewDayAhead() {
        // a stretch that ran until a day gone by, no move
        assertThat(scheduled("Flights to the island were suspended until Tuesday because of the storm.", Language.EN, SAT)).isEmpty();
        assertThat(scheduled("Rescue teams continued to search the river until Thursday.", Language.EN, SAT)).isEmpty();
    }
}
