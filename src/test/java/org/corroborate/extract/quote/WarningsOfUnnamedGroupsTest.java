package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * An unnamed group of opinion-holders ("experts", "analysts") who warn make a statement, a quote with the group as
 * written for speaker (rule 26 of dev); their present "say" stays a common view (rule 3), and a weather service's
 * warning stays a forecast.
 */
class WarningsOfUnnamedGroupsTest {

    @Test
    void expertsWhoHaveWarnedAreTheSpeaker() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find(
                "Experts have warned that the drought is pushing thousands of herders into the cities.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("Experts");
            assertThat(c.quote()).isEqualTo("the drought is pushing thousands of herders into the cities");
            assertThat(c.direct()).isFalse();
        });
    }

    @Test
    void analystsWhoWarnedInATrailingTag() {
        List<QuoteClaim> claims = QuoteFinderTest.EN.find("Higher fuel prices will squeeze airline profits this winter, analysts warned.");
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.speaker().text()).isEqualTo("analysts");
            assertThat(c.quote()).isEqualTo("Higher fuel prices will squeeze airline profits this winter");
        });
    }

    @Test
    void scientistsWhoWarnedStillSpeak() {
        assertThat(QuoteFinderTest.EN.find("Scientists warned that the glacier could collapse within a decade."))
                .singleElement().satisfies(c -> assertThat(c.speaker().text()).isEqualTo("Scientists"));
    }

    @Test
    void whatEconomistsSayIsAView() {
        assertThat(QuoteFinderTest.EN.find("Economists say the slowdown will last well into next year.")).isEmpty();
    }

    @Test
    void aForecastersWarningIsAForecast() {
        assertThat(QuoteFinderTest.EN.find("Forecasters have warned that the storm will strengthen before it reaches the coast."))
                .isEmpty();
    }
}
