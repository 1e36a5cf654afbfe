package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * "The fighting has killed at least 34 people since July 25": the "least" of "at least" bounds the count, it is no
 * baseline of a comparison ("the least since 1991"). The since day stays the count's span, from that day to publication
 * (docs/date-policy.md, "since" with a named month), and its day number counts no one ("since Oct. 3" gave a killed 3).
 * A true baseline ("the deadliest since July 25") is still none of the count's.
 */
class AtLeastBeforeASinceDayTest {
    private static List<String> counts(String text, Language language) {
        return ExtractedClaims.claims(text, language, "2026-05-12").stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(c -> c.action().wire() + " " + c.count().lower() + "+@"
                        + (c.date() == null ? "-" : c.date().start() + ".." + c.date().end())).toList();
    }

    @Test
    void theCountAtLeastRunsFromTheSinceDay() {
        assertThat(counts("The clashes have killed at least 34 people since July 25, according to local medics.", Language.EN))
                .containsExactly("killed 34+@2025-07-25..2026-05-12");
        assertThat(counts("Shelling has killed at least 19 civilians since Oct. 3, the monitor said.", Language.EN))
                .containsExactly("killed 19+@2025-10-03..2026-05-12");
        assertThat(counts("وأسفرت الاشتباكات عن مقتل 34 شخصاً على الأقل منذ 25 تموز/يوليو.", Language.AR))
                .containsExactly("killed 34+@2025-07-25..2026-05-12");
    }

    @Test
    void aComparisonSinceADayStaysNoSpanOfTheCount() {
        assertThat(counts("It was the deadliest attack since Oct. 3, when at least 34 people were killed.", Language.EN))
                .containsExactly("killed 34+@2025-10-03..2025-10-03");
    }
}
