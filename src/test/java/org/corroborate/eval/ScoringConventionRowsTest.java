package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The scoring rows of {@link ClaimExtractionEvalTest}: which found claims a set's writer would score, by the convention
 * its README states. Sentences of our own.
 */
class ScoringConventionRowsTest {

    private static final String PUBLISHED = "2026-05-13";

    private static List<Claim> scored(String set, String lang, String text) {
        List<Claim> all = ShippedRules.extractor().extract(text, Language.fromCode(lang), LocalDate.parse(PUBLISHED));
        return ClaimExtractionEvalTest.scored(new GoldCase("t-001", lang, PUBLISHED, text, List.of()), set, all);
    }

    private static long reportedQuotes(List<Claim> claims) {
        return claims.stream().filter(c -> c instanceof QuoteClaim q && !q.direct()).count();
    }

    private static long dateClaims(List<Claim> claims) {
        return claims.stream().filter(DateClaim.class::isInstance).count();
    }

    @Test
    void aReportedStatementOfADatedEventIsItsSourcingOnTheSetsThatSaySo() {
        String text = "The electoral commission said the runoff vote would be held on May 24.";
        List<Claim> sourced = scored("blind18", "en", text);
        assertThat(dateClaims(sourced)).isEqualTo(1);
        assertThat(reportedQuotes(sourced)).isZero();

        List<Claim> quoted = scored("dev38", "en", text);
        assertThat(reportedQuotes(quoted)).isEqualTo(1);
    }

    @Test
    void aReportedStatementWithNoDatedEventStaysAQuote() {
        String text = "The electoral commission said the count had been fair and transparent.";
        assertThat(reportedQuotes(scored("blind18", "en", text))).isEqualTo(1);
    }

    @Test
    void anArabicReportedStatementOfADatedEventIsItsSourcingToo() {
        String text = "وأعلنت وزارة التربية أن الامتحانات الوطنية ستنطلق يوم 24 أيار الجاري.";
        List<Claim> sourced = scored("dev40", "ar", text);
        assertThat(dateClaims(sourced)).isEqualTo(1);
        assertThat(reportedQuotes(sourced)).isZero();
        assertThat(reportedQuotes(scored("dev38", "ar", text))).isEqualTo(1);
    }
}
