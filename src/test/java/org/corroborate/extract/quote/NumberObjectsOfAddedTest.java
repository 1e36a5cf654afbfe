package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round counts41 (session 27): "added" with a number and one noun as its object ("The economy added 35,000 jobs in
 * March") reports no statement; with a verb after the noun it still reports a clause (the sentences are made up).
 */
class NumberObjectsOfAddedTest {

    @Test
    void aNumberAndANounThatEndTheClauseAreTheObject() {
        assertThat(QuoteFinderTest.EN.find("The economy added 35,000 jobs in March, the statistics office said."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("the statistics office");
                    assertThat(c.quote()).isEqualTo("The economy added 35,000 jobs in March");
                });
        assertThat(QuoteFinderTest.EN.find("The airline added 1,200 flights over the summer.")).isEmpty();
        assertThat(QuoteFinderTest.EN.find("The streaming service added 4,000 subscribers.")).isEmpty();
    }

    @Test
    void aNounWithItsOwnVerbAfterItIsAReportedClause() {
        assertThat(QuoteFinderTest.EN.find("The governor added 300 extra buses would run during the holiday."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The governor");
                    assertThat(c.quote()).isEqualTo("300 extra buses would run during the holiday");
                });
        assertThat(QuoteFinderTest.EN.find("She added 40 protesters, among them two students, had been detained."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("She"));
    }
}
