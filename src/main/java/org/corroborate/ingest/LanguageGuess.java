package org.corroborate.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Language;

/**
 * Tells Arabic from English from anything else by script and, within a script, by letters or
 * words the other languages of that script use: Persian, Urdu and Kurdish letters mean "not
 * Arabic"; too few English function words mean "not English" (French, Spanish, Turkish...).
 */
final class LanguageGuess {
    /** Enough text to decide; the rest of a long article changes nothing. */
    private static final int SAMPLE_CHARS = 20_000;
    private static final double MAX_NON_ARABIC_LETTER_SHARE = 0.01;
    private static final double MIN_ENGLISH_WORD_SHARE = 0.12;
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}+");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "of", "and", "to", "in", "a", "is", "was", "for", "on", "that", "with", "said",
            "by", "at", "as", "from", "it", "his", "her", "their", "he", "she", "they", "have",
            "has", "had", "were", "are", "be", "been", "an", "after", "but", "not", "this",
            "which", "who", "will", "would", "into", "more", "than", "its", "or", "over", "about");

    private LanguageGuess() {
    }

    /** The language of {@code text}, or empty when it is neither Arabic nor English. */
    static Optional<Language> of(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        LetterCounts counts = LetterCounts.of(sample);
        if (counts.arabic() > counts.latin() && counts.arabic() > counts.other()) {
            boolean arabic = counts.nonArabicArabicScript() <= MAX_NON_ARABIC_LETTER_SHARE * counts.arabic();
            return arabic ? Optional.of(Language.AR) : Optional.empty();
        }
        if (counts.latin() > counts.other() && englishWordShare(sample) >= MIN_ENGLISH_WORD_SHARE) {
            return Optional.of(Language.EN);
        }
        return Optional.empty();
    }

    /** The dominant script in words, for the error message: "Latin", "Cyrillic", "Arabic"... */
    static String dominantScript(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int[] counts = new int[Character.UnicodeScript.values().length];
        sample.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts[Character.UnicodeScript.of(cp).ordinal()]++);
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        String name = Character.UnicodeScript.values()[best].name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static double englishWordShare(String sample) {
        Matcher words = LATIN_WORD.matcher(sample);
        int all = 0;
        int english = 0;
        while (words.find()) {
            all++;
            english += ENGLISH_WORDS.contains(words.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        return all == 0 ? 0 : (double) english / all;
    }

    private record LetterCounts(int arabic, int nonArabicArabicScript, int latin, int other) {
        static LetterCounts of(String sample) {
            int arabic = 0;
            int nonArabic = 0;
            int latin = 0;
            int other = 0;
            for (int i = 0; i < sample.length(); i++) {
                char c = sample.charAt(i);
                if (Scripts.isArabicLetter(c)) {
                    arabic++;
                    nonArabic += Scripts.isNonArabicArabicScriptLetter(c) ? 1 : 0;
                } else if (Scripts.isLatinLetter(c)) {
                    latin++;
                } else if (Character.isLetter(c)) {
                    other++;
                }
            }
            return new LetterCounts(arabic, nonArabic, latin, other);
        }
    }
}
