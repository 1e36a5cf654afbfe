package org.corroborate.verify;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.corroborate.text.ArabicNormalizer;

/**
 * Normalised word sets for comparing quotes, speakers and place names within one language:
 * Arabic folded once (hamza forms, teh marbuta, harakat, tatweel), Latin lower-cased,
 * punctuation and quotation marks dropped.
 */
final class Tokens {
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer(ArabicNormalizer.Option.FOLD_TEH_MARBUTA);
    /** Words that never tell two speakers or places apart. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "for", "and", "in", "has",
            "have", "said", "says", "mr", "ms", "في", "من", "باسم", "عن", "و");

    private Tokens() {
    }

    /** The distinct normalised words of {@code text}, in order. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        String folded = ARABIC.normalize(text).normalized().toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                words.add(withoutArticle(word));
            }
        }
        return words;
    }

    /**
     * The Arabic definite article and the particles written onto it (ال، وال، بال، فال، كال، لل) are
     * not part of the word: "المحافظ" and "محافظ كركوك" name the same governor.
     */
    static String withoutArticle(String word) {
        for (String prefix : ARTICLES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 2) {
                return word.substring(prefix.length());
            }
        }
        return word;
    }

    private static final char ALEF = ArabicNormalizer.ALEF;
    private static final char LAM = '\u0644';
    private static final char WAW = '\u0648';
    private static final char BEH = '\u0628';
    private static final char FEH = '\u0641';
    private static final char KAF = ArabicNormalizer.KAF;
    private static final String AL = "" + ALEF + LAM;
    /** Longest first: وال before ال. */
    private static final java.util.List<String> ARTICLES = java.util.List.of(WAW + AL, BEH + AL, FEH + AL, KAF + AL,
            "" + LAM + LAM, AL);

    /** {@link #of} without function words (names of speakers and places). */
    static Set<String> content(String text) {
        Set<String> words = of(text);
        words.removeAll(FUNCTION_WORDS);
        return words;
    }

    /** Jaccard overlap |A ∩ B| / |A ∪ B| of two quotes' words; 0 when both are empty. */
    static double overlap(String a, String b) {
        Set<String> left = of(a);
        Set<String> right = of(b);
        Set<String> union = new LinkedHashSet<>(left);
        union.addAll(right);
        if (union.isEmpty()) {
            return 0;
        }
        left.retainAll(right);
        return (double) left.size() / union.size();
    }

    /** Share of the shorter name's content words found in the other (1 when one name contains the other). */
    static double containment(String a, String b) {
        Set<String> left = content(a);
        Set<String> right = content(b);
        Set<String> shorter = left.size() <= right.size() ? left : right;
        Set<String> longer = shorter == left ? right : left;
        if (shorter.isEmpty()) {
            return 0;
        }
        return (double) shorter.stream().filter(longer::contains).count() / shorter.size();
    }

    /** The words of kind of place ({@code places} packs' {@code kinds}), folded as {@link #of} folds (مدينة → مدينه). */
    static Set<String> placeKinds(java.util.Collection<String> kindWords) {
        Set<String> folded = new LinkedHashSet<>();
        kindWords.forEach(word -> folded.addAll(of(word)));
        return folded;
    }

    /**
     * Whether two place names in one language may name one place: the names' words, folded
     * (case, Arabic letter forms, the article), without function words and {@code kinds} (words of
     * kind, folded by {@link #placeKinds}), one set inside the other ("Damboa" and "the town of
     * Damboa"; «الزعتري» and «مخيم الزعتري»). A name left with no word (only "the city") never matches.
     */
    static boolean samePlaceName(String a, String b, Set<String> kinds) {
        Set<String> left = content(a);
        Set<String> right = content(b);
        left.removeAll(kinds);
        right.removeAll(kinds);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return left.size() <= right.size() ? right.containsAll(left) : left.containsAll(right);
    }
}
