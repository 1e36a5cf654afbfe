package org.corroborate.extract.date;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule with its expanded pattern, per capture the lexicons that can read its value, and the
 * words (lower case, normalised) a match may begin with: every literal word of the pattern and
 * every token of its lexicons, a superset; {@code startsWithDigits} when it uses digits;
 * {@code starts}: what the first word of a match, and sometimes the second, begin with ({@link FirstWords});
 * {@code needles}: sets of text every match contains one of each, each needle with how far from the match's start it may begin, or null ({@link Needles});
 * {@code lookbehind}: the words the pattern's leading lookbehind wants before a match, or null ({@link Lookbehind});
 * {@code lookbehindNeedles}: text that lookbehind must see within its length before a match, or null ({@link LookbehindNeedles}).
 */
record CompiledRule(DateRule rule, Pattern pattern, Map<String, List<Lexicon>> groups, Set<String> startWords,
                    boolean startsWithDigits, FirstWords.Starts starts, List<Map<String, Integer>> needles, Lookbehind lookbehind,
                    LookbehindNeedles lookbehindNeedles) {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    /** The captures of a match as field → value (lexicon value, else the first digits). */
    Map<String, String> captures(Matcher m) {
        Map<String, String> out = new java.util.HashMap<>();
        groups.forEach((group, lexicons) -> {
            String text = m.group(group);
            if (text != null) {
                String value = read(text, lexicons);
                if (value != null) {
                    out.putIfAbsent(field(group), value);
                }
            }
        });
        return out;
    }

    /** The field a group captures: "weekdayX2" → "weekday". */
    static String field(String group) {
        int x = group.lastIndexOf('X');
        return x > 0 && digitsAfter(group, x) ? group.substring(0, x) : group;
    }

    /** Whether {@code group} goes on after {@code x} with ASCII digits only, at least one. */
    private static boolean digitsAfter(String group, int x) {
        for (int k = x + 1; k < group.length(); k++) {
            if (group.charAt(k) < '0' || group.charAt(k) > '9') {
                return false;
            }
        }
        return x + 1 < group.length();
    }

    private static String read(String text, List<Lexicon> lexicons) {
        for (Lexicon lexicon : lexicons) {
            String value = lexicon.firstValueIn(text);
            if (value != null) {
                return value;
            }
        }
        Matcher digits = NUMBER.matcher(text);
        return digits.find() ? digits.group() : null;
    }
}
