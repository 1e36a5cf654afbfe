package org.corroborate.extract.date;

/**
 * A reading position in a date rule's pattern (Java regex syntax with {@code {placeholders}}), and
 * the syntax that the readers learning from a pattern step over alike: {@link FirstWords} (where a
 * match may begin) and {@link Needles} (what every match contains). What each makes of a group, a
 * class or a quantifier is its own.
 */
abstract class PatternCursor {
    final String pattern;
    int i;

    PatternCursor(String pattern) {
        this.pattern = pattern;
    }

    /** How a group opens; {@link #openGroup()} reads the opening. */
    enum Opening {
        /** {@code (?=}, {@code (?!}, {@code (?<=}, {@code (?<!}: consumes nothing. */
        LOOKAROUND,
        /** {@code (?<name>}. */
        NAMED,
        /** {@code (?:}. */
        NON_CAPTURING,
        /** {@code (?-i:}: flags for the group's own contents. */
        SCOPED_FLAGS,
        /** {@code (?i)}, {@code (?>}: flags for the rest of the pattern, or a construct not followed. */
        GLOBAL_FLAGS,
        /** {@code (}. */
        PLAIN
    }

    /** Reads the opening of the group at {@code i} and moves past it (for {@code GLOBAL_FLAGS}: past its letters and one more). */
    final Opening openGroup() {
        if (pattern.startsWith("(?=", i) || pattern.startsWith("(?!", i)) {
            i += 3;
            return Opening.LOOKAROUND;
        }
        if (pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i)) {
            i += 4;
            return Opening.LOOKAROUND;
        }
        if (pattern.startsWith("(?<", i)) {
            i = past('>');
            return Opening.NAMED;
        }
        if (pattern.startsWith("(?:", i)) {
            i += 3;
            return Opening.NON_CAPTURING;
        }
        if (pattern.startsWith("(?", i)) {
            int flagsEnd = i + 2;
            while (flagsEnd < pattern.length() && (Character.isLetter(pattern.charAt(flagsEnd)) || pattern.charAt(flagsEnd) == '-')) {
                flagsEnd++;
            }
            boolean scoped = flagsEnd < pattern.length() && pattern.charAt(flagsEnd) == ':';
            i = flagsEnd + 1;
            return scoped ? Opening.SCOPED_FLAGS : Opening.GLOBAL_FLAGS;
        }
        i++;
        return Opening.PLAIN;
    }

    /** Reads the placeholder at {@code i} ({@code {month:m}}) and moves past it; its name ({@code month}). */
    final String placeholderName() {
        int open = i;
        i = past('}');
        String name = pattern.substring(open + 1, Math.max(open + 1, i - 1));
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(0, colon) : name;
    }

    /**
     * Reads the run of plain letters at {@code i}, up to one a quantifier follows (that one belongs to
     * the quantifier: "days?"); empty when the first letter is itself quantified (nothing is read then).
     */
    final String letterRun() {
        int start = i;
        while (i < pattern.length() && Character.isLetter(pattern.charAt(i)) && !quantifierAt(i + 1)) {
            i++;
        }
        return pattern.substring(start, i);
    }

    /** The position after the next {@code c}, or the end of a pattern that lacks it. */
    final int past(char c) {
        int at = pattern.indexOf(c, i);
        return at < 0 ? pattern.length() : at + 1;
    }

    /** The position after the class that opens at {@code from} ({@code []a]}, {@code [^/]}, escapes inside). */
    final int classEnd(int from) {
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

    /** Whether a quantifier ({@code ? * + {n}}) stands at {@code k}. */
    final boolean quantifierAt(int k) {
        if (k >= pattern.length()) {
            return false;
        }
        char c = pattern.charAt(k);
        return c == '?' || c == '*' || c == '+' || c == '{' && k + 1 < pattern.length() && Character.isDigit(pattern.charAt(k + 1));
    }
}
