package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * A clause-final tag whose speaker is a name with its description set off after it ("…, Colonel Ana Ruiz, a
 * brigade commander, told Reuters."): the name speaks the clause before it, and a "he said"/"she said" after it is
 * that person's, not an earlier speaker's (rule 26 of dev).
 */
class NameBeforeItsDescriptionTagTest {

    @Test
    void theNameBeforeItsDescriptionSpeaksTheClause() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The convoy reached the camp before dawn, Colonel Ana Ruiz, a brigade commander, told Reuters.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("Colonel Ana Ruiz");
            assertThat(c.quote()).isEqualTo("The convoy reached the camp before dawn");
        });
    }

    @Test
    void aPronounAfterSuchATagIsTheNamedPersons() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Rebels shelled the airport overnight, the ministry said. "
                + "The runway was closed for six hours, Samuel Okoro, an airport manager, said. "
                + "\"We moved every passenger to the terminal basement,\" he said.");
        assertThat(claims).extracting(c -> c.speaker().text())
                .containsExactly("the ministry", "Samuel Okoro", "Samuel Okoro");
    }

    @Test
    void aTitleBeforeTheNameStillReads() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("The bridge will reopen next week, a city engineer, Maria Lopez, said.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Maria Lopez"));
    }

    @Test
    void aPlaceAndItsDescriptionAreNoSpeaker() {
        assertThat(QuoteFinderTest.EN.find("Heavy rain flooded the streets of Port Harcourt, a city in the south, on Monday."))
                .isEmpty();
    }
}
