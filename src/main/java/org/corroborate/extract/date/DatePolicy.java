package org.corroborate.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How dates that leave something out are completed against the reference date (the article's
 * publication date). See docs/date-policy.md.
 *
 * <ul>
 *   <li>{@link #NEWS} (the default): news reports what happened, so a bare weekday is the most
 *       recent such day on or before the reference date, and a day and month without a year (or a
 *       month alone) is the most recent occurrence not after it, unless a word points forward
 *       ("next", "will", "المقبل", "سـ"), in which case the next occurrence after it is meant; a
 *       day and month whose next occurrence is at most {@link #COMING_DAYS} days ahead is that one.</li>
 *   <li>{@link #DUCKLING}: reads bare dates forward as Duckling's corpus does (for conformance
 *       only): a bare weekday is the next such day after the reference date; a month, with or
 *       without a day, is in the current year unless that month is already over.</li>
 * </ul>
 */
public enum DatePolicy {
    NEWS, DUCKLING;

    /** Which way a relative word points: none, "last", "next", "this". */
    enum Direction {
        NONE, PAST, NEXT, THIS;

        static Direction of(String value) {
            return value == null ? NONE : valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Duckling dates a holiday of the Hebrew calendar, whose days begin at sunset, by the evening
     * it begins: a one-day holiday is that evening's day (Yom Kippur 2018 → 2018-09-18), a longer
     * one runs from that evening to its last day (Passover 2018 → 03-30..04-07). The news policy
     * gives its full days (Yom Kippur 2018 → 2018-09-19), as a newspaper does.
     */
    boolean datesHebrewDaysFromTheEve() {
        return this == DUCKLING;
    }

    /**
     * Duckling's month grain is a Gregorian month: it gives Ramadan as a stretch of days. The news
     * policy keeps a Hijri month at month grain.
     */
    boolean readsHijriMonthsAsDays() {
        return this == DUCKLING;
    }

    /**
     * "منتصف آذار": Duckling's corpus reads the middle of a month as its 15th; the news policy as
     * its middle ten days (11-20), as "mid-March" and أواسط are read.
     */
    boolean readsMidMonthAsADay() {
        return this == DUCKLING;
    }

    /**
     * "خريف 2011", "summer 2016": Duckling's corpus reads a season as its astronomical stretch of
     * days (21 June to 23 September); the news policy as its meteorological months (June to
     * August), as a coarse time a report gives (J8 of dev10).
     */
    boolean readsSeasonsAsMonths() {
        return this == NEWS;
    }

    /** A weekday: {@code forward} is true when the sentence points to the future (the day itself or a later one). */
    LocalDate weekday(LocalDate reference, DayOfWeek day, Direction direction, boolean forward) {
        switch (direction) {
            case PAST:
                return reference.with(TemporalAdjusters.previous(day));
            case NEXT:
                return this == DUCKLING
                        ? reference.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)).with(TemporalAdjusters.nextOrSame(day))
                        : reference.with(TemporalAdjusters.next(day));
            default:
                if (this == DUCKLING) {
                    return reference.with(TemporalAdjusters.next(day));
                }
                // a scheduled event's weekday ("will appear before a judge on Thursday") is the first such day on or
                // after publication, as a past event's is the last on or before it (dev rules 16 and 21b)
                return reference.with(forward ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
        }
    }

    /** The year of a month (and day, when given) written without one. */
    int yearOf(int month, Integer day, LocalDate reference, boolean forward) {
        int year = reference.getYear();
        if (this == DUCKLING) {
            return month < reference.getMonthValue() ? year + 1 : year;
        }
        // Compare as MMDD; a month alone compares by the month (it is "this month" until it ends).
        int written = day == null ? month * 100 : month * 100 + day;
        int today = day == null ? reference.getMonthValue() * 100 : reference.getMonthValue() * 100 + reference.getDayOfMonth();
        if (forward) {
            return written < today ? year + 1 : year;
        }
        if (day != null && comesSoon(month, day, reference)) {
            return written < today ? year + 1 : year; // "Organisers called a march for May 17", written on May 7
        }
        return written > today ? year - 1 : year;
    }

    /**
     * How many days ahead a day and month without a year may lie and still be read as coming: a
     * report does not write "March 3" for a day almost a year back (it gives the year), and a
     * day a few weeks ahead is a schedule whatever the verb ("tickets go on sale on March 3").
     */
    static final int COMING_DAYS = 31;

    /** Whether the next occurrence of the day and month after {@code reference} lies within {@link #COMING_DAYS}. */
    private static boolean comesSoon(int month, int day, LocalDate reference) {
        for (int y = reference.getYear(); y <= reference.getYear() + 1; y++) {
            if (day <= java.time.YearMonth.of(y, month).lengthOfMonth()) {
                LocalDate next = LocalDate.of(y, month, day);
                if (next.isAfter(reference)) {
                    return !next.isAfter(reference.plusDays(COMING_DAYS));
                }
            }
        }
        return false;
    }

    /** The month of a day of the month written alone ("Tuesday 19th"), as a date. */
    LocalDate dayOfMonth(int day, LocalDate reference, boolean forward) {
        LocalDate month = reference.withDayOfMonth(1);
        boolean later = day > reference.getDayOfMonth();
        if (this == DUCKLING || forward) {
            month = day < reference.getDayOfMonth() ? month.plusMonths(1) : month; // on or after the reference date (dev rule 21b)
        } else if (later) {
            month = month.minusMonths(1);
        }
        return day > month.lengthOfMonth() ? null : month.withDayOfMonth(day);
    }

    /**
     * The occurrence of a yearly day or stretch (a holiday, a season) the policy picks. "this" →
     * the one the reference date falls in, if any; "last" → the latest that ended before the
     * reference date; "next" → the first that starts after it; a forward sentence → the first that starts on
     * or after it (news policy, dev rule 21b); otherwise
     * the news policy takes the latest that has started by then, and Duckling the first that has
     * not ended.
     */
    LocalDate[] occurrence(java.util.function.IntFunction<LocalDate[]> inYear, LocalDate reference,
                           Direction direction, boolean forward) {
        int year = reference.getYear();
        if (direction == Direction.THIS) {
            for (int y = year - 1; y <= year; y++) {
                LocalDate[] found = inYear.apply(y);
                if (found != null && !found[0].isAfter(reference) && !found[1].isBefore(reference)) {
                    return found;
                }
            }
        }
        boolean past = direction == Direction.PAST || (this == NEWS && !forward && direction != Direction.NEXT);
        boolean strict = direction == Direction.PAST || direction == Direction.NEXT;
        for (int k = 0; k <= 3; k++) {
            LocalDate[] found = inYear.apply(past ? year - k : year - 1 + k);
            if (found == null) {
                continue;
            }
            // a forward sentence with no "next" reads the holiday as a weekday or a day: the first that begins on or
            // after the reference date (dev rule 21b: "will open on Christmas Day", written on 25 December, is that day)
            boolean ok = past ? (strict ? found[1].isBefore(reference) : !found[0].isAfter(reference))
                    : strict ? found[0].isAfter(reference)
                    : this == NEWS ? !found[0].isBefore(reference) : !found[1].isBefore(reference);
            if (ok) {
                return found;
            }
        }
        return null;
    }
}
