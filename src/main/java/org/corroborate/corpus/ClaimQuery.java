package org.corroborate.corpus;

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
 */
public record ClaimQuery(String key, Claim claim, Language lang, int dateWindowDays, int size) {
    /** CONTRACT.md: event dates within 3 days may be the same event. */
    public static final int DEFAULT_DATE_WINDOW_DAYS = 3;
    public static final int DEFAULT_SIZE = 20;

    public ClaimQuery {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(lang, "lang");
        if (dateWindowDays < 0 || size < 1) {
            throw new IllegalArgumentException("window " + dateWindowDays + ", size " + size);
        }
    }

    public static ClaimQuery of(Claim claim, Language lang) {
        return new ClaimQuery(claim.id(), claim, lang, DEFAULT_DATE_WINDOW_DAYS, DEFAULT_SIZE);
    }
}
