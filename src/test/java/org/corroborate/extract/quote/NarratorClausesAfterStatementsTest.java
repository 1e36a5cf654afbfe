package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * English: a reported clause ends where ", and" opens the narrator's next clause, a subject of its own with a describing
 * verb ("…, and teachers have called a two-day strike"); that subject is no trailing tag's speaker either (blind12 #5;
 * the sentences are made up for the test).
 */
class NarratorClausesAfterStatementsTest {

    @Test
    void aJoinedClauseWithItsOwnSubjectAndACallingVerbEndsTheStatement() {
        assertThat(QuoteFinderTest.EN.find(
                "The health ministry has said it will publish the audit before the end of the month, and nurses have called a "
                        + "two-day walkout for 3 March."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The health ministry");
                    assertThat(c.quote()).isEqualTo("it will publish the audit before the end of the month");
                });
        assertThat(QuoteFinderTest.EN.find(
                "Farmers' leaders said they would block the border crossings on Monday, and student unions called a march on "
                        + "parliament for the same day."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Farmers' leaders");
                    assertThat(c.quote()).isEqualTo("they would block the border crossings on Monday");
                });
    }

    @Test
    void aSecondThatClauseOrAJoinedClauseWithoutADescribingVerbStaysReported() {
        assertThat(QuoteFinderTest.EN.find(
                "The finance minister said the budget talks had gone well, and that the lenders would return in April."))
                .extracting(QuoteClaim::quote)
                .containsExactly("the budget talks had gone well, and that the lenders would return in April");
        assertThat(QuoteFinderTest.EN.find(
                "The coastguard said two fishermen were rescued, and divers were still searching for a third man."))
                .extracting(QuoteClaim::quote)
                .containsExactly("two fishermen were rescued, and divers were still searching for a third man");
        // the speaker's own next verb with no subject between is no narrator's clause of another party
        assertThat(QuoteFinderTest.EN.find(
                "The mayor said the dam had held through the night, and called on residents to stay indoors."))
                .extracting(QuoteClaim::speaker).extracting(s -> s.text()).containsOnly("The mayor");
    }
}
