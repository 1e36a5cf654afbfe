package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the first word of a match of a pattern (placeholders not yet expanded) can begin with: the
 * literal letters or the lexicon words its first consumed element reads. "the" in
 * {@code (?:the )?{day} of {month}} may begin a match, "of" never does; without this the rule is
 * tried at every "of" and "من" of a text and fails there. Lookarounds consume nothing and are
 * skipped.
 *
 * <p>The answer is a set of prefixes (a word "days" begins with "day" for {@code days?}), and the
 * whole words followed by a space ("the " of {@code (?:the )?{day}}) with what the next word may
 * begin with, so that "the" tries the rule only before a day; or {@link Starts#ANY} when the
 * pattern may begin with something this reading does not follow (a character class, an escape, a
 * backreference, punctuation, a repeated letter): the caller then keeps every word of the pattern.
 * The pattern is read right to left through each sequence, so that every element knows what may
 * follow it.
 */
final class FirstWords extends PatternCursor {
    private static final int MAX_DEPTH = 6;

    private final Function<String, String> parts;
    private final Function<String, Lexicon> lexicons;
    private final int depth;

    /** Where a rule may begin: a prefix of the word, or a whole word and then a word that begins with one of {@code next}. */
    record Starts(Set<String> prefixes, Map<String, Following> wholeWords) {
        /** The pattern may begin with any word. */
        static final Starts ANY = new Starts(Set.of(), Map.of());

        Starts {
            prefixes = Set.copyOf(prefixes);
            wholeWords = Map.copyOf(wholeWords);
        }

        boolean any() {
            return prefixes.isEmpty() && wholeWords.isEmpty();
        }
    }

    /** What the word after a whole first word begins with (after one to three spaces): one of {@code prefixes}, or a digit. */
    record Following(Set<String> prefixes, boolean digit) {
        Following {
            prefixes = Set.copyOf(prefixes);
        }
    }

    /**
     * What an element, followed by what comes after it, may begin with: prefixes, whole words
     * (each with what may follow its space), digits, anything ({@code any}), the end of the match
     * ({@code ends}), or spaces and then {@code spaced}.
     */
    private record First(Set<String> prefixes, Map<String, First> words, boolean digits, boolean any, boolean ends,
                         First spaced) {
        static final First END = new First(Set.of(), Map.of(), false, false, true, null);
        static final First UNKNOWN = new First(Set.of(), Map.of(), false, true, false, null);
        static final First DIGIT = new First(Set.of(), Map.of(), true, false, false, null);

        static First prefix(String letters) {
            return new First(Set.of(letters), Map.of(), false, false, false, null);
        }

        First or(First other) {
            Set<String> both = new HashSet<>(prefixes);
            both.addAll(other.prefixes);
            Map<String, First> words = new HashMap<>(this.words);
            other.words.forEach((word, next) -> words.merge(word, next, First::or));
            First space = spaced == null ? other.spaced : other.spaced == null ? spaced : spaced.or(other.spaced);
            return new First(both, words, digits || other.digits, any || other.any, ends || other.ends, space);
        }

        /** Spaces, then nothing but this. */
        boolean onlyAfterSpaces() {
            return spaced != null && prefixes.isEmpty() && words.isEmpty() && !digits && !any && !ends;
        }

        /** What a word after spaces may begin with, or null when that cannot be told. */
        Following following() {
            if (any || ends || spaced != null || prefixes.contains("")) {
                return null;
            }
            Set<String> all = new HashSet<>(prefixes);
            all.addAll(words.keySet());
            return new Following(all, digits);
        }
    }

    private FirstWords(String pattern, Function<String, String> parts, Function<String, Lexicon> lexicons, int depth) {
        super(pattern);
        this.parts = parts;
        this.lexicons = lexicons;
        this.depth = depth;
    }

    /**
     * Where a match of {@code pattern} may begin, or {@link Starts#ANY}. A match that begins with
     * digits is left to the runs of digits (and a clitic before them) the rule is tried at when it
     * {@code readsDigits}; when it does not, the answer is ANY.
     */
    static Starts of(String pattern, boolean readsDigits, Function<String, String> parts,
                     Function<String, Lexicon> lexicons) {
        FirstWords reader = new FirstWords(pattern, parts, lexicons, 0);
        UnaryOperator<First> body = reader.alternation();
        First first = body.apply(First.END);
        if (reader.i < pattern.length() || first.any || first.spaced != null || first.digits && !readsDigits
                || first.prefixes.contains("")) {
            return Starts.ANY;
        }
        Set<String> prefixes = new HashSet<>(first.prefixes);
        Map<String, Following> wholeWords = new HashMap<>();
        first.words.forEach((word, next) -> {
            Following following = next.following();
            if (following == null) {
                prefixes.add(word);
            } else {
                wholeWords.put(word, following);
            }
        });
        return new Starts(prefixes, wholeWords);
    }

    private UnaryOperator<First> alternation() {
        List<UnaryOperator<First>> alternatives = alternatives(this::sequence);
        return next -> alternatives.stream().map(a -> a.apply(next)).reduce(First::or).orElseThrow();
    }

    private UnaryOperator<First> sequence() {
        List<UnaryOperator<First>> elements = new ArrayList<>();
        while (!sequenceEnds()) {
            elements.add(element());
        }
        return next -> {
            First out = next;
            for (int k = elements.size() - 1; k >= 0; k--) {
                out = elements.get(k).apply(out);
            }
            return out;
        };
    }

    /** One element and its quantifier; a run of plain letters is one element, a space another. */
    private UnaryOperator<First> element() {
        int start = i;
        char c = pattern.charAt(i);
        if (Character.isLetter(c)) {
            String letters = letterRun();
            if (letters.isEmpty()) {
                i++; // a letter that repeats or may be left out: "s?"
                return quantified(next -> First.UNKNOWN);
            }
            String word = letters.toLowerCase(Locale.ROOT);
            return next -> next.onlyAfterSpaces()
                    ? new First(Set.of(), Map.of(word, next.spaced), false, false, false, null)
                    : First.prefix(word);
        }
        if (c == ' ') {
            i++;
            return quantified(next -> new First(Set.of(), Map.of(), false, false, false, next));
        }
        UnaryOperator<First> element;
        if (c == '(') {
            element = group();
        } else if (c == '{' && i + 1 < pattern.length() && Character.isLowerCase(pattern.charAt(i + 1))) {
            element = placeholder();
        } else {
            First first = other();
            element = next -> first;
        }
        if (i == start) {
            i++; // a stray character: nothing to follow
            return next -> First.UNKNOWN;
        }
        return quantified(element);
    }

    /** A group; a lookaround consumes nothing, a flag without a group ("(?i)") is not followed. */
    private UnaryOperator<First> group() {
        Opening opening = openGroup();
        if (opening == Opening.GLOBAL_FLAGS) {
            return next -> First.UNKNOWN;
        }
        UnaryOperator<First> inner = alternation();
        if (i < pattern.length()) {
            i++; // ')'
        }
        return opening == Opening.LOOKAROUND ? next -> next : inner;
    }

    private UnaryOperator<First> placeholder() {
        String name = placeholderName();
        Lexicon lexicon = lexicons.apply(name);
        if (lexicon != null && lexicon.words().isEmpty()) {
            return next -> next; // an empty alternation matches nothing, and goes on
        }
        if (lexicon != null) {
            First first = lexiconFirst(lexicon);
            return next -> first;
        }
        String part = parts.apply(name);
        if (part == null || depth >= MAX_DEPTH) {
            return next -> First.UNKNOWN;
        }
        FirstWords inner = new FirstWords(part, parts, lexicons, depth + 1);
        UnaryOperator<First> body = inner.alternation();
        return inner.i < part.length() ? next -> First.UNKNOWN : body;
    }

    /**
     * A lexicon's words begin with their first run of letters; a run followed by a space in the
     * word ("the" of "the fourth of july") is a whole word, followed by the next word's first run.
     */
    private static First lexiconFirst(Lexicon lexicon) {
        First out = null;
        for (String word : lexicon.words()) {
            First first = wordFirst(word, 0);
            out = out == null ? first : out.or(first);
        }
        return out;
    }

    private static First wordFirst(String word, int from) {
        int end = from;
        while (end < word.length() && Character.isLetter(word.charAt(end))) {
            end++;
        }
        if (end == from) {
            return from < word.length() && isDigit(word.charAt(from)) ? First.DIGIT : First.UNKNOWN; // "1st"; a sign
        }
        String run = word.substring(from, end);
        if (end + 1 < word.length() && word.charAt(end) == ' ' && word.charAt(end + 1) != ' ') {
            return new First(Set.of(), Map.of(run, wordFirst(word, end + 1)), false, false, false, null);
        }
        return First.prefix(run);
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
            i = RegexPatternWalk.escapeEnd(pattern, i);
            return pattern.startsWith("\\d", start) ? First.DIGIT : First.UNKNOWN;
        }
        if (c == '[') {
            i = classEnd(i);
            return pattern.substring(start + 1, i - 1).matches("(?:[0-9]|[0-9]-[0-9])+") ? First.DIGIT : First.UNKNOWN;
        }
        i++;
        return isDigit(c) ? First.DIGIT : First.UNKNOWN;
    }

    /**
     * Reads a quantifier after an element: {@code ?} and {@code {0,n}} make it optional; after an
     * element that may repeat, what follows it cannot be told.
     */
    private UnaryOperator<First> quantified(UnaryOperator<First> element) {
        if (!quantifierAt(i)) {
            return element;
        }
        int start = i;
        boolean optional = RegexPatternWalk.allowsNone(pattern, i);
        i = RegexPatternWalk.quantifierEnd(pattern, i);
        boolean once = pattern.charAt(start) == '?' || pattern.substring(start, i).matches("\\{[01](?:,1)?}[?+]?");
        UnaryOperator<First> repeated = once ? element : next -> element.apply(First.UNKNOWN);
        return optional ? next -> repeated.apply(next).or(next) : repeated;
    }
}
