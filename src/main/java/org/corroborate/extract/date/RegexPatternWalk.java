package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the pieces of a Java regex end (a date rule's pattern, {@code {placeholders}} and all): an escape, a character
 * class, a group, a quantifier, and the top-level alternatives of a stretch. The readers that learn from a pattern step
 * over these alike — {@link Needles} and {@link FirstWords} (through {@link PatternCursor}), {@link LookbehindNeedles}
 * (a leading lookbehind's end, a bar after it) and {@link Words.Starts#split} (a list's alternatives); what each makes of
 * what it steps over is its own.
 *
 * <p>A class is read as {@link java.util.regex.Pattern} reads it: a {@code ]} right after {@code [} or {@code [^}
 * stands for itself ({@code []a]}), a {@code [} inside opens a nested class ({@code [a[b]]}), an escape hides the char
 * after it. Positions past a piece are returned; -1 where a class or a group does not close.
 */
final class RegexPatternWalk {
    private RegexPatternWalk() {
    }

    /**
     * The position after the piece at {@code at}: an escape ({@link #escapeEnd}), a class ({@link #classEnd}), a group
     * ({@link #groupEnd}, past its {@code )}), else one char; -1 for a class or a group that does not close.
     */
    static int pieceEnd(String pattern, int at) {
        return switch (pattern.charAt(at)) {
            case '\\' -> escapeEnd(pattern, at);
            case '[' -> classEnd(pattern, at);
            case '(' -> {
                int close = groupEnd(pattern, at);
                yield close < 0 ? -1 : close + 1;
            }
            default -> at + 1;
        };
    }

    /**
     * The position after the escape at {@code at}: two chars ({@code \d}, {@code \.}), or past the name of {@code \p{L}}
     * or {@code \k<name>}.
     */
    static int escapeEnd(String pattern, int at) {
        boolean named = at + 2 < pattern.length() && (pattern.charAt(at + 1) == 'p' || pattern.charAt(at + 1) == 'k');
        int k = at + 2;
        if (named && k < pattern.length() && (pattern.charAt(k) == '{' || pattern.charAt(k) == '<')) {
            return past(pattern, k, pattern.charAt(k) == '{' ? '}' : '>');
        }
        return k;
    }

    /** The position after the class that opens at {@code open} ({@code []a]}, {@code [^/]}, {@code [a[b]]}); -1 when it does not close. */
    static int classEnd(String pattern, int open) {
        int k = open + 1;
        if (k < pattern.length() && pattern.charAt(k) == '^') {
            k++;
        }
        if (k < pattern.length() && pattern.charAt(k) == ']') {
            k++; // stands for itself
        }
        while (k >= 0 && k < pattern.length()) {
            char c = pattern.charAt(k);
            if (c == ']') {
                return k + 1;
            }
            k = c == '\\' ? k + 2 : c == '[' ? classEnd(pattern, k) : k + 1;
        }
        return -1;
    }

    /** Where the {@code )} of the group that opens at {@code open} stands; -1 when it does not close. */
    static int groupEnd(String pattern, int open) {
        int close = alternativesEnd(pattern, open + 1, null);
        return close < pattern.length() && close >= 0 ? close : -1;
    }

    /**
     * The positions of the bars that part the alternatives of {@code pattern[from, ..)}, up to the {@code )} that closes
     * the group it lies in or the pattern's end (bars inside groups and classes not counted); null when a class or a
     * group inside does not close.
     */
    static List<Integer> bars(String pattern, int from) {
        List<Integer> bars = new ArrayList<>();
        return alternativesEnd(pattern, from, bars) < 0 ? null : bars;
    }

    /**
     * Where the stretch of alternatives from {@code from} ends: at the {@code )} that closes its group, or the pattern's
     * length; -1 when a piece inside does not close. Its bars go to {@code bars} (when not null).
     */
    private static int alternativesEnd(String pattern, int from, List<Integer> bars) {
        int k = from;
        while (k < pattern.length() && pattern.charAt(k) != ')') {
            if (pattern.charAt(k) == '|' && bars != null) {
                bars.add(k);
            }
            k = pieceEnd(pattern, k);
            if (k < 0) {
                return -1;
            }
        }
        return k;
    }

    /** Whether a quantifier ({@code ? * + {n}}) stands at {@code k}. */
    static boolean quantifierAt(String pattern, int k) {
        if (k >= pattern.length()) {
            return false;
        }
        char c = pattern.charAt(k);
        return c == '?' || c == '*' || c == '+' || c == '{' && k + 1 < pattern.length() && Character.isDigit(pattern.charAt(k + 1));
    }

    /** Whether the quantifier at {@code at} allows none of its element: {@code ?}, {@code *}, {@code {0,n}}. */
    static boolean allowsNone(String pattern, int at) {
        char q = pattern.charAt(at);
        return q == '?' || q == '*' || q == '{' && pattern.startsWith("{0", at);
    }

    /** The position after the quantifier at {@code at} and a {@code ?} or {@code +} that makes it lazy or possessive. */
    static int quantifierEnd(String pattern, int at) {
        int k = pattern.charAt(at) == '{' ? past(pattern, at, '}') : at + 1;
        if (k < pattern.length() && (pattern.charAt(k) == '?' || pattern.charAt(k) == '+')) {
            k++;
        }
        return k;
    }

    /** The position after the next {@code c} from {@code from}, or the end of a pattern that lacks it. */
    static int past(String pattern, int from, char c) {
        int at = pattern.indexOf(c, from);
        return at < 0 ? pattern.length() : at + 1;
    }
}
