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

        /** The lookahead {@code DateGrammar} closes a list of whole words with: no letter or number follows a match. */
        private static final String BEFORE_NON_WORD = "(?![\\p{L}\\p{N}])";

        private final NeedleAutomaton automaton;
        private final int[] reach;
        /** Whether the pattern opens with {@link #AFTER_NON_WORD}: a place right after a letter or a number is not tried. */
        private final boolean afterNonWord;
        /**
         * For {@link #found} and {@link #lastEnd}, when the pattern is a list of whole words ({@code DateGrammar}'s
         * {@code wordsOf}) and each entry promises needles: each entry alone in the pattern ({@link #split}), a place
         * tried only for the entries a needle of whose lies within reach after it, not for the alternation of them all;
         * the pattern finds a match at a place where one of them does. Null otherwise.
         */
        private final Alone alone;

        private Starts(NeedleAutomaton automaton, int[] reach, boolean afterNonWord, Alone alone) {
            this.automaton = automaton;
            this.reach = reach;
            this.afterNonWord = afterNonWord;
            this.alone = alone;
        }

        /**
         * The entries of a list alone: their patterns, the needles of them all sought in one reading, and per needle the
         * entries that hold it with its reach in each; {@code span}, the most chars from a match's start to where a
         * needle of bounded reach ends.
         */
        private record Alone(Pattern[] each, NeedleAutomaton automaton, String[] needles, int[][] of, int[][] reach, int span) {
            static Alone of(Pattern pattern, boolean foldCase) {
                List<String> split = split(pattern.pattern());
                if (split == null) {
                    return null;
                }
                Pattern[] each = new Pattern[split.size()];
                List<Map<String, Integer>> needles = new java.util.ArrayList<>();
                for (int i = 0; i < each.length; i++) {
                    each[i] = Pattern.compile(split.get(i), pattern.flags());
                    List<Map<String, Integer>> sets = Needles.of(split.get(i), part -> null, lexicon -> null, foldCase, 0, true);
                    if (sets == null || sets.get(0).containsKey("")) {
                        return null;
                    }
                    needles.add(sets.get(0));
                }
                String[] all = needles.stream().flatMap(n -> n.keySet().stream()).distinct().sorted().toArray(String[]::new);
                Map<String, Integer> ids = new java.util.HashMap<>();
                for (int n = 0; n < all.length; n++) {
                    ids.put(all[n], n);
                }
                List<List<int[]>> holders = new java.util.ArrayList<>();
                for (int n = 0; n < all.length; n++) {
                    holders.add(new java.util.ArrayList<>());
                }
                int span = 0;
                for (int i = 0; i < each.length; i++) {
                    for (Map.Entry<String, Integer> needle : needles.get(i).entrySet()) {
                        holders.get(ids.get(needle.getKey())).add(new int[] {i, needle.getValue()});
                        if (needle.getValue() != Needles.UNBOUNDED) {
                            span = Math.max(span, needle.getValue() + needle.getKey().length());
                        }
                    }
                }
                return new Alone(each, new NeedleAutomaton(all, foldCase), all,
                        holders.stream().map(l -> l.stream().mapToInt(x -> x[0]).toArray()).toArray(int[][]::new),
                        holders.stream().map(l -> l.stream().mapToInt(x -> x[1]).toArray()).toArray(int[][]::new), span);
            }
        }

        /**
         * A list of whole words {@code (?<![\p{L}\p{N}])} + clitic + {@code (?:A|B|…)} + {@code (?![\p{L}\p{N}])} as the
         * same pattern around each of {@code A}, {@code B} … alone; null for a pattern of another shape, one with a back
         * reference or a quotation ({@code \Q}), or one that is no alternation.
         */
        static List<String> split(String pattern) {
            if (!pattern.startsWith(AFTER_NON_WORD) || !pattern.endsWith(BEFORE_NON_WORD) || pattern.contains("\\Q")
                    || java.util.regex.Pattern.compile("\\\\(?:[1-9]|k<)").matcher(pattern).find()) {
                return null;
            }
            String body = pattern.substring(0, pattern.length() - BEFORE_NON_WORD.length());
            int open = -1; // where the last piece begins: the group of the alternatives
            for (int k = 0; k < body.length(); ) {
                if (body.charAt(k) == '|' || body.charAt(k) == ')') {
                    return null; // an alternation outside the group, a group that closes unopened
                }
                open = k;
                k = RegexPatternWalk.pieceEnd(body, k);
                if (k < 0) {
                    return null; // a class or a group that does not close
                }
            }
            List<Integer> bars = open < 0 || !body.startsWith("(?:", open) ? null : RegexPatternWalk.bars(body, open + 3);
            if (bars == null || bars.isEmpty()) {
                return null;
            }
            String before = body.substring(0, open);
            List<String> out = new java.util.ArrayList<>();
            int from = open + 3;
            bars.add(body.length() - 1);
            for (int bar : bars) {
                out.add(before + "(?:" + body.substring(from, bar) + ")" + BEFORE_NON_WORD);
                from = bar + 1;
            }
            return out;
        }

        /** The starts of {@code pattern}, or null when it promises no needle (it is then searched at every char). */
        static Starts of(Pattern pattern, boolean foldCase) {
            List<Map<String, Integer>> sets = Needles.of(pattern.pattern(), part -> null, lexicon -> null, foldCase, 0, true);
            if (sets == null || sets.get(0).containsKey("")) {
                return null;
            }
            String[] needles = sets.get(0).keySet().stream().sorted().toArray(String[]::new);
            int[] reach = Arrays.stream(needles).mapToInt(sets.get(0)::get).toArray();
            return new Starts(new NeedleAutomaton(needles, foldCase), reach, pattern.pattern().startsWith(AFTER_NON_WORD),
                    Alone.of(pattern, foldCase));
        }

        /** What {@code pattern.matcher(text).find()} answers, the pattern tried only where a match may begin. */
        boolean found(Pattern pattern, String text) {
            return alone != null ? new AlonePlaces(text).next(0) >= 0 : new Places(text).next(pattern, 0) != null;
        }

        /**
         * The places of one text where an entry alone ({@link #alone}) matches, sought in order: at a place, only the
         * entries a needle of whose lies within reach after it are tried. The whole pattern finds a match exactly where
         * one of them does.
         */
        private final class AlonePlaces {
            private final String text;
            private int[] hitEnd = new int[8];
            private int[] hitNeedle = new int[8];
            private int hits;
            /** A needle of unbounded reach: every entry that holds it may begin up to it. */
            private int upTo = -1;
            private final int[] entryUpTo;
            private final boolean[] may;
            private final Matcher[] matchers;
            private final int[] triedAt;
            /** The first needle that ends after the place last tried (the needles' ends come in order). */
            private int first;

            AlonePlaces(String text) {
                this.text = text;
                this.may = new boolean[text.length() + 1];
                this.entryUpTo = new int[alone.each().length];
                this.matchers = new Matcher[alone.each().length];
                this.triedAt = new int[alone.each().length];
                Arrays.fill(entryUpTo, -1);
                alone.automaton().scan(text, (id, at) -> {
                    if (hits == hitEnd.length) {
                        hitEnd = Arrays.copyOf(hitEnd, 2 * hits);
                        hitNeedle = Arrays.copyOf(hitNeedle, 2 * hits);
                    }
                    hitEnd[hits] = at + alone.needles()[id].length();
                    hitNeedle[hits++] = id;
                    int[] of = alone.of()[id];
                    for (int k = 0; k < of.length; k++) {
                        int r = alone.reach()[id][k];
                        if (r == Needles.UNBOUNDED) {
                            entryUpTo[of[k]] = Math.max(entryUpTo[of[k]], at);
                            upTo = Math.max(upTo, at);
                        } else {
                            Arrays.fill(may, Math.max(0, at - r), at + 1, true);
                        }
                    }
                });
            }

            /** The first place at or after {@code from} where an entry alone matches, -1 when none; {@code from} only grows. */
            int next(int from) {
                for (int p = from; hits > 0 && p <= text.length(); p++) {
                    if (!may[p] && p > upTo || afterNonWord && p > 0 && word(text.charAt(p - 1))) {
                        continue;
                    }
                    while (first < hits && hitEnd[first] <= p) {
                        first++; // a needle ending by p begins before it
                    }
                    for (int h = first; h < hits && hitEnd[h] <= p + alone.span(); h++) {
                        int id = hitNeedle[h];
                        int at = hitEnd[h] - alone.needles()[id].length();
                        int[] of = alone.of()[id];
                        for (int k = 0; at >= p && k < of.length; k++) {
                            if (at - p <= alone.reach()[id][k] && triedAt[of[k]] != p + 1) {
                                triedAt[of[k]] = p + 1;
                                if (lookingAt(of[k], p)) {
                                    return p;
                                }
                            }
                        }
                    }
                    for (int i = 0; p <= upTo && i < entryUpTo.length; i++) {
                        if (p <= entryUpTo[i] && triedAt[i] != p + 1) {
                            triedAt[i] = p + 1;
                            if (lookingAt(i, p)) {
                                return p;
                            }
                        }
                    }
                }
                return -1;
            }

            /** Whether entry {@code i} alone matches at {@code p}, the text around in view as {@code find} sees it. */
            private boolean lookingAt(int i, int p) {
                if (matchers[i] == null) {
                    matchers[i] = alone.each()[i].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                return matchers[i].region(p, text.length()).lookingAt();
            }
        }

        /**
         * Where the last match of {@code pattern} that successive {@code find}s of {@code text} make ends, -1 when there
         * is none: each sought from where the one before ended, only at the places a match may begin.
         */
        int lastEnd(Pattern pattern, String text) {
            if (alone != null) {
                return lastEndAlone(pattern, text);
            }
            Places places = new Places(text);
            int end = -1;
            for (Matcher m = places.next(pattern, 0); m != null; m = places.next(pattern, m.end() == m.start() ? m.end() + 1 : m.end())) {
                end = m.end();
            }
            return end;
        }

        /**
         * {@link #lastEnd} with each entry alone ({@link #alone}) finding where the next match begins: the whole pattern's
         * match at that place (it has one there) is the one {@code find} makes.
         */
        private int lastEndAlone(Pattern pattern, String text) {
            AlonePlaces places = new AlonePlaces(text);
            Matcher m = null;
            int end = -1;
            for (int p = places.next(0); p >= 0; ) {
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                if (!m.region(p, text.length()).lookingAt()) {
                    p = p < text.length() ? places.next(p + 1) : -1; // not reached: an entry's match is the pattern's
                    continue;
                }
                end = m.end();
                int from = m.end() == m.start() ? m.end() + 1 : m.end();
                p = from <= text.length() ? places.next(from) : -1;
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
