package org.corroborate.extract.date;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word pattern of the packs ({@link DateWordList}) with its {@link WordsFilter}, asked first: a text the filter turns
 * away is one the pattern cannot match in. Null-pattern safe: a list the packs leave empty is never found.
 *
 * <p>A text the filter lets through is then not searched at every char: the pattern is tried only where a match may
 * begin, within a needle's reach before one of them ({@link Starts}), as {@code DateRecognizer} tries the future
 * markers. A list of twenty entries was tried at every word of a clause, for a needle such as "said" found once in it.
 */
record Words(Pattern pattern, WordsFilter filter, Starts starts) {
    /** No words: found nowhere. */
    static final Words NONE = of(null, false);

    /** {@code pattern} (null: none) with its filter, a pattern whose only flag is case folding when {@code foldCase}. */
    static Words of(Pattern pattern, boolean foldCase) {
        return new Words(pattern, WordsFilter.of(pattern, foldCase), pattern == null ? null : Starts.of(pattern, foldCase));
    }

    /** Whether the packs hold words of the list. */
    boolean present() {
        return pattern != null;
    }

    /** Whether the pattern finds a match in {@code normalized}, its filter asked first. */
    boolean foundIn(String normalized) {
        if (pattern == null || !filter.mayFind(normalized)) {
            return false;
        }
        return starts != null ? starts.found(pattern, normalized) : pattern.matcher(normalized).find();
    }

    /**
     * Where the last match of the pattern in {@code normalized} ends, as successive {@code find}s of its matcher make
     * them; -1 when there is none (the filter asked first).
     */
    int lastEnd(String normalized) {
        if (pattern == null || !filter.mayFind(normalized)) {
            return -1;
        }
        if (starts != null) {
            return starts.lastEnd(pattern, normalized);
        }
        Matcher m = pattern.matcher(normalized);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** Whether a match of the pattern may lie within {@code text[from, to)} (false when there are no words): the filter's answer. */
    boolean mayFindWithin(String text, int from, int to) {
        return pattern != null && filter.mayFindWithin(text, from, to);
    }

    /** Whether the pattern may find a match in {@code text} (false when there are no words): the filter's answer. */
    boolean mayFind(String text) {
        return mayFindWithin(text, 0, text.length());
    }

    /** A matcher of the pattern over {@code text}; only when {@link #present()}. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /**
     * One set of a pattern's needles with their reaches ({@link Needles}, weighed by the places they open): every match
     * holds one of them, beginning at most its reach before it. A {@code find} answers true exactly when a match begins
     * at one of the places so opened, which {@link #found} tries alone, each with the text before and after it in view
     * as {@code find} sees it (transparent bounds; no anchoring at the place tried).
     */
    static final class Starts {
        /** The lookbehind {@code DateGrammar} opens a word list with: no match begins right after a letter or a number. */
        private static final String AFTER_NON_WORD = "(?<![\\p{L}\\p{N}])";

        private final NeedleAutomaton automaton;
        private final int[] reach;
        /** Whether the pattern opens with {@link #AFTER_NON_WORD}: a place right after a letter or a number is not tried. */
        private final boolean afterNonWord;

        private Starts(NeedleAutomaton automaton, int[] reach, boolean afterNonWord) {
            this.automaton = automaton;
            this.reach = reach;
            this.afterNonWord = afterNonWord;
        }

        /** The starts of {@code pattern}, or null when it promises no needle (it is then searched at every char). */
        static Starts of(Pattern pattern, boolean foldCase) {
            List<Map<String, Integer>> sets = Needles.of(pattern.pattern(), part -> null, lexicon -> null, foldCase, 0, true);
            if (sets == null || sets.get(0).containsKey("")) {
                return null;
            }
            String[] needles = sets.get(0).keySet().stream().sorted().toArray(String[]::new);
            int[] reach = Arrays.stream(needles).mapToInt(sets.get(0)::get).toArray();
            return new Starts(new NeedleAutomaton(needles, foldCase), reach, pattern.pattern().startsWith(AFTER_NON_WORD));
        }

        /** What {@code pattern.matcher(text).find()} answers, the pattern tried only where a match may begin. */
        boolean found(Pattern pattern, String text) {
            return new Places(text).next(pattern, 0) != null;
        }

        /**
         * Where the last match of {@code pattern} that successive {@code find}s of {@code text} make ends, -1 when there
         * is none: each sought from where the one before ended, only at the places a match may begin.
         */
        int lastEnd(Pattern pattern, String text) {
            Places places = new Places(text);
            int end = -1;
            for (Matcher m = places.next(pattern, 0); m != null; m = places.next(pattern, m.end() == m.start() ? m.end() + 1 : m.end())) {
                end = m.end();
            }
            return end;
        }

        /** The places of one text where a match may begin. */
        private final class Places {
            private final String text;
            private final boolean[] may;
            /** A needle of unbounded reach lets a match begin anywhere up to it. */
            private int anyUpTo = -1;
            private Matcher m;

            Places(String text) {
                this.text = text;
                this.may = new boolean[text.length() + 1];
                automaton.scan(text, (id, at) -> {
                    int r = reach[id];
                    if (r == Needles.UNBOUNDED) {
                        anyUpTo = Math.max(anyUpTo, at);
                    } else {
                        Arrays.fill(may, Math.max(0, at - r), at + 1, true);
                    }
                });
            }

            /** The matcher at the first match beginning at or after {@code from}, as {@code find} would make it; null when none. */
            Matcher next(Pattern pattern, int from) {
                for (int p = from; p <= text.length(); p++) {
                    if (!may[p] && p > anyUpTo || afterNonWord && p > 0 && word(text.charAt(p - 1))) {
                        continue;
                    }
                    if (m == null) {
                        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (m.region(p, text.length()).lookingAt()) {
                        return m;
                    }
                }
                return null;
            }
        }

        /** Whether {@code c} is a letter or a number of the BMP, which {@link #AFTER_NON_WORD} does not follow. */
        private static boolean word(char c) {
            if (Character.isSurrogate(c)) {
                return false; // a code point beyond the BMP: left to the regex
            }
            if (Character.isLetter(c)) {
                return true;
            }
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }
    }
}
