package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.ExtractedClaims;
import org.junit.jupiter.api.Test;

/**
 * A statement of counts in two clauses, the second opened by "and that" / «وإن», says nothing but its counts: it is their
 * sourcing (rule 4); in English however the first clause ends (a place, an aside). A clause with no count before "and
 * that" is the statement's own, which keeps it a plain quote.
 */
class TwoCountClausesSourcingTest {
    private static final String PUBLISHED = "2026-07-08";

    private static boolean sourcing(String text, Language language) {
        return ExtractedClaims.quotes(text, language, PUBLISHED).stream().map(QuoteClaim::sourcing)
                .reduce(true, Boolean::logicalAnd) && !ExtractedClaims.quotes(text, language, PUBLISHED).isEmpty();
    }

    @Test
    void twoCountClausesAreTheirSourcing() {
        assertThat(sourcing("Police said four officers had been wounded near the stadium, and that nine rioters had been "
                + "detained overnight.", Language.EN)).isTrue();
        assertThat(sourcing("The ministry said in a statement that 25 people had died in the floods in the south, and that "
                + "two of the dead were children.", Language.EN)).isTrue();
        assertThat(sourcing("وقالت الشرطة إن سبعة مدنيين قتلوا، وإن ثلاثة من المهاجمين لقوا حتفهم.", Language.AR)).isTrue();
    }

    @Test
    void aClauseWithNoCountBeforeAndThatKeepsAPlainQuote() {
        assertThat(sourcing("The charity said its clinic had been looted in the night, and that two nurses were missing.",
                Language.EN)).isFalse();
    }
}
