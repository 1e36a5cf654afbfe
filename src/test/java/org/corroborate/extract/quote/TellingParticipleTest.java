package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "telling", the participle of "told", reports a statement as "saying" does ("defended the plan, telling reporters that
 * …"; rule 6: circumstantial forms of the listed verbs are speech), and an order to those told stays no statement.
 */
class TellingParticipleTest {

    @Test
    void tellingWithAThatClauseReportsTheSubjectsWords() {
        assertThat(QuoteFinderTest.EN.find(
                "The finance minister defended the budget, telling lawmakers that fuel subsidies would be phased out by 2028."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The finance minister");
                    assertThat(c.quote()).isEqualTo("fuel subsidies would be phased out by 2028");
                    assertThat(c.direct()).isFalse();
                });
    }

    @Test
    void tellingThoseToldToDoSomethingIsNoStatement() {
        assertThat(QuoteFinderTest.EN.find("Police closed the bridge, telling drivers to use the ring road.")).isEmpty();
    }

    @Test
    void tellingThoseToldABareClauseReportsTheSubjectsWords() {
        assertThat(QuoteFinderTest.EN.find(
                "Former governor Samuel Okafor denied the charges, telling the court he had never signed the contracts."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Former governor Samuel Okafor");
                    assertThat(c.quote()).isEqualTo("he had never signed the contracts");
                });
    }

    @Test
    void tellingAStoryIsNoStatement() {
        assertThat(QuoteFinderTest.EN.find("The novelist opened the festival, telling the story of her childhood in Tripoli."))
                .isEmpty();
    }
}
