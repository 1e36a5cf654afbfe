package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.dateClaims;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/** Date kinds of round d32: dates read the wrong way or taken as events under our own rules (dev README 20, 21b). */
class RoundD32DateKindsTest {

    /**
     * A delay or an extension asked for until a month or a day runs to a date still ahead: read forwards it is the end
     * of a span (rule 21b's "until"), no date claim; not the month a year back.
     */
    @Test
    void aDelayAskedForUntilAMonthIsNoDateClaim() {
        assertThat(dateClaims("Rebel negotiators had asked for a delay until October to consult their commanders.",
                Language.EN, "2026-06-10")).isEmpty();
        assertThat(dateClaims("The transport union is seeking an extension until Sept. 30.", Language.EN, "2026-06-10")).isEmpty();
        // what was asked on a day gone by keeps its day, and a stretch that ended stays in the past
        assertThat(dateClaims("Rebel negotiators had asked for a recount on Friday.", Language.EN, "2026-06-10"))
                .containsExactly("2026-06-05..2026-06-05");
        assertThat(dateClaims("The curfew stayed in force until October.", Language.EN, "2026-06-10"))
                .containsExactly("2025-10-01..2025-10-31");
    }
}
