package org.corroborate.extract.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word pattern of the packs ({@link DateWordList}) with its {@link WordsFilter}, asked first: a text the filter turns
 * away is one the pattern cannot match in. Null-pattern safe: a list the packs leave empty is never found.
 */
record Words(Pattern pattern, WordsFilter filter) {
    /** No words: found nowhere. */
    static final Words NONE = of(null, false);

    /** {@code pattern} (null: none) with its filter, a pattern whose only flag is case folding when {@code foldCase}. */
    static Words of(Pattern pattern, boolean foldCase) {
        return new Words(pattern, WordsFilter.of(pattern, foldCase));
    }

    /** Whether the packs hold words of the list. */
    boolean present() {
        return pattern != null;
    }

    /** Whether the pattern finds a match in {@code normalized}, its filter asked first. */
    boolean foundIn(String normalized) {
        return pattern != null && filter.mayFind(normalized) && pattern.matcher(normalized).find();
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
}
