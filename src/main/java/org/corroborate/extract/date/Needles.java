package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Literal text every match of a pattern (placeholders not yet expanded) consumes: sets of
 * needles, one of each set a match always contains, or null when the pattern promises none.
 * Nearly every try of a date rule fails, and each costs a run of the regex engine; a rule is not
 * tried where one of its sets has no needle in the stretch a match could cover ({@link DateRecognizer}).
 * The first word of a match is no filter (the rule is tried there because the word may begin it);
 * the words after it are: "November" begins a dozen rules, and only those whose "-" or "to"
 * follows are worth a try.
 *
 * <p>A sequence needs what each of its elements needs; an alternation needs one of what each
 * alternative needs (of each, its rarest set). A letter run is its own needle; a lexicon needs
 * the longest word of one of its entries (a space inside an entry stands for one to three
 * whitespace characters); a part needs what its pattern needs. Optional and zero-width elements
 * (lookarounds) need nothing, nor do classes, escapes, digits and spaces (digits were tried as
 * needles: too common to turn many tries away, and ten more to look at at each try). Groups
 * with flags are not read into, and a flag switched on for the rest of a pattern ("(?i)") makes
 * the whole answer null: the reading must never promise a needle a match can do without.
 *
 * <p>Each needle comes with its reach: the most chars a match can consume before the needle
 * begins ({@link #UNBOUNDED} past a {@code *}, a {@code +} or a back-reference). A needle that
 * occurs in the stretch a match could cover but further from the start than its reach cannot be
 * the one the match contains: "new" of "New Year" 50 chars on does not let a holiday rule try at
 * "on". Lengths are counted generously (a class or an escape as two chars, a code point may take
 * two; a pattern space as three), so a reach is never short.
 *
 * <p>When the pattern matches case-insensitively (ASCII folding, as English does) the needles are
 * in ASCII lower case, to be sought in the text folded the same way ({@link #foldAscii}).
 */
final class Needles extends PatternCursor {
    private static final int MAX_DEPTH = 6;
    /** About how many letters a script has: a needle of n letters is about this^-n as likely at a place. */
    private static final double LETTERS = 28;
    /** The reach of a needle after an element of unbounded length; lengths saturate at it. */
    static final int UNBOUNDED = Integer.MAX_VALUE;
    /** The places a needle of unbounded reach is counted to open before it when sets are weighed by reach ({@link #cost}): about a long sentence. */
    private static final int WEIGHED_REACH_CAP = 1_000;
    /** What a pattern space becomes: one to three whitespace chars ({@code DateGrammar.SPACE}). */
    private static final int SPACE_LENGTH = 3;
    /** Chars one class, escape or wildcard may consume: a code point beyond the BMP takes two. */
    private static final int CHAR_LENGTH = 2;

    /**
     * What a stretch of pattern needs: sets of needles, each by reach from the stretch's start,
     * one of every set (none: it promises nothing); and the most chars it consumes.
     */
    private record Reading(List<Map<String, Integer>> needs, int length) {
        static final Reading NONE = new Reading(List.of(), 0);

        /** A stretch that needs one of {@code needles} (null: nothing). */
        static Reading of(Map<String, Integer> needles, int length) {
            return new Reading(needles == null ? List.of() : List.of(needles), length);
        }

        /** The same needs, reached after {@code offset} more chars. */
        Reading shifted(int offset) {
            return offset == 0 ? this : new Reading(shifted(needs, offset), length);
        }

        static List<Map<String, Integer>> shifted(List<Map<String, Integer>> needs, int offset) {
            List<Map<String, Integer>> out = new ArrayList<>();
            for (Map<String, Integer> needles : needs) {
                Map<String, Integer> moved = new HashMap<>();
                needles.forEach((needle, reach) -> moved.put(needle, add(reach, offset)));
                out.add(moved);
            }
            return out;
        }
    }

    private final Function<String, String> parts;
    private final Function<String, Lexicon> lexicons;
    private final boolean ignoreCase;
    /** Whether an alternative's set is chosen by the places its needles open within their reach ({@link #cost}), not by rarity alone. */
    private final boolean weighReach;
    private final int depth;
    private boolean unsure;

    private Needles(String pattern, Function<String, String> parts, Function<String, Lexicon> lexicons,
                    boolean ignoreCase, boolean weighReach, int depth) {
        super(pattern);
        this.parts = parts;
        this.lexicons = lexicons;
        this.ignoreCase = ignoreCase;
        this.weighReach = weighReach;
        this.depth = depth;
    }

    /**
     * The sets of needles of {@code pattern}, rarest first, each needle with its reach from where a
     * match begins: a match contains a needle of every set. Null when a match need not contain any
     * known text. {@code lead}: the most chars read before the pattern itself (a clitic), added to
     * every reach.
     */
    static List<Map<String, Integer>> of(String pattern, Function<String, String> parts,
                                         Function<String, Lexicon> lexicons, boolean ignoreCase, int lead) {
        return of(pattern, parts, lexicons, ignoreCase, lead, false);
    }

    /**
     * As {@link #of(String, Function, Function, boolean, int)}, but with {@code weighReach} each
     * alternative's set, and the order of the sets, is chosen by the places its needles open ({@link
     * #cost}): for a caller that tries the pattern at every place within a needle's reach before it.
     * "on" ends "meets … on", up to four words after the verb; every "on" of a text would open the
     * hundred chars before it, where the verbs open only their own place.
     */
    static List<Map<String, Integer>> of(String pattern, Function<String, String> parts,
                                         Function<String, Lexicon> lexicons, boolean ignoreCase, int lead,
                                         boolean weighReach) {
        Needles reader = new Needles(pattern, parts, lexicons, ignoreCase, weighReach, 0);
        Reading reading = reader.alternation();
        if (reader.unsure || reader.i < pattern.length() || reading.needs.isEmpty()) {
            return null;
        }
        return reading.shifted(lead).needs.stream().map(Needles::shortest)
                .sorted(java.util.Comparator.comparingDouble(reader::cost)).map(Map::copyOf).toList();
    }

    /** The most chars a match of {@code pattern} consumes, {@link #UNBOUNDED} when it cannot be told. */
    static int maxLength(String pattern, Function<String, String> parts, Function<String, Lexicon> lexicons) {
        Needles reader = new Needles(pattern, parts, lexicons, false, false, 0);
        Reading reading = reader.alternation();
        return reader.unsure || reader.i < pattern.length() ? UNBOUNDED : reading.length;
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

    /**
     * Drops a needle that contains another: where it occurs, the other does too, as far on as it
     * sits inside it (the other's reach grows by that much when it has to).
     */
    private static Map<String, Integer> shortest(Map<String, Integer> needles) {
        Map<String, Integer> out = new HashMap<>();
        Map<String, Integer> grown = new HashMap<>();
        needles.forEach((needle, reach) -> {
            boolean covered = false;
            for (String other : needles.keySet()) {
                if (!other.equals(needle) && needle.contains(other)) {
                    covered = true;
                    grown.merge(other, add(reach, needle.lastIndexOf(other)), Math::max);
                }
            }
            if (!covered) {
                out.put(needle, reach);
            }
        });
        grown.forEach((needle, reach) -> out.computeIfPresent(needle, (k, own) -> Math.max(own, reach)));
        return out;
    }

    private Reading alternation() {
        List<Reading> alternatives = alternatives(this::sequence);
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        Map<String, Integer> out = new HashMap<>();
        int length = 0;
        boolean everyOneNeeds = true;
        for (Reading alternative : alternatives) {
            length = Math.max(length, alternative.length);
            if (alternative.needs.isEmpty()) {
                everyOneNeeds = false;
            } else {
                Map<String, Integer> rarest = alternative.needs.stream()
                        .min(java.util.Comparator.comparingDouble(this::cost)).orElseThrow();
                rarest.forEach((needle, reach) -> out.merge(needle, reach, Math::max));
            }
        }
        return Reading.of(everyOneNeeds ? out : null, length);
    }

    private Reading sequence() {
        List<Map<String, Integer>> needs = new ArrayList<>();
        int length = 0;
        while (!sequenceEnds()) {
            Reading element = element();
            needs.addAll(element.shifted(length).needs);
            length = add(length, element.length);
        }
        return new Reading(needs, length);
    }

    /** About how likely one of the needles is to begin at a given place; the rarer, the better the filter. */
    private static double likelihood(Map<String, Integer> needles) {
        double sum = 0;
        for (String needle : needles.keySet()) {
            sum += Math.pow(LETTERS, -needle.length());
        }
        return needles.isEmpty() ? 1 : sum;
    }

    /**
     * What a set costs its caller: its {@link #likelihood}, or with {@link #weighReach} about how many places one of
     * its needles opens, each occurrence the places within its reach before it and its own (a reach the pattern
     * does not bound counted as {@link #WEIGHED_REACH_CAP}).
     */
    private double cost(Map<String, Integer> needles) {
        if (!weighReach || needles.isEmpty()) {
            return likelihood(needles);
        }
        double sum = 0;
        for (Map.Entry<String, Integer> needle : needles.entrySet()) {
            sum += Math.pow(LETTERS, -needle.getKey().length()) * (1 + Math.min(needle.getValue(), WEIGHED_REACH_CAP));
        }
        return sum;
    }

    /** {@code a + b}, saturating at {@link #UNBOUNDED}. */
    private static int add(int a, int b) {
        long sum = (long) a + b;
        return sum >= UNBOUNDED ? UNBOUNDED : (int) sum;
    }

    /** One element and its quantifier; a run of plain letters is one element (as {@link FirstWords} reads it). */
    private Reading element() {
        char c = pattern.charAt(i);
        if (Character.isLetter(c)) {
            String letters = letterRun();
            if (letters.isEmpty()) {
                i++; // a letter that repeats or may be left out: "s?"
                return quantified(Reading.of(null, 1));
            }
            return quantified(Reading.of(Map.of(fold(letters), 0), letters.length()));
        }
        if (c == '(') {
            return quantified(group());
        }
        if (c == '{' && i + 1 < pattern.length() && Character.isLowerCase(pattern.charAt(i + 1))) {
            return quantified(placeholder());
        }
        return quantified(other());
    }

    /**
     * A group: a lookaround or a group with flags needs nothing (a lookaround consumes nothing
     * either); a flag for the rest of the pattern unsettles all.
     */
    private Reading group() {
        Opening opening = openGroup();
        if (opening == Opening.GLOBAL_FLAGS) {
            unsure = true; // "(?i)", "(?>": not followed
            i = pattern.length();
            return Reading.of(null, UNBOUNDED);
        }
        Reading inner = alternation();
        if (i < pattern.length()) {
            i++; // ')'
        }
        return switch (opening) {
            case LOOKAROUND -> Reading.NONE;
            case SCOPED_FLAGS -> Reading.of(null, inner.length); // "(?-i:May)": the needles would need other folding
            default -> inner;
        };
    }

    private Reading placeholder() {
        String name = placeholderName();
        Lexicon lexicon = lexicons.apply(name);
        if (lexicon != null) {
            Map<String, Integer> out = new HashMap<>();
            int length = 0;
            for (String word : lexicon.words()) {
                length = Math.max(length, word.length() + (SPACE_LENGTH - 1) * spaces(word));
                String longest = "";
                int reach = 0;
                int before = 0;
                for (String token : word.split(" ", -1)) {
                    if (token.length() > longest.length()) {
                        longest = token;
                        reach = before;
                    }
                    before += token.length() + SPACE_LENGTH;
                }
                if (longest.isEmpty()) {
                    return Reading.of(null, UNBOUNDED);
                }
                out.merge(fold(longest), reach, Math::max);
            }
            // an empty lexicon's alternation matches nothing, and goes on
            return Reading.of(out.isEmpty() ? null : out, length);
        }
        String part = parts.apply(name);
        if (part == null || depth >= MAX_DEPTH) {
            return Reading.of(null, UNBOUNDED);
        }
        Needles inner = new Needles(part, parts, lexicons, ignoreCase, weighReach, depth + 1);
        Reading reading = inner.alternation();
        if (inner.unsure) {
            unsure = true;
        }
        return inner.i < part.length() ? Reading.of(null, UNBOUNDED) : reading;
    }

    /** The spaces of a lexicon word: each matches one to three whitespace chars. */
    private static int spaces(String word) {
        int n = 0;
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * Anything else consumed: a sign ("/" of a numeric date, "-" of a range) is a needle of one
     * char, escaped or not, and so is each sign of a class made of signs only ({@code [/.-]});
     * other escapes and classes, a wildcard, a space, a digit are none. A back-reference may be of
     * any length.
     */
    private Reading other() {
        char c = pattern.charAt(i);
        if (c == '\\') {
            if (i + 1 < pattern.length() && "uxcNQE0".indexOf(pattern.charAt(i + 1)) >= 0) {
                unsure = true; // a character by its code or a quoted run: letters after it are not words
                i = pattern.length();
                return Reading.of(null, UNBOUNDED);
            }
            char kind = i + 1 < pattern.length() ? pattern.charAt(i + 1) : ' ';
            int end = RegexPatternWalk.escapeEnd(pattern, i);
            boolean named = end > i + 2; // "\p{L}", "\k<x>"
            i = end;
            if (named) {
                return Reading.of(null, kind == 'k' ? UNBOUNDED : CHAR_LENGTH);
            }
            if (Character.isDigit(kind)) {
                return Reading.of(null, UNBOUNDED); // "\\1"
            }
            char escaped = pattern.charAt(i - 1);
            return Reading.of(isSign(escaped) ? Map.of(String.valueOf(escaped), 0) : null, CHAR_LENGTH);
        }
        if (c == '[') {
            int start = i;
            i = classEnd(i);
            return Reading.of(signClass(start + 1, i - 1), CHAR_LENGTH);
        }
        i++;
        if (c == ' ') {
            return Reading.of(null, SPACE_LENGTH);
        }
        return Reading.of(isSign(c) && "^$.*+?{}()[]|\\".indexOf(c) < 0 ? Map.of(String.valueOf(c), 0) : null,
                CHAR_LENGTH);
    }

    /** The signs of the class {@code pattern[from, to)} when it lists signs only, each once, without ranges; else null. */
    private Map<String, Integer> signClass(int from, int to) {
        Map<String, Integer> out = new HashMap<>();
        for (int k = from; k < to; k++) {
            char c = pattern.charAt(k);
            if (c == '\\' && k + 1 < to && isSign(pattern.charAt(k + 1))) {
                out.put(String.valueOf(pattern.charAt(++k)), 0);
            } else if (c == '-' && (k == from || k == to - 1) || isSign(c) && "\\^[]&-".indexOf(c) < 0) {
                out.put(String.valueOf(c), 0);
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

    /**
     * Reads a quantifier after an element: one that allows none of it ({@code ? * {0,n}}) leaves no
     * needle; one that allows it again leaves the needles of its first time (a later time contains
     * them too, further on), and multiplies its length ({@code * +} and {@code {n,}} without bound).
     */
    private Reading quantified(Reading element) {
        if (!quantifierAt(i)) {
            return element;
        }
        boolean optional = RegexPatternWalk.allowsNone(pattern, i);
        int times = switch (pattern.charAt(i)) {
            case '?' -> 1;
            case '*', '+' -> UNBOUNDED;
            default -> upperBound(i);
        };
        i = RegexPatternWalk.quantifierEnd(pattern, i);
        long length = (long) element.length * times;
        return new Reading(optional ? List.of() : element.needs, length >= UNBOUNDED ? UNBOUNDED : (int) length);
    }

    /** The most times {@code {n}}, {@code {n,m}} or {@code {n,}} at {@code at} allows: n, m, or unbounded. */
    private int upperBound(int at) {
        int close = pattern.indexOf('}', at);
        if (close < 0) {
            return UNBOUNDED;
        }
        String inside = pattern.substring(at + 1, close);
        int comma = inside.indexOf(',');
        String upper = comma < 0 ? inside : inside.substring(comma + 1).strip();
        if (upper.isEmpty()) {
            return UNBOUNDED;
        }
        try {
            return Integer.parseInt(upper);
        } catch (NumberFormatException e) {
            return UNBOUNDED;
        }
    }
}
