package org.corroborate.verify;

/**
 * Every threshold of the comparison, with the defaults of CONTRACT.md "Same event, agreement".
 *
 * @param dateWindowDays       event dates at most this many days apart may be the same event
 * @param approximateFraction  "about N" stands for [N(1-f), N(1+f)]
 * @param quoteMismatchMin     token overlap from which a same-speaker quote is the same statement altered
 * @param quoteAgreeMin        token overlap from which a same-speaker quote is the same words ({@code quote_mismatch} below)
 * @param speakerMismatchMin   token overlap from which a quote given to another speaker is the same words
 * @param sameSpeakerMin       speakers without keys: overlap of their normalised names from which they are one speaker
 * @param undatedWindowDays    neither claim has an event date: the reports published at most this many days from
 *                             the article stand in (stricter than the date window: CONTRACT.md "matched only on what
 *                             it has, more strictly on the rest")
 * @param wordingOfQuotationsOnly whether a {@code quote_mismatch} needs a quotation on both sides (words in quotation
 *                             marks): reported speech ("said that …") is each outlet's own paraphrase, and different
 *                             words there are no altered quote (true by default)
 */
public record VerifyConfig(int dateWindowDays, double approximateFraction, double quoteMismatchMin,
                           double quoteAgreeMin, double speakerMismatchMin, double sameSpeakerMin,
                           int undatedWindowDays, boolean wordingOfQuotationsOnly) {
    public static final VerifyConfig DEFAULTS = new VerifyConfig(3, 0.1, 0.3, 0.9, 0.8, 0.5,
            2, true);

    public VerifyConfig {
        if (undatedWindowDays < 0 || undatedWindowDays > dateWindowDays) {
            throw new IllegalArgumentException("undatedWindowDays must be in [0, dateWindowDays]: " + undatedWindowDays);
        }
        if (dateWindowDays < 0) {
            throw new IllegalArgumentException("dateWindowDays must not be negative: " + dateWindowDays);
        }
        requireFraction("approximateFraction", approximateFraction);
        requireFraction("quoteMismatchMin", quoteMismatchMin);
        requireFraction("quoteAgreeMin", quoteAgreeMin);
        requireFraction("speakerMismatchMin", speakerMismatchMin);
        requireFraction("sameSpeakerMin", sameSpeakerMin);
        if (quoteMismatchMin >= quoteAgreeMin) {
            throw new IllegalArgumentException("quoteMismatchMin must be below quoteAgreeMin");
        }
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }
}
