package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * A clause-final tag whose title, set off by commas beside the name, opens with a bare possessive ("…, Zacatecas's
 * public safety secretary, Lucia Campos, said."): the possessive opens the description as "the" does, so the tag is
 * read, the name speaks, and a "he"/"she" after it is that person's, not an earlier speaker's (rule 26 of dev).
 */
class PossessiveTitlesInTrailingTagsTest {

    @Test
    void aPossessiveTitleBeforeTheNameStillReads() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The highway to the border was reopened late on Tuesday, Zacatecas's public safety secretary, Lucia Campos, said.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("Lucia Campos");
            assertThat(c.quote()).isEqualTo("The highway to the border was reopened late on Tuesday");
        });
    }

    @Test
    void aPossessiveDescriptionAfterTheNameStillReads() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "Classes will resume on Monday, Tomas Herrera, Chihuahua's education minister, told reporters.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("Tomas Herrera");
            assertThat(c.quote()).isEqualTo("Classes will resume on Monday");
        });
    }

    @Test
    void aPronounAfterSuchATagIsTheNamedPersons() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("\"The water came through the door in seconds,\" said a baker who "
                + "climbed onto the roof. The river burst its banks before dawn, Tabasco's civil protection chief, Rosa Medina, "
                + "said. She called the flood \"the worst in forty years\".");
        assertThat(claims).extracting(c -> c.speaker().text())
                .containsExactly("a baker who climbed onto the roof", "Rosa Medina", "Rosa Medina");
    }

    @Test
    void theTitleWithTheArticleStillReads() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "The highway to the border was reopened late on Tuesday, the state's public safety secretary, Lucia Maria Campos, said.");
        assertThat(claims).singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Lucia Maria Campos"));
    }

    @Test
    void aPossessiveDescriptionOfAPlaceIsNoTag() {
        assertThat(QuoteFinderTest.EN.find("Floodwater reached the old market of Villahermosa, Tabasco's capital, on Sunday."))
                .isEmpty();
    }
}
