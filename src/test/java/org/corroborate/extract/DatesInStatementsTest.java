package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.extract.quote.QuoteFinder;
import org.junit.jupiter.api.Test;

/**
 * A dated event told among a quote claim's words stays a date claim (dev rule 21a) and is marked {@code in_statement}, so
 * a CMS that leaves such dates to the quote can drop it; it names that quote claim's id as its {@code statement}. One told
 * in the narrator's voice is not marked.
 */
class DatesInStatementsTest {
    /** The date claims of {@code text} as "start..end" followed by " in_statement" when marked. */
    private static List<String> dateClaims(String text, Language language, String published) {
        return DateClaimsTest.EXTRACTOR.extract(text, language, LocalDate.parse(published)).stream()
                .filter(DateClaim.class::isInstance).map(DateClaim.class::cast)
                .map(d -> d.date().start() + ".." + d.date().end() + (d.inStatement() ? " in_statement" : "")).toList();
    }

    @Test
    void aDayInsideAReportedStatementIsMarked() {
        assertThat(dateClaims("The electoral commission said on Friday that the runoff will be held on March 7, 2027.",
                Language.EN, "2026-10-03")).containsExactly("2027-03-07..2027-03-07 in_statement");
        assertThat(dateClaims("وقالت وزارة الداخلية إن الهدوء عاد إلى البلدة بعد اشتباكات عنيفة اندلعت صباح السبت.",
                Language.AR, "2026-05-10")).containsExactly("2026-05-09..2026-05-09 in_statement");
    }

    @Test
    void aDayInsideADirectQuotationIsMarked() {
        assertThat(dateClaims("\"We reopened the northern crossing on Tuesday,\" the governor told reporters.",
                Language.EN, "2026-04-16")).containsExactly("2026-04-14..2026-04-14 in_statement");
    }

    @Test
    void theNarratorsDayAndTheSayingsDayAreNotMarked() {
        // the narrator's own dated event
        assertThat(dateClaims("Parliament approved the new budget on Tuesday after a night of debate.",
                Language.EN, "2026-04-16")).containsExactly("2026-04-14..2026-04-14");
        assertThat(dateClaims("وأقرّ البرلمان الموازنة الجديدة يوم الثلاثاء بعد جلسة مطوّلة.",
                Language.AR, "2026-04-16")).containsExactly("2026-04-14..2026-04-14");
        // the day of the saying dates the quote and is no date claim at all
        assertThat(dateClaims("The ministry said on Tuesday that talks with the unions had been productive.",
                Language.EN, "2026-04-16")).isEmpty();
    }

    /**
     * The quote claim of {@code claims} that the date claim {@code d} names as its statement; fails unless there is exactly
     * one.
     */
    private static QuoteClaim statementOf(DateClaim d, List<Claim> claims) {
        List<QuoteClaim> named = claims.stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast)
                .filter(q -> q.id().equals(d.statement())).toList();
        assertThat(named).hasSize(1);
        return named.get(0);
    }

    @Test
    void aMarkedDateNamesTheQuoteWhoseWordsCarryIt() {
        String text = "Parliament approved the new budget on Tuesday after a night of debate. "
                + "The electoral commission said on Friday that the runoff will be held on March 7, 2027.";
        List<Claim> claims = DateClaimsTest.EXTRACTOR.extract(text, Language.EN, LocalDate.parse("2026-10-03"));
        List<DateClaim> dates = claims.stream().filter(DateClaim.class::isInstance).map(DateClaim.class::cast).toList();
        DateClaim narrated = dates.stream().filter(d -> d.date().start().equals(LocalDate.parse("2026-09-29"))).findFirst().orElseThrow();
        DateClaim told = dates.stream().filter(d -> d.date().start().equals(LocalDate.parse("2027-03-07"))).findFirst().orElseThrow();
        assertThat(narrated.statement()).isNull();
        assertThat(narrated.inStatement()).isFalse();
        assertThat(told.inStatement()).isTrue();
        QuoteClaim quote = statementOf(told, claims);
        assertThat(quote.speaker().text()).containsIgnoringCase("electoral commission");
        assertThat(QuoteFinder.quotedWords(text, quote).contains(told.span())).isTrue();
    }

    @Test
    void ofTwoStatementsTheDateNamesTheOneThatTellsIt() {
        String text = "\u00ABنحن ملتزمون بالتهدئة\u00BB، قال المتحدث باسم الحكومة. "
                + "وأعلنت وزارة الصحة أن حملة التطعيم انطلقت في المحافظات الجنوبية يوم الأحد.";
        List<Claim> claims = DateClaimsTest.EXTRACTOR.extract(text, Language.AR, LocalDate.parse("2026-05-12"));
        List<QuoteClaim> quotes = claims.stream().filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
        DateClaim told = claims.stream().filter(DateClaim.class::isInstance).map(DateClaim.class::cast).findFirst().orElseThrow();
        assertThat(quotes).hasSize(2);
        QuoteClaim quote = statementOf(told, claims);
        assertThat(quote).isSameAs(quotes.get(1));
        assertThat(told.statement()).isNotEqualTo(quotes.get(0).id());
        assertThat(QuoteFinder.quotedWords(text, quote).contains(told.span())).isTrue();
    }
}
