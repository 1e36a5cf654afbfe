package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * «وأصيب العشرات في انفجار سيارة مفخخة»: after a count, في and the incident's noun ({@code events}: انفجار) say where
 * the people were hurt; the noun of things after them (the car that blew up) is the incident's, not what the count
 * counts, as «في غارات» already reads. A count whose own noun names things stays no one counted.
 */
class IncidentNounAfterTheCountTest {
    private static List<String> counts(String text) {
        return ExtractedClaims.claims(text, Language.AR, "2026-06-02").stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(c -> c.action().wire() + " " + c.count().lower()
                        + (c.count().approximate() ? "~" : "")).toList();
    }

    @Test
    void dozensHurtInTheBlastOfACarAreWounded() {
        assertThat(counts("وأصيب العشرات في انفجار سيارة مفخخة قرب مدخل السوق المركزي صباح اليوم."))
                .containsExactly("wounded 20~");
        assertThat(counts("لقي ثمانية أشخاص حتفهم وأصيب العشرات في انفجار صهريج وقود على الطريق السريع."))
                .containsExactlyInAnyOrder("killed 8", "wounded 20~");
    }

    @Test
    void aCountOfThingsStaysNoOneCounted() {
        assertThat(counts("وأصيب شخصان وتضررت ثلاث سيارات في انفجار عبوة ناسفة قرب الجسر.")).containsExactly("wounded 2");
    }
}
