package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.ExtractedClaims;
import org.junit.jupiter.api.Test;

/**
 * "The suspects included two customs clerks and a judge": the parts of an arrest count told before, each a part of that
 * whole (rule 12), and the statement that names them is the counts' attribution ({@code sourcing}, rule 4). With no
 * whole counted before ("Police are hunting four men"), the suspects are no one held.
 */
class SuspectsIncludedTest {
    private static final String PUBLISHED = "2026-07-08";

    private static List<CountClaim> counts(String text) {
        return ExtractedClaims.claims(text, Language.EN, PUBLISHED).stream().filter(CountClaim.class::isInstance)
                .map(CountClaim.class::cast).toList();
    }

    @Test
    void theSuspectsNamedAfterAnArrestArePartsOfIt() {
        List<CountClaim> counts = counts("Police detained 15 people over the fraud on Thursday. The ministry said the suspects "
                + "included four municipal employees and a judge.");
        assertThat(counts).extracting(c -> c.action().wire() + " " + c.count().value())
                .containsExactlyInAnyOrder("arrested 15", "arrested 4", "arrested 1");
        String whole = counts.stream().filter(c -> c.count().value() == 15).findFirst().orElseThrow().id();
        assertThat(counts).filteredOn(c -> c.count().value() != 15).allSatisfy(c -> assertThat(c.partOf()).isEqualTo(whole));
    }

    @Test
    void theStatementThatNamesThemIsTheirAttribution() {
        List<Claim> claims = ExtractedClaims.claims("Officers arrested 20 people at the border crossing, adding that the "
                + "suspects included six drivers and a customs official.", Language.EN, PUBLISHED);
        assertThat(claims).filteredOn(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .singleElement().satisfies(q -> assertThat(q.sourcing()).isTrue());
        assertThat(claims).filteredOn(CountClaim.class::isInstance).hasSize(3);
    }

    @Test
    void noWholeBeforeMeansNoOneHeld() {
        assertThat(counts("Police are hunting four men over the robbery. The suspects include two brothers.")).isEmpty();
    }
}
