package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps date patterns linear in the length of the text: repetition must be bounded
 * ({@code {1,3}}, {@code ?}) or possessive ({@code *+}, {@code ++}), so that no pattern can
 * backtrack catastrophically on hostile input (issue 4: 10,000 digits in a row, a 1 MB line).
 */
final class Linearity {
    private Linearity() {
    }

    /** What makes {@code pattern} unbounded; empty when it is fine. */
    static List<String> check(String pattern) {
        List<String> out = new ArrayList<>();
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if ((c == '*' || c == '+') && !isModifier(pattern, i) && !possessive(pattern, i)) {
                out.add("unbounded '" + c + "' at index " + i + ": use a bounded {m,n} or a possessive " + c + "+");
            } else if (c == '{' && pattern.indexOf('}', i) > 0
                    && pattern.substring(i, pattern.indexOf('}', i)).matches("\\{\\d+,")) {
                out.add("open repetition at index " + i + ": give an upper bound");
            }
        }
        return out;
    }

    /** A '+' right after a quantifier makes it possessive; it is not a quantifier itself. */
    private static boolean isModifier(String pattern, int i) {
        if (i == 0 || pattern.charAt(i) != '+') {
            return false;
        }
        char prev = pattern.charAt(i - 1);
        return (prev == '}' || prev == '?' || prev == '*' || prev == '+') && !(i >= 2 && pattern.charAt(i - 2) == '\\');
    }

    private static boolean possessive(String pattern, int i) {
        return i + 1 < pattern.length() && pattern.charAt(i + 1) == '+';
    }
}
