package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A state kept or lasting until a day ("kept the bridge closed until Tuesday", «وظلت المدارس مغلقة حتى يوم الثلاثاء») is the
 * end of its span, as an extension's end is, no dated event: no claim for the last such weekday before publication. An act
 * on the day, with no "until", stays the day's.
 */
class StateKeptUntilADayTest {

    @Test
    void aStateKeptUntilADayIsNoEvent() {
        assertThat(dateClaims("The port authority kept the bridge to the island closed until Tuesday.",
                Language.EN, "2026-06-13")).isEmpty();
        assertThat(dateClaims("Banks in the capital remained shut until Tuesday.",
                Language.EN, "2026-06-13")).isEmpty();
        assertThat(dateClaims("وظلت المدارس في المحافظة مغلقة حتى يوم الثلاثاء.",
                Language.AR, "2026-06-13")).isEmpty();
        assertThat(dateClaims("وأبقت السلطات على حظر التجول ساريا حتى الثلاثاء.",
                Language.AR, "2026-06-13")).isEmpty();
    }

    @Test
    void anActOnTheDayStaysTheDay() {
        assertThat(dateClaims("The port authority closed the bridge to the island on Tuesday.",
                Language.EN, "2026-06-13")).containsExactly("2026-06-09..2026-06-09");
        assertThat(dateClaims("وأغلقت السلطات المدارس في المحافظة يوم الثلاثاء.",
                Language.AR, "2026-06-13")).containsExactly("2026-06-09..2026-06-09");
    }
}
