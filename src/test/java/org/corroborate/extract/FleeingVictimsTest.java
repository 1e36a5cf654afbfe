package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.Language;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * "Four farmers who tried to flee were gunned down": an attempt to flee ({@code not_actions}) in a relative clause on
 * the group displaces nobody; the verb after the clause says what befell them.
 */
class FleeingVictimsTest {
    private static List<CountClaim> en(String text) {
        return ShippedRules.counts(text, Language.EN, LocalDate.parse("2026-06-10"));
    }

    @Test
    void anAttemptToFleeGivesTheActionAfterIt() {
        assertThat(en("Four farmers who tried to flee the raid were gunned down by the attackers.")).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.KILLED);
            assertThat(c.count().value()).isEqualTo(4L);
        });
        assertThat(en("Two prisoners who attempted to flee were shot dead by guards on Sunday.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(Action.KILLED));
    }

    @Test
    void peopleWhoFledAreStillDisplaced() {
        assertThat(en("The fighting forced about 3,000 residents to flee their homes.")).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(Action.DISPLACED));
    }
}
