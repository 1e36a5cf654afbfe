package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * "The driver survived and was taken into custody", "The driver was in police custody": a definite singular opening the
 * sentence is one person held, as "The driver was detained" is, also past a verb of the one's own joined by "and" to
 * the passive.
 */
class DefiniteOneInCustodyTest {
    private static List<String> counts(String text) {
        return ExtractedClaims.claims(text, Language.EN, "2026-07-09").stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).map(c -> c.action().wire() + " " + c.count().lower()).toList();
    }

    @Test
    void theOneWhoSurvivedAndWasTakenIntoCustodyIsHeld() {
        assertThat(counts("The driver survived and was taken into custody, police said.")).containsExactly("arrested 1");
        assertThat(counts("The driver was in police custody on Wednesday, officials said.")).containsExactly("arrested 1");
    }

    @Test
    void aVerbOfTheOnesOwnThatIsNoArrestGivesNone() {
        assertThat(counts("The driver resigned and was replaced by a colleague from the depot.")).isEmpty();
    }
}
