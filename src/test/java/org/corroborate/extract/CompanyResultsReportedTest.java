package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.extract.ExtractedClaims.dateClaims;
import static org.corroborate.extract.ExtractedClaims.quotes;

import org.corroborate.api.Language;
import org.junit.jupiter.api.Test;

/**
 * "reported" with a company's results as its object, a noun phrase: no reported clause (rule 25 of dev), so no quote, and
 * the day is the results' day, a date claim (rule 3 keeps a statistic's period out, not the day of the report). "reported
 * that …" and "reported" with a clause still report a statement. Sentences of our own, published on Thursday 16 July 2026.
 */
class CompanyResultsReportedTest {
    private static final String THU = "2026-07-16";

    @Test
    void resultsReportedAsANounPhraseAreNoQuoteAndTheirDayIsADateClaim() {
        String results = "Northwind Logistics reported its third-quarter results on Tuesday.";
        assertThat(quotes(results, Language.EN, THU)).isEmpty();
        assertThat(dateClaims(results, Language.EN, THU)).containsExactly("2026-07-14..2026-07-14");
        String loss = "The ferry operator reported a net loss of $12 million for the half year on Wednesday.";
        assertThat(quotes(loss, Language.EN, THU)).isEmpty();
        assertThat(dateClaims(loss, Language.EN, THU)).containsExactly("2026-07-15..2026-07-15");
        String record = "The brewer reported record quarterly sales on Monday as exports to Asia grew.";
        assertThat(quotes(record, Language.EN, THU)).isEmpty();
        assertThat(dateClaims(record, Language.EN, THU)).containsExactly("2026-07-13..2026-07-13");
    }

    @Test
    void aReportedClauseIsStillAStatement() {
        assertThat(quotes("State radio reported a minibus overturned near the border on Tuesday.", Language.EN, THU))
                .singleElement().satisfies(q -> assertThat(q.quote()).startsWith("a minibus overturned"));
        assertThat(quotes("Local media reported that the bridge was closed on Tuesday.", Language.EN, THU)).hasSize(1);
    }
}
