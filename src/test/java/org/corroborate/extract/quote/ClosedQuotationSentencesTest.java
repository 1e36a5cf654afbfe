package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/** A quotation that closes on its own full stop ends its sentence: the next speaker does not take it over. */
class ClosedQuotationSentencesTest {

    @Test
    void theSpeakerAfterAClosedQuotationSpeaksOnlyInTheirOwnSentence() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("“The bridge will hold,” the mayor said. “We checked every bolt.”"
                + " A union spokesman said the inspection had been rushed.");
        assertThat(claims).extracting(QuoteClaim::quote)
                .containsExactly("The bridge will hold", "We checked every bolt", "the inspection had been rushed");
        assertThat(claims).extracting(c -> c.speaker().text())
                .containsExactly("the mayor", "the mayor", "A union spokesman");
    }

    @Test
    void aQuotationClosingMidSentenceStaysInIt() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("“The bridge will hold,” the mayor said on Monday.");
        assertThat(claims).extracting(c -> c.speaker().text()).containsExactly("the mayor");
    }

    @Test
    void aStraightQuotationClosingOnItsFullStopEndsItsSentenceToo() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("\"The bridge will hold,\" the mayor said. \"We checked every bolt.\""
                + " A union spokesman said the inspection had been rushed.");
        assertThat(claims).extracting(QuoteClaim::quote)
                .containsExactly("The bridge will hold", "We checked every bolt", "the inspection had been rushed");
        assertThat(claims).extracting(c -> c.speaker().text())
                .containsExactly("the mayor", "the mayor", "A union spokesman");
    }
}
