package org.corroborate.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.NormalizedText;

/**
 * Words of a normalised text, the unit names are matched in. A word is a run of letters and
 * digits, so "al-Hasakah", "Hay'at" and "U.S." split at their punctuation the same way in a name
 * and in an article, whatever apostrophe or hyphen the writer used.
 */
final class Tokens {
    /** Teh marbuta folded too: سوريه and سورية, الرقه and الرقة are written both ways in news. */
    static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Option.FOLD_TEH_MARBUTA);

    /**
     * A word: {@code [start, end)} in the normalised text, {@code text} as normalised (case kept),
     * {@code folded} lower-cased for lookup, and whether a hyphen joins it to the next word.
     */
    record Token(int start, int end, String text, String folded, boolean hyphenAfter) {
    }

    /** The words of one normalised text. */
    private record Split(String normalized, List<Token> tokens) {
    }

    /**
     * Per thread, the last text split into words: places, nationalities and entities are each
     * looked for in the same article, which is split once (compared by identity; the normaliser
     * hands back the same view of the same text).
     */
    private static final ThreadLocal<Split> LAST = new ThreadLocal<>();

    private Tokens() {
    }

    static NormalizedText normalize(String text) {
        return NORMALIZER.normalize(text);
    }

    static List<Token> of(String normalized) {
        Split last = LAST.get();
        if (last == null || last.normalized() != normalized) {
            last = new Split(normalized, split(normalized));
            LAST.set(last);
        }
        return last.tokens();
    }

    private static List<Token> split(String normalized) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = normalized.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(normalized.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(normalized.charAt(i))) {
                i++;
            }
            String text = normalized.substring(start, i);
            boolean hyphen = i < n && isHyphen(normalized.charAt(i));
            out.add(new Token(start, i, text, text.toLowerCase(Locale.ROOT), hyphen));
        }
        return List.copyOf(out);
    }

    /** The words of a name or phrase from the rule files, normalised like article text. */
    static List<Token> ofName(String name) {
        return of(normalize(name).normalized());
    }

    /** The lookup form of a name: its folded words joined by one space. */
    static String folded(String name) {
        StringBuilder out = new StringBuilder();
        for (Token token : ofName(name)) {
            out.append(out.isEmpty() ? "" : " ").append(token.folded());
        }
        return out.toString();
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean hasArabicLetter(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                && Character.isLetter(c));
    }

    static boolean hasLatinLetter(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                && Character.isLetter(c));
    }
}
