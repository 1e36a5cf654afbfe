package org.corroborate.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.corroborate.api.Grain;
import org.corroborate.extract.date.DateResolver.Resolution;

/**
 * Days and stretches inside a month, week or year: "the first Tuesday of October", "the last week
 * of September" (the last Monday-to-Sunday week inside the month), "the last day of October",
 * "the first half of 2023" (January to June),
 * "early/mid/late March" (days 1-10, 11-20, 21-end), "منتصف آذار" (the 15th), "the beginning of
 * the week" (Monday to Wednesday), "the end of the year" (September to December).
 */
final class PeriodParts {
    private PeriodParts() {
    }

    /** The nth weekday, week or day (n = -1: the last) of the month starting at {@code month}. */
    static Resolution nth(LocalDate month, int n, DayOfWeek weekday, String unit) {
        LocalDate end = month.with(TemporalAdjusters.lastDayOfMonth());
        if (weekday != null) {
            LocalDate date = n < 0 ? month.with(TemporalAdjusters.lastInMonth(weekday))
                    : month.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
            return date.getMonth() == month.getMonth() ? days(date, date, Grain.DAY) : null;
        }
        if ("week".equals(unit)) {
            LocalDate monday = n < 0 ? end.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(6)
                    : month.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
            return monday.plusDays(6).isAfter(end) || monday.isBefore(month) ? null : days(monday, monday.plusDays(6), Grain.WEEK);
        }
        if ("day".equals(unit)) {
            LocalDate date = n < 0 ? end : month.plusDays(n - 1L);
            return date.isAfter(end) ? null : days(date, date, Grain.DAY);
        }
        return null;
    }

    /**
     * A part ({@code early}, {@code mid}, {@code late}, {@code first_day}, {@code mid_day},
     * {@code first_half}, {@code second_half}) of a period.
     */
    static Resolution part(LocalDate start, ChronoUnit unit, String part) {
        return switch (unit) {
            case MONTHS -> switch (part) {
                case "early" -> days(start, start.plusDays(9), Grain.DAY);
                case "mid" -> days(start.plusDays(10), start.plusDays(19), Grain.DAY);
                case "late" -> days(start.plusDays(20), start.with(TemporalAdjusters.lastDayOfMonth()), Grain.DAY);
                case "first_day" -> days(start, start, Grain.DAY);
                case "mid_day" -> days(start.plusDays(14), start.plusDays(14), Grain.DAY);
                case "first_half" -> days(start, start.plusDays(14), Grain.DAY);
                case "second_half" -> days(start.plusDays(15), start.with(TemporalAdjusters.lastDayOfMonth()), Grain.DAY);
                default -> null;
            };
            case WEEKS -> switch (part) {
                case "early", "first_day" -> days(start, start.plusDays(2), Grain.DAY);
                case "late" -> days(start.plusDays(4), start.plusDays(6), Grain.DAY);
                case "weekend" -> days(start.plusDays(5), start.plusDays(6), Grain.DAY);
                default -> null;
            };
            case YEARS -> switch (part) {
                case "early", "first_day" -> days(start, start.plusMonths(3).minusDays(1), Grain.MONTH);
                case "late" -> days(start.plusMonths(8), start.plusYears(1).minusDays(1), Grain.MONTH);
                // "during the first half of 2023": January to June (J8 of dev10)
                case "first_half" -> days(start, start.plusMonths(6).minusDays(1), Grain.MONTH);
                case "second_half" -> days(start.plusMonths(6), start.plusYears(1).minusDays(1), Grain.MONTH);
                default -> null;
            };
            default -> null;
        };
    }

    private static Resolution days(LocalDate start, LocalDate end, Grain grain) {
        return new Resolution(start, end, grain, java.util.List.of());
    }
}
