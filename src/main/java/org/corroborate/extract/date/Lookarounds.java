package org.corroborate.extract.date;

import java.util.Arrays;

/**
 * Where a regular expression looks around ({@code (?=..)}, {@code (?!..)}, {@code (?<=..)}, {@code (?<!..)}), read with
 * {@link RegexPatternWalk}: a parenthesis escaped or inside a class opens and closes nothing.
 */
final class Lookarounds {
    private Lookarounds() {
    }

    /** Whether a lookaround group opens at {@code at}. */
    static boolean opensAt(String pattern, int at) {
        return pattern.startsWith("(?=", at) || pattern.startsWith("(?!", at)
                || pattern.startsWith("(?<=", at) || pattern.startsWith("(?<!", at);
    }

    /**
     * For each character of {@code pattern}: true when it lies inside a lookaround group, its parentheses included (up to
     * the pattern's end for one that does not close).
     */
    static boolean[] mask(String pattern) {
        boolean[] out = new boolean[pattern.length() + 1];
        int k = 0;
        while (k < pattern.length()) {
            int end;
            if (opensAt(pattern, k)) {
                int close = RegexPatternWalk.groupEnd(pattern, k);
                end = close < 0 ? pattern.length() : close + 1;
                Arrays.fill(out, k, end, true);
            } else {
                // into any other group (a lookaround may stand inside it); past an escape or a class
                end = pattern.charAt(k) == '(' ? k + 1 : RegexPatternWalk.pieceEnd(pattern, k);
            }
            k = end < 0 ? pattern.length() : end; // a class that does not close: the rest is the class
        }
        return out;
    }
}
