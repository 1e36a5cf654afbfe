package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Literal text every match of a pattern (placeholders not yet expanded) consumes: a set of
 * needles, one of which a match always contains, or null when the pattern promises none. Nearly
 * every try of a date rule fails, and each costs a run of the regex engine; a rule whose needles
 * occur nowhere in the stretch a match could cover is not tried there ({@link DateRecognizer}).
 *
 * <p>A sequence needs what any one of its elements needs (the element with the rarest needles is
 * chosen); an alternation needs one of what each alternative needs. A letter run is its own
 * needle; a lexicon needs the first word of one of its entries (a space inside an entry stands
 * for one to three whitespace characters); a part needs what its pattern needs. Optional and
 * zero-width elements (lookarounds) need nothing, nor do classes, escapes and spaces. Groups with
 * flags are not read into, and a flag switched on for the rest of a pattern ("(?i)") makes the
 * whole answer null: the reading must never promise a needle a match can do without.
 *
 * <p>When the pattern matches case-insensitively (ASCII folding, as English does) the needles are
 * in ASCII lower case, to be sought in the text folded the same way ({@link #foldAscii}).
 */
final class Needles extends PatternCursor {
    private static final int MAX_DEPTH = 6;
    /** About how many letters a script has: a needle of n letters is about this^-n as likely at a place. */
    private static final double LETTERS = 28;

    private final Function<String, String> parts;
    private final Function<String, Lexicon> lexicons;
    private final boolean ignoreCase;
    private final int depth;
    private boolean unsure;

    private Needles(String pattern, Function<String, String> parts, Function<String, Lexicon> lexicons,
                    boolean ignoreCase, int depth) {
        super(pattern);
        this.parts = parts;
        this.lexicons = lexicons;
        this.ignoreCase = ignoreCase;
        this.depth = depth;
    }

    /** The needles of {@code pattern}, or null when a match need not contain any known text. */
    static Set<String> of(String pattern, Function<String, String> parts, Function<String, Lexicon> lexicons,
                          boolean ignoreCase) {
        Needles reader = new Needles(pattern, parts, lexicons, ignoreCase, 0);
        Set<String> needles = reader.alternation();
        if (reader.unsure || reader.i < pattern.length() || needles == null) {
            return null;
        }
        return Set.copyOf(shortest(needles));
    }

    /** {@code s} with ASCII capitals in lower case, as a case-insensitive pattern compares them. */
    static String foldAscii(String s) {
        char[] out = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[k] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? s : new String(out);
    }

    /** Drops a needle that contains another: where it occurs, the other does too. */
    private static Set<String> shortest(Set<String> needles) {
        Set<String> out = new HashSet<>();
        for (String needle : needles) {
            boolean covered = false;
            for (String other : needles) {
                if (!other.equals(needle) && needle.contains(other)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(needle);
            }
        }
        return out;
    }

    private Set<String> alternation() {
        List<Set<String>> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (i < pattern.length() && pattern.charAt(i) == '|') {
            i++;
            alternatives.add(sequence());
        }
        Set<String> out = new HashSet<>();
        for (Set<String> alternative : alternatives) {
            if (alternative == null) {
                return null;
            }
            out.addAll(alternative);
        }
        return out;
    }

    private Set<String> sequence() {
        Set<String> best = null;
        while (i < pattern.length() && pattern.charAt(i) != '|' && pattern.charAt(i) != ')') {
            Set<String> needles = element();
            if (needles != null && (best == null || likelihood(needles) < likelihood(best))) {
                best = needles;
            }
        }
        return best;
    }

    /** About how likely one of the needles is to begin at a given place; the rarer, the better the filter. */
    private static double likelihood(Set<String> needles) {
        double sum = 0;
        for (String needle : needles) {
            sum += Math.pow(LETTERS, -needle.length());
        }
        return needles.isEmpty() ? 1 : sum;
    }

    /** One element and its quantifier; a run of plain letters is one element (as {@link FirstWords} reads it). */
    private Set<String> element() {
        char c = pattern.charAt(i);
        if (Character.isLetter(c)) {
            String letters = letterRun();
            if (letters.isEmpty()) {
                i++; // a letter that repeats or may be left out: "s?"
                return quantified(null);
            }
            return quantified(Set.of(fold(letters)));
        }
        if (c == '(') {
            return quantified(group());
        }
        if (c == '{' && i + 1 < pattern.length() && Character.isLowerCase(pattern.charAt(i + 1))) {
            return quantified(placeholder());
        }
        return quantified(other());
    }

    /** A group: a lookaround or a group with flags needs nothing; a flag for the rest of the pattern unsettles all. */
    private Set<String> group() {
        boolean zeroWidth = switch (openGroup()) {
            case LOOKAROUND -> true;
            case SCOPED_FLAGS -> true; // "(?-i:May)": the needles would need other folding; read past it
            case GLOBAL_FLAGS -> {
                unsure = true; // "(?i)", "(?>": not followed
                i = pattern.length();
                yield true;
            }
            case NAMED, NON_CAPTURING, PLAIN -> false;
        };
        if (unsure) {
            return null;
        }
        Set<String> inner = alternation();
        if (i < pattern.length()) {
            i++; // ')'
        }
        return zeroWidth ? null : inner;
    }

    private Set<String> placeholder() {
        String name = placeholderName();
        Lexicon lexicon = lexicons.apply(name);
        if (lexicon != null) {
            Set<String> out = new HashSet<>();
            for (String word : lexicon.words()) {
                int space = word.indexOf(' ');
                String first = space >= 0 ? word.substring(0, space) : word;
                if (first.isEmpty()) {
                    return null;
                }
                out.add(fold(first));
            }
            return out.isEmpty() ? null : out; // an empty lexicon's alternation matches nothing, and goes on
        }
        String part = parts.apply(name);
        if (part == null || depth >= MAX_DEPTH) {
            return null;
        }
        Needles inner = new Needles(part, parts, lexicons, ignoreCase, depth + 1);
        Set<String> needles = inner.alternation();
        if (inner.unsure) {
            unsure = true;
        }
        return inner.i < part.length() ? null : needles;
    }

    /**
     * Anything else consumed: a sign ("/" of a numeric date, "-" of a range) is a needle of one
     * char, escaped or not, and so is each sign of a class made of signs only ({@code [/.-]});
     * other escapes and classes, a wildcard, a space, a digit are none.
     */
    private Set<String> other() {
        char c = pattern.charAt(i);
        if (c == '\\') {
            if (i + 1 < pattern.length() && "uxcNQE0".indexOf(pattern.charAt(i + 1)) >= 0) {
                unsure = true; // a character by its code or a quoted run: letters after it are not words
                i = pattern.length();
                return null;
            }
            boolean named = i + 2 < pattern.length() && (pattern.charAt(i + 1) == 'p' || pattern.charAt(i + 1) == 'k');
            i += 2;
            if (named && i < pattern.length() && (pattern.charAt(i) == '{' || pattern.charAt(i) == '<')) {
                i = past(pattern.charAt(i) == '{' ? '}' : '>');
                return null;
            }
            char escaped = pattern.charAt(i - 1);
            return isSign(escaped) ? Set.of(String.valueOf(escaped)) : null;
        }
        if (c == '[') {
            int start = i;
            i = classEnd(i);
            return signClass(start + 1, i - 1);
        }
        i++;
        return isSign(c) && "^$.*+?{}()[]|\\".indexOf(c) < 0 ? Set.of(String.valueOf(c)) : null;
    }

    /** The signs of the class {@code pattern[from, to)} when it lists signs only, each once, without ranges; else null. */
    private Set<String> signClass(int from, int to) {
        Set<String> out = new HashSet<>();
        for (int k = from; k < to; k++) {
            char c = pattern.charAt(k);
            if (c == '\\' && k + 1 < to && isSign(pattern.charAt(k + 1))) {
                out.add(String.valueOf(pattern.charAt(++k)));
            } else if (c == '-' && (k == from || k == to - 1) || isSign(c) && "\\^[]&-".indexOf(c) < 0) {
                out.add(String.valueOf(c));
            } else {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    /** Not a letter, digit, space or control: punctuation and symbols, which case folding leaves alone. */
    private static boolean isSign(char c) {
        return c < 0x80 ? c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c)
                : !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c)
                && !Character.isSurrogate(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }

    private String fold(String literal) {
        return ignoreCase ? foldAscii(literal) : literal;
    }

    /** Reads a quantifier after an element: one that allows none of it ({@code ? * {0,n}}) leaves no needle. */
    private Set<String> quantified(Set<String> needles) {
        if (!quantifierAt(i)) {
            return needles;
        }
        char q = pattern.charAt(i);
        boolean optional = q == '?' || q == '*' || q == '{' && pattern.startsWith("{0", i);
        i = q == '{' ? past('}') : i + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '?' || pattern.charAt(i) == '+')) {
            i++;
        }
        return optional ? null : needles;
    }
}
