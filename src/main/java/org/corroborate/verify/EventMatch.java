package org.corroborate.verify;

import java.util.List;

/**
 * Whether a report's claim describes the article claim's event, and on what that was decided.
 *
 * @param same      the same event (only then are the two compared)
 * @param daysApart days between the two event dates when both have one (0 when they overlap), else {@code null}
 * @param on        the slots that matched (e.g. {@code action}, {@code event}, {@code date}, {@code place}, {@code published})
 * @param missing   the slots one of the two claims lacks, so the decision could not use them
 */
public record EventMatch(boolean same, Integer daysApart, List<String> on, List<String> missing) {
    public EventMatch {
        on = List.copyOf(on);
        missing = List.copyOf(missing);
        if (daysApart != null && daysApart < 0) {
            throw new IllegalArgumentException("daysApart must not be negative");
        }
    }

    static EventMatch other(List<String> on, List<String> missing) {
        return new EventMatch(false, null, on, missing);
    }

    /** Same event, but dated 1 or more days apart. */
    public boolean dateOff() {
        return same && daysApart != null && daysApart > 0;
    }
}
