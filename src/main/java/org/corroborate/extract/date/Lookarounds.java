package org.corroborate.extract.date;

import java.util.ArrayDeque;
import java.util.Deque;

/** Where a regular expression looks around ({@code (?=..)}, {@code (?!..)}, {@code (?<=..)}, {@code (?<!..)}). */
final class Lookarounds {
    private Lookarounds() {
    }

    /** For each character of {@code pattern}: true when it lies inside a lookaround group. */
    static boolean[] mask(String pattern) {
        boolean[] out = new boolean[pattern.length() + 1];
        Deque<Boolean> groups = new ArrayDeque<>();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                out[i] = depth > 0;
                if (i + 1 < pattern.length()) {
                    out[++i] = depth > 0;
                }
                continue;
            }
            if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                boolean look = pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i)
                        || pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i);
                groups.push(look);
                depth += look ? 1 : 0;
            } else if (c == ')' && !groups.isEmpty()) {
                out[i] = depth > 0;
                depth -= groups.pop() ? 1 : 0;
                continue;
            }
            out[i] = depth > 0;
        }
        return out;
    }
}
