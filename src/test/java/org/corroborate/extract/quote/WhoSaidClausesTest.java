package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * English: a relative right before a speech verb ("… who said …") stands for the noun phrase before it, never itself a
 * part of the speaker; a description set off after a person's name ("Rania Saleh, a 31-year-old teacher who said …")
 * stands for that person, who speaks the relative's clause too. A relative set off by commas after a body keeps the body
 * speaking.
 */
class WhoSaidClausesTest {

    @Test
    void theDescriptionAfterANameStandsForThePerson() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("\"The water came in minutes,\" said Rania Saleh, a 31-year-old teacher"
                + " who said her school had been flooded twice this year.");
        assertThat(claims).extracting(QuoteClaim::quote)
                .containsExactly("The water came in minutes", "her school had been flooded twice this year");
        assertThat(claims).allSatisfy(c -> assertThat(c.speaker().text()).isEqualTo("Rania Saleh"));
    }

    @Test
    void theRelativeIsNoPartOfTheSpeaker() {
        assertThat(QuoteFinderTest.EN.find("\"We lost the harvest,\" said a farmer who said his fields had been under water for a week."))
                .filteredOn(c -> !c.direct()).singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("a farmer");
                    assertThat(c.quote()).isEqualTo("his fields had been under water for a week");
                });
        assertThat(QuoteFinderTest.EN.find("The ministry, which said the road had reopened, gave no figures."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The ministry"));
    }
}
