package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Rule 4 of dev: a reported statement whose verb is an arrest or a casualty is the sourcing of a count,
 * even where no figure is written ("the owner", N13 of dev13): a quote marked {@code sourcing} (team decision
 * of 2026-11-30, third), no plain quote; the same word after "the"/"those" is a noun's, and the statement stays
 * a plain quote.
 */
class CountSourcingTest {

    @Test
    void aReportedArrestOrCasualtyIsMarkedAsItsSourcing() {
        assertThat(QuoteFinderTest.EN.find("The bakery's manager was arrested on Friday, police said."))
                .singleElement().satisfies(c -> {
                    assertThat(c.sourcing()).isTrue();
                    assertThat(c.quote()).isEqualTo("The bakery's manager was arrested on Friday");
                    assertThat(c.speaker().text()).isEqualTo("police");
                });
        assertThat(QuoteFinderTest.EN.find("Border guards later detained four suspected smugglers near the river, a spokeswoman said."))
                .singleElement().matches(QuoteClaim::sourcing);
        assertThat(QuoteFinderTest.EN.find("Prosecutors ordered the detention of a blogger for four days, his lawyer said."))
                .singleElement().matches(QuoteClaim::sourcing);
    }

    @Test
    void theSameWordAsANounLeavesTheQuote() {
        assertThat(QuoteFinderTest.EN.find("Most of those detained were freed by evening, the rights group said."))
                .filteredOn(c -> !c.sourcing()).extracting(QuoteClaim::quote).containsExactly("Most of those detained were freed by evening");
    }

    @Test
    void aLaterPronounStillTakesTheSpeakerOfTheSourcedCount() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "A teacher was arrested at the school gate, the regional police said. The inquiry would take weeks, it said.");
        assertThat(claims).filteredOn(QuoteClaim::sourcing).singleElement()
                .satisfies(c -> assertThat(c.speaker().text()).isEqualTo("the regional police"));
        assertThat(claims).filteredOn(c -> !c.sourcing()).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("The inquiry would take weeks");
            assertThat(c.speaker().text()).isEqualTo("the regional police");
        });
    }

    @Test
    void aDirectQuoteWithAnArrestStaysAQuote() {
        // rule 5 of dev: direct quotes are always quote claims
        assertThat(QuoteFinderTest.EN.find("\"Two men were arrested at dawn,\" the sheriff said.")).hasSize(1);
    }

    @Test
    void anArrestWithAPredicateOfItsOwnStaysAQuote() {
        // rule 4 of dev as written: only a statement whose whole content is the count is its sourcing
        assertThat(QuoteFinderTest.EN.find("The rebels said they had seized a cargo ship and detained its crew."))
                .extracting(QuoteClaim::quote).containsExactly("they had seized a cargo ship and detained its crew");
        assertThat(QuoteFinderTest.EN.find("The owner was arrested on Friday and will appear in court next week, police said."))
                .extracting(QuoteClaim::quote).containsExactly("The owner was arrested on Friday and will appear in court next week");
    }

    @Test
    void aPartOfThoseCountedAfterTheTagIsNoPartOfIt() {
        // "…, the hospital said, several of whom …": a quantifier and "of" after the tag's comma open an aside on the people counted
        assertThat(QuoteFinderTest.EN.find("Eleven miners were hurt in the blast, the company said, three of them with severe burns."))
                .singleElement().satisfies(c -> {
                    assertThat(c.speaker().text()).isEqualTo("the company");
                    assertThat(c.quote()).isEqualTo("Eleven miners were hurt in the blast");
                });
        assertThat(QuoteFinderTest.EN.find("Dozens of passengers were treated at the scene, paramedics said on Sunday, most of whom were later released."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("paramedics"));
    }
}
