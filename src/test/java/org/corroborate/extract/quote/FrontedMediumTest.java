package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A statement's medium opening the sentence ("In a statement on its website, …") is no statement tagged by the verb
 * after its comma: nothing before the comma was said, the words after the verb are (blind11 #5).
 */
class FrontedMediumTest {

    @Test
    void aFrontedMediumIsNoQuote() {
        assertThat(QuoteFinderTest.EN.find("In a statement on its Telegram channel, al-Nusra claimed to have destroyed three tanks."))
                .noneSatisfy(c -> assertThat(c.quote()).startsWith("In a statement"));
    }

    @Test
    void theClauseAfterAFrontedMediumIsStillSaid() {
        assertThat(QuoteFinderTest.EN.find("In a joint statement, the two ministries said the border crossing would reopen next week."))
                .singleElement().satisfies(c -> assertThat(c.quote()).isEqualTo("the border crossing would reopen next week"));
    }
}
