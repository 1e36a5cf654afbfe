package org.corroborate.extract.date;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the first word of a match of a pattern (placeholders not yet expanded) can begin with: the
 * literal letters or the lexicon words its first consumed element reads. "the" in
 * {@code (?:the )?{day} of {month}} may begin a match, "of" never does; without this the rule is
 * tried at every "of" and "من" of a text and fails there. Lookarounds consume nothing and are
 * skipped.
 *
 * <p>The answer is a set of prefixes (a word "days" begins with "day" for {@code days?}), or
 * {@link #ANY} when the pattern may begin with something this reading does not follow (a character
 * class, an escape, a backreference, punctuation, a repeated letter); the caller then keeps every
 * word of the pattern, as before.
 */
final class FirstWords {
    /** The pattern may begin with any word. */
    static final Set<String> ANY = Set.of();
    private static final int MAX_DEPTH = 6;

    private final String pattern;
    private final Function<String, String> parts;
    private final Function<String, Lexicon> lexicons;
    private final int depth;
    private int i;

    /** What one element or sequence may begin with. */
    private record First(Set<String> prefixes, boolean digits, boolean any, boolean empty) {
        static final First NOTHING = new First(Set.of(), false, false, true);
        static final First UNKNOWN = new First(Set.of(), false, true, false);
        static final First DIGIT = new First(Set.of(), true, false, false);

        First or(First other) {
            Set<String> both = new HashSet<>(prefixes);
            both.addAll(other.prefixes);
            return new First(both, digits || other.digits, any || other.any, empty || other.empty);
        }

        /** This, then {@code next} when this may consume nothing. */
        First then(First next) {
            return empty ? new First(or(next).prefixes, digits || next.digits, any || next.any, next.empty) : this;
        }

        First optional() {
            return new First(prefixes, digits, any, true);
        }
    }

    private FirstWords(String pattern, Function<String, String> parts, Function<String, Lexicon> lexicons, int depth) {
        this.pattern = pattern;
        this.parts = parts;
        this.lexicons = lexicons;
        this.depth = depth;
    }

    /**
     * The lower-case prefixes every first word of a match begins with, or {@link #ANY}. A match
     * that begins with digits is left to the runs of digits (and a clitic before them) the rule is
     * tried at when it {@code readsDigits}; when it does not, the answer is ANY.
     */
    static Set<String> of(String pattern, boolean readsDigits, Function<String, String> parts,
                          Function<String, Lexicon> lexicons) {
        FirstWords reader = new FirstWords(pattern, parts, lexicons, 0);
        First first = reader.alternation();
        boolean whole = reader.i >= pattern.length();
        return !whole || first.any || first.digits && !readsDigits || first.prefixes.contains("")
                ? ANY : Set.copyOf(first.prefixes);
    }

    private First alternation() {
        First out = sequence();
        while (i < pattern.length() && pattern.charAt(i) == '|') {
            i++;
            out = out.or(sequence());
        }
        return out;
    }

    private First sequence() {
        First out = First.NOTHING;
        while (i < pattern.length() && pattern.charAt(i) != '|' && pattern.charAt(i) != ')') {
            out = out.then(element());
        }
        return out;
    }

    /** One element and its quantifier; a run of plain letters is one element. */
    private First element() {
        int start = i;
        char c = pattern.charAt(i);
        if (Character.isLetter(c)) {
            StringBuilder letters = new StringBuilder();
            while (i < pattern.length() && Character.isLetter(pattern.charAt(i)) && !quantifierAt(i + 1)) {
                letters.append(pattern.charAt(i++));
            }
            if (letters.isEmpty()) {
                i++; // a letter that repeats or may be left out: "s?"
                return quantified(First.UNKNOWN);
            }
            return new First(Set.of(letters.toString().toLowerCase(Locale.ROOT)), false, false, false);
        }
        First first;
        if (c == '(') {
            first = group();
        } else if (c == '{' && i + 1 < pattern.length() && Character.isLowerCase(pattern.charAt(i + 1))) {
            first = placeholder();
        } else {
            first = other();
        }
        if (i == start) {
            i++; // a stray character: nothing to follow
            return First.UNKNOWN;
        }
        return quantified(first);
    }

