package org.corroborate.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.testing.ShippedRules;

/**
 * The claims the shipped extractor ({@link ShippedRules#extractor()}) finds in a text of a language published on a day
 * ("2026-05-12"), as the short strings the topic tests assert on. One home for the forms the test classes had each written
 * again; a class whose test needs another form keeps its own helper. Dates are written {@code start..end} (ISO days).
 */
public final class ExtractedClaims {
    private ExtractedClaims() {
    }

    /** Every claim of the text, in the extractor's order. */
    public static List<Claim> claims(String text, Language language, String published) {
        return ShippedRules.extractor().extract(text, language, LocalDate.parse(published));
    }

    /** The date claims as {@code start..end} ("2026-05-08..2026-05-11"). */
    public static List<String> dateClaims(String text, Language language, String published) {
        return dates(text, language, published).map(d -> d.date().start() + ".." + d.date().end()).toList();
    }

    /** The date claims as {@code start..end grain} ("2023-01-01..2023-12-31 year"). */
    public static List<String> dateClaimsWithGrain(String text, Language language, String published) {
        return dates(text, language, published)
                .map(d -> d.date().start() + ".." + d.date().end() + " " + d.date().grain().wire()).toList();
    }

    /** The scheduled date claims (events ahead) alone, as {@code start..end}. */
    public static List<String> scheduled(String text, Language language, String published) {
        return dates(text, language, published).filter(DateClaim::scheduled)
                .map(d -> d.date().start() + ".." + d.date().end()).toList();
    }

    /** The count claims as {@code action value@start..end} ("killed 4@2026-10-17..2026-10-17"; undated: "killed 4@-"). */
    public static List<String> countsWithDays(String text, Language language, String published) {
        return counts(text, language, published)
                .map(c -> c.action().wire() + " " + c.count().value() + "@" + days(c)).toList();
    }

    /** The count claims as {@code action value category} ("wounded 1 children"). */
    public static List<String> countsWithCategories(String text, Language language, String published) {
        return counts(text, language, published)
                .map(c -> c.action().wire() + " " + c.count().value() + " " + c.subject().category().wire()).toList();
    }

    /** The count claims as {@code value@start..end}, without their action ("14@2025-01-01..2025-12-31"; undated: "14@-"). */
    public static List<String> valuesWithDays(String text, Language language, String published) {
        return counts(text, language, published).map(c -> c.count().value() + "@" + days(c)).toList();
    }

    /** The arrest counts alone, as {@code value@start..end} ("9@2026-05-12..2026-05-13"; undated: "9@-"). */
    public static List<String> arrests(String text, Language language, String published) {
        return counts(text, language, published).filter(c -> c.action() == CountClaim.Action.ARRESTED)
                .map(c -> c.count().value() + "@" + days(c)).toList();
    }

    /** The dates of the count claims, as {@code start..end}; "none" for an undated count. */
    public static List<String> countDates(String text, Language language, String published) {
        return counts(text, language, published)
                .map(c -> c.date() == null ? "none" : c.date().start() + ".." + c.date().end()).toList();
    }

    /** The dates of the count claims with their role, as {@code start..end role}; "-" for an undated count. */
    public static List<String> countDatesWithRole(String text, Language language, String published) {
        return counts(text, language, published)
                .map(c -> c.date() == null ? "-" : c.date().start() + ".." + c.date().end() + " " + c.date().role().wire())
                .toList();
    }

    /** The quote claims themselves. */
    public static List<QuoteClaim> quotes(String text, Language language, String published) {
        return claims(text, language, published).stream()
                .filter(QuoteClaim.class::isInstance).map(QuoteClaim.class::cast).toList();
    }

    /** The days of the quote claims, as the first day of each ("2026-04-10"); "none" for an undated quote. */
    public static List<String> quoteDates(String text, Language language, String published) {
        return quotes(text, language, published).stream()
                .map(q -> q.date() == null ? "none" : q.date().start().toString()).toList();
    }

    /** The speakers of the quote claims, as written in the text. */
    public static List<String> speakers(String text, Language language, String published) {
        return quotes(text, language, published).stream().map(q -> q.speaker().text()).toList();
    }

    private static Stream<DateClaim> dates(String text, Language language, String published) {
        return claims(text, language, published).stream().filter(DateClaim.class::isInstance).map(DateClaim.class::cast);
    }

    private static Stream<CountClaim> counts(String text, Language language, String published) {
        return claims(text, language, published).stream().filter(CountClaim.class::isInstance).map(CountClaim.class::cast);
    }

    private static String days(CountClaim c) {
        return c.date() == null ? "-" : c.date().start() + ".." + c.date().end();
    }
}
