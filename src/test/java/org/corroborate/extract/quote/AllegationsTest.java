package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * English: "allege"/"alleges" with a clause reports a charge, a statement of its own; "alleged" before a noun is an
 * adjective and reports nothing (the sentences are made up for the test).
 */
class AllegationsTest {

    @Test
    void aPresentAllegeWithAClauseIsAQuote() {
        assertThat(QuoteFinderTest.EN.find("Prosecutors allege the former port director took bribes from three shipping agents."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("Prosecutors");
                    assertThat(c.quote()).isEqualTo("the former port director took bribes from three shipping agents");
                    assertThat(c.direct()).isFalse();
                });
        assertThat(QuoteFinderTest.EN.find("Police detained two alleged accomplices of the gang leader on Friday.")).isEmpty();
    }
}
