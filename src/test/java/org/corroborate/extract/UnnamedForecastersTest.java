package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.speakers;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * Forecasters and meteorologists named by no one foretell the weather: no statement (rule 3 of dev, weather and
 * forecasts give no claim), as "economists say" gives none. A named service or a named forecaster still speaks.
 */
class UnnamedForecastersTest {
    private static final String DAY = "2026-01-20";

    @Test
    void forecastersGiveNoQuote() {
        assertThat(speakers("Forecasters said a second cold front could reach the coast by Friday.", Language.EN, DAY)).isEmpty();
        assertThat(speakers("Snowfall may top 30 cm in the hills on Saturday, meteorologists said.", Language.EN, DAY)).isEmpty();
    }

    @Test
    void aNamedServiceOrForecasterStillSpeaks() {
        assertThat(speakers("The national weather service said a second cold front could reach the coast by Friday.", Language.EN, DAY))
                .containsExactly("The national weather service");
        assertThat(speakers("\"This is the coldest week in a decade,\" said meteorologist Anna Berg.", Language.EN, DAY))
                .hasSize(1).allSatisfy(s -> assertThat(s).contains("Anna Berg"));
    }
}
