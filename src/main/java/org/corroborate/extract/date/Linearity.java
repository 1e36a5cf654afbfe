package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps date patterns linear in the length of the text: repetition must be bounded
 * ({@code {1,3}}, {@code ?}) or possessive ({@code *+}, {@code ++}), so that no pattern can
 * backtrack catastrophically on hostile input (issue 4: 10,000 digits in a row, a 1 MB line).
 * Read with {@link RegexPatternWalk}: a {@code *} or {@code +} escaped or in a class repeats nothing, and
 * the repetition of a property ({@code \p{L}+}) or of a {@code {placeholder}} is a repetition like any other.
 */
final class Linearity {
    private Linearity() {
    }

    /** What makes {@code pattern} unbounded; empty when it is fine. */
    static List<String> check(String pattern) {
        List<String> out = new ArrayList<>();
        int k = 0;
        while (k < pattern.length()) {
            char c = pattern.charAt(k);
            int end;
            if (RegexPatternWalk.quantifierAt(pattern, k)) { // also the '?' of "(?:", bounded
                end = RegexPatternWalk.quantifierEnd(pattern, k); // past its lazy or possessive mark
                int close = pattern.indexOf('}', k);
                if ((c == '*' || c == '+') && !pattern.startsWith("+", k + 1)) {
                    out.add("unbounded '" + c + "' at index " + k + ": use a bounded {m,n} or a possessive " + c + "+");
                } else if (c == '{' && close > 0 && pattern.substring(k, close).matches("\\{\\d+,")) {
                    out.add("open repetition at index " + k + ": give an upper bound");
                }
            } else {
                // into a group, a part's braces a char at a time; past an escape or a class
                end = c == '\\' || c == '[' ? RegexPatternWalk.pieceEnd(pattern, k) : k + 1;
            }
            k = end < 0 ? pattern.length() : end; // a class that does not close: the rest is the class
        }
        return out;
    }
}
