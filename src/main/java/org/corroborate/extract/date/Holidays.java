package org.corroborate.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Named days, written in the lexicons as rules for finding them in a Gregorian year:
 * {@code fixed:12-25}; {@code nth:4:4:11} (the 4th Thursday of November; {@code -1} = the last);
 * {@code easter} (Western Easter Sunday); {@code hijri:10-01} (1 Shawwal); {@code hijrimonth:09}
 * (the whole of Ramadan); {@code span:06-21:09-23} (a stretch of days, e.g. a season); any of them with {@code @+1} or {@code @-2} for days after or before.
 */
final class Holidays {
    private Holidays() {
    }

    /** The occurrence in {@code year} as {start, end}, or null when the spec cannot be placed there. */
    static LocalDate[] in(String spec, int year) {
        int at = spec.indexOf('@');
        long shift = at < 0 ? 0 : Long.parseLong(spec.substring(at + 1).replace("+", ""));
        String rule = at < 0 ? spec : spec.substring(0, at);
        String[] p = rule.split(":");
        LocalDate[] out = switch (p[0]) {
            case "fixed" -> one(LocalDate.parse(year + "-" + p[1]));
            case "nth" -> one(nth(year, Integer.parseInt(p[1]), DayOfWeek.of(Integer.parseInt(p[2])), Integer.parseInt(p[3])));
            case "easter" -> one(easter(year));
            case "hijri" -> hijri(year, p[1], false);
            case "hijrimonth" -> hijri(year, p[1] + "-01", true);
            case "span" -> span(year, p[1], p[2]);
            default -> throw new IllegalArgumentException("unknown holiday rule " + spec);
        };
        return out == null ? null : new LocalDate[] {out[0].plusDays(shift), out[1].plusDays(shift)};
    }

    /** From one day of the year to another, inclusive, into the next year when it ends earlier (winter). */
    private static LocalDate[] span(int year, String from, String to) {
        LocalDate start = LocalDate.parse(year + "-" + from);
        LocalDate end = LocalDate.parse(year + "-" + to);
        return new LocalDate[] {start, end.isBefore(start) ? end.plusYears(1) : end};
    }

    static boolean isMonth(String spec) {
        return spec.startsWith("hijrimonth:");
    }

    private static LocalDate[] one(LocalDate date) {
        return new LocalDate[] {date, date};
    }

    private static LocalDate nth(int year, int n, DayOfWeek day, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return n < 0 ? first.with(TemporalAdjusters.lastInMonth(day)) : first.with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The first occurrence of a Hijri day (or month) that falls in the Gregorian year. */
    private static LocalDate[] hijri(int year, String monthDay, boolean wholeMonth) {
        int month = Integer.parseInt(monthDay.substring(0, 2));
        int day = Integer.parseInt(monthDay.substring(3, 5));
        int approx = LocalDate.of(year, 1, 1).get(ChronoField.YEAR) - 580;
        for (int h = approx - 1; h <= approx + 2; h++) {
            HijrahDate start = HijrahDate.of(h, month, day);
            LocalDate gregorian = LocalDate.from(start);
            if (gregorian.getYear() == year) {
                LocalDate end = wholeMonth ? LocalDate.from(start.plus(1, ChronoUnit.MONTHS)).minusDays(1) : gregorian;
                return new LocalDate[] {gregorian, end};
            }
        }
        return null;
    }
}
