package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * English: an aside after a description that gives the person's name with one of the {@code naming_participles} and "as"
 * ("The witness, identified only as Mr. K., said …") names who speaks, and a pronoun after it is that person. An aside
 * that describes with "as" and gives no capitalised name leaves the description speaking, and neither is read as a
 * statement with its tag.
 */
class NamesGivenOnlyAsTest {

    @Test
    void theNameTheAsideGivesSpeaks() {
        assertThat(QuoteFinderTest.EN.find("The nurse, identified by the court only as Hana R., said the ward had run out of oxygen twice that night."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Hana R.");
                    assertThat(c.quote()).isEqualTo("the ward had run out of oxygen twice that night");
                });
        assertThat(QuoteFinderTest.EN.find("\"We had no warning at all,\" said the driver, identified only as Mr. T."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Mr. T."));
    }

    @Test
    void aShortStatementAfterTheAsideIsNoTagAndThePronounAfterIsThePerson() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The guard, named only as Omar, said he refused the order. \"I knew what it meant,\" he told the court.");
        assertThat(claims).extracting(QuoteClaim::quote).containsExactly("he refused the order", "I knew what it meant");
        assertThat(claims).allSatisfy(c -> assertThat(c.speaker().text()).isEqualTo("Omar"));
    }

    @Test
    void aDescriptionAfterAsNamesNoOne() {
        assertThat(QuoteFinderTest.EN.find("The suspect, identified as a 34-year-old engineer, said he had acted alone."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("The suspect");
                    assertThat(c.quote()).isEqualTo("he had acted alone");
                });
    }
}
