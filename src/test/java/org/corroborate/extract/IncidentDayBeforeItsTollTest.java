package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.valuesWithDays;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * An incident named with its day in a phrase opened by a preposition ("after a stampede at a festival in Kano on Saturday"),
 * in a sentence with no count of its own, whose toll a later sentence of the paragraph tells with no day of its own: the day
 * is the toll's, no date claim of its own (the packs' {@code incident_phrase_before}; dev rule 21). The sentence's own event
 * told by its day, or a toll with a day of its own, leaves the date a claim.
 */
class IncidentDayBeforeItsTollTest {

    @Test
    void anIncidentsDayInAPhraseIsTheDayOfTheTollToldAfterIt() {
        // published on Tuesday 12 May 2026: Saturday is the 9th
        String text = "Families searched hospitals for missing relatives after a stampede at a religious festival in Kano on Saturday. "
                + "Health officials said 11 people had been crushed to death and 40 were injured. The state governor ordered an inquiry.";
        assertThat(dateClaims(text, Language.EN, "2026-05-12")).isEmpty();
        assertThat(valuesWithDays(text, Language.EN, "2026-05-12"))
                .containsExactly("11@2026-05-09..2026-05-09", "40@2026-05-09..2026-05-09");
        // the protests a court's sentence is over, their month carried to the arrests told after them
        String protests = "A court in Ankara on Monday sentenced nine students to prison over protests against tuition fees in "
                + "March. The students were among 200 people detained during the demonstrations.";
        assertThat(dateClaims(protests, Language.EN, "2026-05-12")).containsExactly("2026-05-11..2026-05-11");
        assertThat(valuesWithDays(protests, Language.EN, "2026-05-12")).containsExactly("200@2026-03-01..2026-03-31");
    }

    @Test
    void theSentencesOwnEventOrATollWithItsOwnDayLeavesTheDateAClaim() {
        // no incident's phrase: the march is the sentence's own event
        String march = "Opposition supporters marched through the centre of Lusaka on Saturday. Police said 11 people were injured.";
        assertThat(dateClaims(march, Language.EN, "2026-05-12")).containsExactly("2026-05-09..2026-05-09");
        // the toll told after the phrase has a day of its own: another incident's
        String other = "Traders held a vigil after a fire at a market in Accra on Saturday. A second blaze on Monday killed two traders.";
        assertThat(dateClaims(other, Language.EN, "2026-05-12")).containsExactly("2026-05-09..2026-05-09");
    }
}
