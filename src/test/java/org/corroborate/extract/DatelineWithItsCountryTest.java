package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A dateline that gives its town's country, in brackets («أديس أبابا (إثيوبيا)، 15 نيسان (وكالات) -») or after a comma
 * ("ADDIS ABABA, Ethiopia, April 15 (Reuters) -"), sentences of our own published on 15 April 2026: the date is the day the
 * copy was filed, no count's day and no dated event, and the country is the dateline's, not the place of the count, as
 * for a dateline with its town alone.
 */
class DatelineWithItsCountryTest {
    private static final String PUBLISHED = "2026-04-15";

    @Test
    void arabicCountryInBracketsIsPartOfTheDateline() {
        String text = "أديس أبابا (إثيوبيا)، 15 نيسان (وكالات) - قتل تسعة أشخاص في هجوم شنه مسلحون على حافلة ركاب.";
        assertThat(ExtractedClaims.countDates(text, Language.AR, PUBLISHED)).containsExactly("none");
        assertThat(locations(text, Language.AR)).containsExactly("-");
        assertThat(dateClaims(text, Language.AR, PUBLISHED)).isEmpty();
    }

    @Test
    void englishCountryAfterTheTownIsPartOfTheDateline() {
        String text = "ADDIS ABABA, Ethiopia, April 15 (Reuters) - Gunmen killed nine people in an attack on a market.";
        assertThat(ExtractedClaims.countDates(text, Language.EN, PUBLISHED)).containsExactly("none");
        assertThat(locations(text, Language.EN)).containsExactly("-");
    }

    @Test
    void theCountryNamedInTheStoryStaysItsPlace() {
        assertThat(locations("ADDIS ABABA, April 15 (Reuters) - Gunmen killed nine people in an attack in Ethiopia.",
                Language.EN)).containsExactly("Ethiopia");
        // no dateline: a place before a dash in a running sentence is the count's
        assertThat(locations("Gunmen killed nine people in Ethiopia on Tuesday - officials said.", Language.EN))
                .containsExactly("Ethiopia");
    }

    private static List<String> locations(String text, Language language) {
        return ExtractedClaims.claims(text, language, PUBLISHED).stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(CountClaim::location).map(l -> l == null ? "-" : l.text()).toList();
    }
}
