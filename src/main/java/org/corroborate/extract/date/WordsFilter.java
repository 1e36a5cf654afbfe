package org.corroborate.extract.date;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A pattern of words of the packs (the markers and word lists {@link DateGrammar} makes) with the
 * literal text every match of it contains ({@link Needles}): where a stretch of text lacks one
 * needle of each set, the pattern cannot match there, and the regex is not run. Most clauses and
 * windows hold none of a list's words, and a {@code find} tries the pattern at every char; the
 * needles of a set are sought in one reading of the stretch ({@link NeedleAutomaton}), however many.
 * Answers exactly what the pattern would: the needles only turn away stretches it cannot match.
 */
public final class WordsFilter {
    /** A filter that passes every text: its pattern promises no needle, or there is none. */
    private static final WordsFilter NONE = new WordsFilter(List.of(), List.of());

    /** The needles of each set, in ASCII lower case when the pattern ignores case; empty when it promises none. */
    private final List<List<String>> needles;
    /** Per set, its needles sought in a text as they would be in the text folded as the needles are. */
    private final List<NeedleAutomaton> sets;

    private WordsFilter(List<List<String>> needles, List<NeedleAutomaton> sets) {
        this.needles = needles;
        this.sets = sets;
    }

    /** The filter of {@code pattern} (null: one that passes everything), a pattern whose only flag is case folding when {@code foldCase}. */
    public static WordsFilter of(Pattern pattern, boolean foldCase) {
        List<Map<String, Integer>> needs = pattern == null ? null
                : Needles.of(pattern.pattern(), part -> null, lexicon -> null, foldCase, 0);
        if (needs == null || needs.stream().anyMatch(set -> set.containsKey(""))) {
            return NONE;
        }
        List<List<String>> needles = needs.stream().map(set -> set.keySet().stream().sorted().toList()).toList();
        return new WordsFilter(needles,
                needles.stream().map(set -> new NeedleAutomaton(set.toArray(String[]::new), foldCase)).toList());
    }

    /** Whether the pattern may find a match in {@code text}, as its matcher's {@code find()} reads it. */
    boolean mayFind(String text) {
        return mayFindWithin(text, 0, text.length());
    }

    /** Whether a match of the pattern may lie within {@code text[from, to)}: false when of one set no needle does. */
    public boolean mayFindWithin(String text, int from, int to) {
        for (NeedleAutomaton set : sets) {
            if (!set.anyWithin(text, from, to)) {
                return false;
            }
        }
        return true;
    }

    /** The needles of each set (none: the filter passes everything). */
    List<List<String>> needles() {
        return needles;
    }
}
