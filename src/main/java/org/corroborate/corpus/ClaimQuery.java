package org.corroborate.corpus;

import java.time.LocalDate;
import java.util.Objects;

import org.corroborate.api.Claim;
import org.corroborate.api.Language;

/**
 * One claim of an article to look up in the corpus: reports with a claim that may describe the
 * same event (CONTRACT.md "Same event"): the same action, a place equal or nested, an event date
 * within {@code dateWindowDays}. Counts are not filtered — a disagreeing count is evidence too.
 *
 * @param key  the caller's name for the query (the claim id), echoed in {@link ClaimHits}
 * @param lang the article's language (quotes are compared within one language only)
 * @param published the article's publication date, or {@code null}: when the claim has no event date, it
 *        stands in for one (CONTRACT.md "matched only on what it has, more strictly on the rest"): a stored
 *        claim with an event date must have it within {@code dateWindowDays} before, a stored claim without
 *        one must come from a report published within {@code undatedWindowDays} of it
 */
public record ClaimQuery(String key, Claim claim, Language lang, int dateWindowDays, int size, LocalDate published,
                         int undatedWindowDays) {
    /** CONTRACT.md: event dates within 3 days may be the same event. */
    public static final int DEFAULT_DATE_WINDOW_DAYS = 3;
    public static final int DEFAULT_SIZE = 20;

    public ClaimQuery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(lang, "lang");
        if (dateWindowDays < 0 || size < 1 || undatedWindowDays < 0) {
            throw new IllegalArgumentException("window " + dateWindowDays + ", size " + size + ", undated window "
                    + undatedWindowDays);
        }
    }

    /** Without the article's publication date: an undated claim is matched on the rest only. */
    public ClaimQuery(String key, Claim claim, Language lang, int dateWindowDays, int size) {
        this(key, claim, lang, dateWindowDays, size, null, 0);
    }

    public static ClaimQuery of(Claim claim, Language lang) {
        return new ClaimQuery(claim.id(), claim, lang, DEFAULT_DATE_WINDOW_DAYS, DEFAULT_SIZE);
    }

    /** A claim of an article published on {@code published} (may be {@code null}). */
    public static ClaimQuery of(Claim claim, Language lang, LocalDate published, int dateWindowDays,
                                int undatedWindowDays) {
        return new ClaimQuery(claim.id(), claim, lang, dateWindowDays, DEFAULT_SIZE, published, undatedWindowDays);
    }
}
