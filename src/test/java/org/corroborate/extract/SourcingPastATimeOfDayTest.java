package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.quotes;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.junit.jupiter.api.Test;

/**
 * Rule 4 of dev: a statement whose whole content is a count is its sourcing. "before dawn", "after midnight" only time
 * the count's event, no adverbial clause of the statement's own; "before two men were shot dead" is one.
 */
class SourcingPastATimeOfDayTest {
    private static final String DAY = "2026-05-31";

    @Test
    void aTimeOfDayAfterBeforeKeepsTheSourcing() {
        assertThat(quotes("A lorry overturned on a mountain pass before dawn on Sunday, killing six farm workers, police said.",
                Language.EN, DAY)).extracting(QuoteClaim::sourcing).containsExactly(true);
        assertThat(quotes("A ferry caught fire shortly after midnight off the island, killing three passengers and injuring 12,"
                + " the coast guard said.", Language.EN, DAY)).extracting(QuoteClaim::sourcing).containsExactly(true);
    }

    @Test
    void aClauseOfTheStatementsOwnStaysAQuote() {
        assertThat(quotes("Residents said they heard gunfire before two men were shot dead near the market.", Language.EN, DAY))
                .extracting(QuoteClaim::sourcing).containsExactly(false);
    }
}
