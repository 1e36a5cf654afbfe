package org.corroborate.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A reading position in a date rule's pattern (Java regex syntax with {@code {placeholders}}), and
 * the syntax that the readers learning from a pattern step over alike: {@link FirstWords} (where a
 * match may begin) and {@link Needles} (what every match contains), with {@link RegexPatternWalk} finding where a
 * piece ends. What each makes of a group, a class or a quantifier is its own.
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
        return RegexPatternWalk.past(pattern, i, c);
    }

    /** The position after the class that opens at {@code from} (the pattern's end when it does not close). */
    final int classEnd(int from) {
        int end = RegexPatternWalk.classEnd(pattern, from);
        return end < 0 ? pattern.length() : end;
    }

    /** Whether a quantifier ({@code ? * + {n}}) stands at {@code k}. */
    final boolean quantifierAt(int k) {
        return RegexPatternWalk.quantifierAt(pattern, k);
    }

    /**
     * Reads the alternatives from {@code i}, each by {@code sequence} (which stops at a {@code |} or a {@code )}), up to
     * the {@code )} of their group or the pattern's end.
     */
    final <T> List<T> alternatives(Supplier<T> sequence) {
        List<T> out = new ArrayList<>();
        out.add(sequence.get());
        while (i < pattern.length() && pattern.charAt(i) == '|') {
            i++;
            out.add(sequence.get());
        }
        return out;
    }

    /** Whether a sequence ends at {@code i}: at a {@code |}, a {@code )} or the pattern's end. */
    final boolean sequenceEnds() {
        return i >= pattern.length() || pattern.charAt(i) == '|' || pattern.charAt(i) == ')';
    }
}
