package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.DateClaimsTest.EXTRACTOR;
import static org.corroborate.extract.ExtractedClaims.dateClaims;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * A later event's day before an after phrase whose relative clause holds the counts ("A truce took effect on Friday evening
 * after three days of fighting that killed at least 9 people"): the day is the truce's, a date claim of its own, and the
 * counts are of the earlier fighting, undated (the packs' {@code after_clause_of_counts}). A count before the day in its
 * sentence is the day's own event ("Police arrested 12 people on Friday after clashes in which …").
 */
class LaterEventBeforeAnAfterClauseTest {

    private static List<String> counts(String text, String published) {
        return EXTRACTOR.extract(text, Language.EN, LocalDate.parse(published)).stream()
                .filter(CountClaim.class::isInstance).map(CountClaim.class::cast)
                .map(c -> c.count().value() + "/" + c.count().min() + "@"
                        + (c.date() == null ? "-" : c.date().start() + ".." + c.date().end())).toList();
    }

    @Test
    void theTrucesDayIsADateClaimAndTheFightingsCountsAreUndated() {
        // published on Saturday 3 October 2026: Friday is the 2nd
        String text = "A truce between rival militias in the city took effect on Friday evening after three days of fighting "
                + "that killed at least 9 people and wounded 30.";
        assertThat(dateClaims(text, Language.EN, "2026-10-03")).containsExactly("2026-10-02..2026-10-02");
        assertThat(counts(text, "2026-10-03")).containsExactly("null/9@-", "30/null@-");
    }

    @Test
    void aCountBeforeTheDayIsTheDaysOwnEvent() {
        String text = "Police arrested 12 people in the port city on Friday after clashes in which two officers were wounded.";
        assertThat(dateClaims(text, Language.EN, "2026-10-03")).isEmpty();
        assertThat(counts(text, "2026-10-03")).containsExactly("12/null@2026-10-02..2026-10-02", "2/null@2026-10-02..2026-10-02");
    }
}
