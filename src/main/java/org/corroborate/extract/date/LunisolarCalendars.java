package org.corroborate.extract.date;

import java.time.LocalDate;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;

/**
 * Days of other calendars as Gregorian dates: the Hebrew and Chinese calendars come from ICU4J
 * (the only class that imports it), the Julian calendar from the JDK's pure Julian mode.
 */
final class LunisolarCalendars {
    /** Hebrew months by name; "adar" is Adar II in a leap year (where Purim falls). */
    static final Map<String, Integer> HEBREW_MONTHS = Map.ofEntries(
            Map.entry("tishri", HebrewCalendar.TISHRI), Map.entry("heshvan", HebrewCalendar.HESHVAN),
            Map.entry("kislev", HebrewCalendar.KISLEV), Map.entry("tevet", HebrewCalendar.TEVET),
            Map.entry("shevat", HebrewCalendar.SHEVAT), Map.entry("adar", HebrewCalendar.ADAR),
            Map.entry("nisan", HebrewCalendar.NISAN), Map.entry("iyar", HebrewCalendar.IYAR),
            Map.entry("sivan", HebrewCalendar.SIVAN), Map.entry("tamuz", HebrewCalendar.TAMUZ),
            Map.entry("av", HebrewCalendar.AV), Map.entry("elul", HebrewCalendar.ELUL));
    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private LunisolarCalendars() {
    }

    /** The day of the Hebrew month (by name) that falls in the Gregorian year, or null. */
    static LocalDate hebrew(String month, int day, int year) {
        Integer m = HEBREW_MONTHS.get(month.toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new IllegalArgumentException("unknown Hebrew month " + month);
        }
        checkDay(day);
        // Hebrew year AM N begins in the autumn of Gregorian year N - 3761.
        for (int h = year + 3760; h <= year + 3761; h++) {
            HebrewCalendar cal = new HebrewCalendar();
            cal.clear();
            cal.set(Calendar.EXTENDED_YEAR, h);
            cal.set(Calendar.MONTH, m);
            cal.set(Calendar.DATE, day);
            LocalDate date = of(cal);
            if (date.getYear() == year) {
                return date;
            }
        }
        return null;
    }

    /** The day of the Chinese month (1-12, not a leap month) that falls in the Gregorian year, or null. */
    static LocalDate chinese(int month, int day, int year) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("no Chinese month " + month);
        }
        checkDay(day);
        // ICU numbers the Chinese extended year by the Gregorian year it begins in (since ICU 7x).
        for (int c = year - 1; c <= year; c++) {
            ChineseCalendar cal = new ChineseCalendar();
            cal.clear();
            cal.set(Calendar.EXTENDED_YEAR, c);
            cal.set(Calendar.MONTH, month - 1);
            cal.set(ChineseCalendar.IS_LEAP_MONTH, 0);
            cal.set(Calendar.DATE, day);
            LocalDate date = of(cal);
            if (date.getYear() == year) {
                return date;
            }
        }
        return null;
    }

    /** A date of the Julian calendar as a Gregorian date (the JDK calendar with no Gregorian change). */
    static LocalDate julian(int year, int month, int day) {
        GregorianCalendar julian = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        julian.setGregorianChange(new Date(Long.MAX_VALUE));
        julian.clear();
        julian.set(year, month - 1, day);
        return LocalDate.ofEpochDay(Math.floorDiv(julian.getTimeInMillis(), MILLIS_PER_DAY));
    }

    /** A lunar month has 29 or 30 days; ICU would roll a 31st silently into the next month. */
    private static void checkDay(int day) {
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("no day " + day + " in a lunar month");
        }
    }

    private static LocalDate of(Calendar cal) {
        return LocalDate.ofEpochDay(cal.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }
}
