package org.corroborate.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named days, written in the lexicons as rules for finding them in a Gregorian year:
 * <ul>
 *   <li>{@code fixed:12-25}; {@code nth:4:4:11} (the 4th Thursday of November; {@code -1} = the last);</li>
 *   <li>{@code easter} (Western Easter Sunday); {@code orthodox} (Orthodox Easter Sunday, the Julian computus);</li>
 *   <li>{@code hijri:10-01} (1 Shawwal); {@code hijrimonth:09} (the whole of Ramadan);
 *       {@code hijrilast:09:5} (the last Friday of Ramadan) — the Umm al-Qura calendar;</li>
 *   <li>{@code hebrew:tishri-10} (Yom Kippur); {@code chinese:01-01} (the Chinese New Year);</li>
 *   <li>{@code tithi:ashvin-30:sunset} (Diwali: the 30th tithi of the amanta month Ashvin in force at
 *       sunset) and {@code sankranti:makara:sunset} (the day the sun enters sidereal Capricorn by sunset, else the next) — {@link HinduCalendar};</li>
 *   <li>{@code span:06-21:09-23} (a stretch of days, e.g. a season).</li>
 * </ul>
 * Then, in this order: {@code ~7} for a stretch of 7 more days; {@code !rule} for a day moved
 * by an observance rule ({@link #observe}); {@code @+1} or {@code @-2} for days after or before.
 */
final class Holidays {
    private static final Pattern SPEC = Pattern.compile("([a-z]+(?::[a-z0-9:-]+)?)(?:~(\\d+))?(?:!([a-z-]+))?(?:@([+-]?\\d+))?");

    private Holidays() {
    }

    /** The occurrence in {@code year} as {start, end}, or null when the spec cannot be placed there. */
    static LocalDate[] in(String spec, int year) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed holiday rule " + spec);
        }
        LocalDate[] out = base(m.group(1).split(":"), year, spec);
        if (out == null) {
            return null;
        }
        long more = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        LocalDate start = m.group(3) == null ? out[0] : observe(m.group(3), out[0]);
        long shift = m.group(4) == null ? 0 : Long.parseLong(m.group(4).replace("+", ""));
        LocalDate end = more > 0 ? start.plusDays(more) : out[1].plusDays(start.toEpochDay() - out[0].toEpochDay());
        return new LocalDate[] {start.plusDays(shift), end.plusDays(shift)};
    }

    /** Throws IllegalArgumentException when the spec is not one this class reads. */
    static void check(String spec) {
        for (int year = 2000; year <= 2001; year++) {
            in(spec, year);
        }
    }

    private static LocalDate[] base(String[] p, int year, String spec) {
        try {
            return switch (p[0]) {
                case "fixed" -> one(LocalDate.parse(year + "-" + p[1]));
                case "nth" -> one(nth(year, Integer.parseInt(p[1]), DayOfWeek.of(Integer.parseInt(p[2])), Integer.parseInt(p[3])));
                case "easter" -> one(easter(year));
                case "orthodox" -> one(orthodoxEaster(year));
                case "hijri" -> hijri(year, p[1], false);
                case "hijrimonth" -> hijri(year, p[1] + "-01", true);
                case "hijrilast" -> lastWeekdayOfHijriMonth(year, p[1], DayOfWeek.of(Integer.parseInt(p[2])));
                case "hebrew" -> one(LunisolarCalendars.hebrew(p[1].substring(0, p[1].indexOf('-')),
                        Integer.parseInt(p[1].substring(p[1].indexOf('-') + 1)), year));
                case "chinese" -> one(LunisolarCalendars.chinese(Integer.parseInt(p[1].substring(0, 2)),
                        Integer.parseInt(p[1].substring(3)), year));
                case "tithi" -> one(HinduCalendar.tithi(p[1].substring(0, p[1].indexOf('-')),
                        Integer.parseInt(p[1].substring(p[1].indexOf('-') + 1)),
                        HinduCalendar.Kala.valueOf(p[2].toUpperCase(java.util.Locale.ROOT)), year));
                case "sankranti" -> one(HinduCalendar.sankranti(p[1],
                        HinduCalendar.Kala.valueOf(p[2].toUpperCase(java.util.Locale.ROOT)), year));
                case "span" -> span(year, p[1], p[2]);
                default -> throw new IllegalArgumentException("unknown holiday rule " + spec);
            };
        } catch (IndexOutOfBoundsException | java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("malformed holiday rule " + spec, e);
        }
    }

    /**
     * A day moved by the rule that sets when it is observed: {@code weekday} (a Saturday to the
     * Friday, a Sunday to the Monday: the nearest weekday), {@code not-sunday} (a Sunday to the
     * Saturday), {@code not-sabbath} (a Saturday to the Sunday: Jewish fasts), {@code yom-haatzmaut}
     * (5 Iyar on a Friday or Saturday to the Thursday before, on a Monday to the Tuesday: the
     * rule since 2004), {@code yom-hashoah} (27 Nisan on a Friday to the Thursday, on a Sunday to
     * the Monday).
     */
    static LocalDate observe(String rule, LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return switch (rule) {
            case "weekday" -> d == DayOfWeek.SATURDAY ? day.minusDays(1) : d == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
            case "not-sunday" -> d == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
            case "not-sabbath" -> d == DayOfWeek.SATURDAY ? day.plusDays(1) : day;
            case "yom-haatzmaut" -> d == DayOfWeek.FRIDAY || d == DayOfWeek.SATURDAY
                    ? day.with(TemporalAdjusters.previous(DayOfWeek.THURSDAY))
                    : d == DayOfWeek.MONDAY && day.getYear() >= 2004 ? day.plusDays(1) : day;
            case "yom-hashoah" -> d == DayOfWeek.FRIDAY ? day.minusDays(1) : d == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
            default -> throw new IllegalArgumentException("unknown observance rule " + rule);
        };
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

    /** A day of the Hebrew calendar, which begins at sunset on the evening before. */
    static boolean isHebrew(String spec) {
        return spec.startsWith("hebrew:");
    }

    private static LocalDate[] one(LocalDate date) {
        return date == null ? null : new LocalDate[] {date, date};
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

    /** Orthodox Easter Sunday: the Julian computus (Meeus), a Julian date given as Gregorian. */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LunisolarCalendars.julian(year, month, day);
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

    /** The last given weekday of a Hijri month that begins in the Gregorian year (Jumu'atul-Wida). */
    private static LocalDate[] lastWeekdayOfHijriMonth(int year, String month, DayOfWeek weekday) {
        LocalDate[] whole = hijri(year, month + "-01", true);
        return whole == null ? null : one(whole[1].with(TemporalAdjusters.previousOrSame(weekday)));
    }
}
