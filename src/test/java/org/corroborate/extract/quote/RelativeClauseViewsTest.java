package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A present "say" in a relative aside on an unnamed group of ordinary people ("Farmers in the valley, who say …,")
 * reports a common view, no quote, as the main-clause "Farmers in the valley say …" does (rule 3 of dev); a named body's
 * aside stays its quote, spoken by the whole noun phrase; a plural possessive ("the workers' union") is a word of the
 * phrase a relative pronoun follows (sentences made up for the test).
 */
class RelativeClauseViewsTest {

    @Test
    void anUnnamedGroupsViewInARelativeAsideIsNoQuote() {
        assertThat(QuoteFinderTest.EN.find(
                "Farmers in the valley, who say the dam has dried their wells, marched on the capital on Monday.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find(
                "Teachers' unions, which say the reform will cut thousands of jobs, plan a national strike.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find(
                "Teachers' unions say the reform will cut thousands of jobs.")).isEmpty();
    }

    @Test
    void aNamedBodysRelativeAsideIsItsQuoteWhole() {
        assertThat(QuoteFinderTest.EN.find(
                "The opposition Labour Party, which says the vote was rigged, called for a recount on Tuesday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The opposition Labour Party");
                    assertThat(c.quote()).isEqualTo("the vote was rigged");
                });
        // residents tell what happens where they live (rule 3 of dev): their aside stays a quote
        assertThat(QuoteFinderTest.EN.find("Residents, who say the water has been cut for a week, blocked the main road."))
                .hasSize(1);
    }

    @Test
    void aPluralPossessiveIsAWordOfTheSpeaker() {
        assertThat(QuoteFinderTest.EN.find("The workers' union, which said the plan was unfair, called a strike for Friday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The workers' union");
                    assertThat(c.quote()).isEqualTo("the plan was unfair");
                });
        assertThat(QuoteFinderTest.EN.find("The workers' union said the strike would go ahead on Friday."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("The workers' union"));
        assertThat(QuoteFinderTest.EN.find("The teachers' strike entered its third week on Monday.")).isEmpty();
    }
}