    /** A group; a lookaround consumes nothing, a flag without a group ("(?i)") is not followed. */
    private First group() {
        boolean lookaround = pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i)
                || pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i);
        if (lookaround) {
            i += pattern.charAt(i + 2) == '<' ? 4 : 3;
        } else if (pattern.startsWith("(?<", i)) {
            i = past('>'); // a named group
        } else if (pattern.startsWith("(?", i)) {
            int flagsEnd = i + 2;
            while (flagsEnd < pattern.length() && (Character.isLetter(pattern.charAt(flagsEnd)) || pattern.charAt(flagsEnd) == '-')) {
                flagsEnd++;
            }
            if (flagsEnd >= pattern.length() || pattern.charAt(flagsEnd) != ':') {
                i = flagsEnd + 1;
                return First.UNKNOWN;
            }
            i = flagsEnd + 1; // "(?:" or "(?-i:"
        } else {
            i++;
        }
        First inner = alternation();
        if (i < pattern.length()) {
            i++; // ')'
        }
        return lookaround ? First.NOTHING : inner;
    }

    private First placeholder() {
        int open = i;
        i = past('}');
        String name = pattern.substring(open + 1, Math.max(open + 1, i - 1));
        int colon = name.indexOf(':');
        name = colon >= 0 ? name.substring(0, colon) : name;
        Lexicon lexicon = lexicons.apply(name);
        if (lexicon != null) {
            return lexiconFirst(lexicon);
        }
        String part = parts.apply(name);
        if (part == null || depth >= MAX_DEPTH) {
            return First.UNKNOWN;
        }
        FirstWords inner = new FirstWords(part, parts, lexicons, depth + 1);
        First first = inner.alternation();
        return inner.i < part.length() ? First.UNKNOWN : first;
    }

    private static First lexiconFirst(Lexicon lexicon) {
        Set<String> prefixes = new HashSet<>();
        boolean digits = false;
        for (String word : lexicon.words()) {
            int end = 0;
            while (end < word.length() && Character.isLetter(word.charAt(end))) {
                end++;
            }
            if (end > 0) {
                prefixes.add(word.substring(0, end));
            } else if (!word.isEmpty() && isDigit(word.charAt(0))) {
                digits = true; // "1st"
            } else {
                return First.UNKNOWN; // a word that begins with a sign, or an empty one
            }
        }
        return new First(prefixes, digits, false, false);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Anything else consumed first: a digit ({@code 0-9}, {@code \\d}, a class of digits only), or
     * what this reading does not follow: a space, punctuation, another class or escape, a backreference.
     */
    private First other() {
        int start = i;
        char c = pattern.charAt(i);
        if (c == '\\') {
            boolean named = i + 2 < pattern.length() && (pattern.charAt(i + 1) == 'p' || pattern.charAt(i + 1) == 'k');
            i += 2;
            if (named && i < pattern.length() && (pattern.charAt(i) == '{' || pattern.charAt(i) == '<')) {
                i = past(pattern.charAt(i) == '{' ? '}' : '>');
            }
            return pattern.startsWith("\\d", start) ? First.DIGIT : First.UNKNOWN;
        }
        if (c == '[') {
            i = classEnd(i);
            return pattern.substring(start + 1, i - 1).matches("(?:[0-9]|[0-9]-[0-9])+") ? First.DIGIT : First.UNKNOWN;
        }
        i++;
        return isDigit(c) ? First.DIGIT : First.UNKNOWN;
    }

    /** The position after the next {@code c}, or the end of a pattern that lacks it. */
    private int past(char c) {
        int at = pattern.indexOf(c, i);
        return at < 0 ? pattern.length() : at + 1;
    }

    private int classEnd(int from) {
        int k = from + 1;
        if (k < pattern.length() && pattern.charAt(k) == '^') {
            k++;
        }
        if (k < pattern.length() && pattern.charAt(k) == ']') {
            k++;
        }
        while (k < pattern.length() && pattern.charAt(k) != ']') {
            k += pattern.charAt(k) == '\\' ? 2 : 1;
        }
        return Math.min(k + 1, pattern.length());
    }

    /** Reads a quantifier after an element: {@code ?} and {@code {0,n}} make it optional. */
    private First quantified(First first) {
        if (!quantifierAt(i)) {
            return first;
        }
        char q = pattern.charAt(i);
        boolean optional = q == '?' || q == '*' || q == '{' && pattern.startsWith("{0", i);
        i = q == '{' ? past('}') : i + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '?' || pattern.charAt(i) == '+')) {
            i++;
        }
        return optional ? first.optional() : first;
    }

    private boolean quantifierAt(int k) {
        if (k >= pattern.length()) {
            return false;
        }
        char c = pattern.charAt(k);
        return c == '?' || c == '*' || c == '+' || c == '{' && k + 1 < pattern.length() && Character.isDigit(pattern.charAt(k + 1));
    }
}
