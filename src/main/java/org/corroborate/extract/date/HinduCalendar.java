package org.corroborate.extract.date;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.impl.CalendarAstronomer;

/**
 * Days of the Indian lunisolar (amanta) and sidereal solar calendars, computed, not tabulated:
 * the sun's longitude and the moon's elongation from ICU4J's {@code CalendarAstronomer}, the
 * sidereal zodiac by the Lahiri ayanamsa, days reckoned for Ujjain (23.18 N, 75.78 E; IST).
 * <ul>
 *   <li>A tithi is a twelfth-degree step of the moon's elongation from the sun: 1-15 the bright
 *       half (shukla), 16-30 the dark half (krishna, 30 the new moon, amavasya).</li>
 *   <li>An amanta month runs from new moon to new moon and is named by the sidereal sign the sun
 *       is in at the new moon that begins it (sun in Pisces: Chaitra); a month in which the sun
 *       enters no sign is adhika (intercalary) and holds no festival.</li>
 *   <li>A festival is kept on the day its tithi is in force at the time of day its observance is
 *       reckoned by ({@link Kala}); a tithi in force at no such time (kshaya) is kept on the day it
 *       begins and ends in.</li>
 *   <li>A sankranti (the sun entering a sidereal sign) belongs to its day when it falls before
 *       sunset (the Tamil rule: Thai Pongal) or midnight (the Punjabi rule: Vaisakhi), else to the
 *       next day.</li>
 * </ul>
 * Accuracy: ICU's lunar theory is good to a few arcminutes, a few minutes of a tithi's end; a
 * festival whose tithi ends within minutes of the reference time can fall a day off.
 */
final class HinduCalendar {
    /** The times of day a festival's tithi is taken at. */
    enum Kala { SUNRISE, SUNSET, MIDNIGHT }

    static final List<String> MONTHS = List.of("chaitra", "vaisakha", "jyeshtha", "ashadha", "shravana",
            "bhadrapada", "ashvin", "kartika", "margashirsha", "pausha", "magha", "phalguna");
    static final List<String> SIGNS = List.of("mesha", "vrishabha", "mithuna", "karka", "simha", "kanya",
            "tula", "vrishchika", "dhanu", "makara", "kumbha", "meena");
    private static final double LATITUDE = 23.18;
    private static final double LONGITUDE = 75.78;
    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final long DAY_MS = 86_400_000L;
    private static final long J2000_MS = 946_728_000_000L;

    private HinduCalendar() {
    }

    /** The day of year when tithi (1-30) of the amanta month (by name) is in force at the kala, or null. */
    static LocalDate tithi(String month, int tithi, Kala kala, int year) {
        int m = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
        if (m < 0 || tithi < 1 || tithi > 30) {
            throw new IllegalArgumentException("no tithi " + month + "-" + tithi);
        }
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            long t = at(d, kala);
            int x = tithiAt(t);
            boolean kshaya = x == tithi - 1 && tithiAt(at(d.plusDays(1), kala)) == tithi % 30 + 1;
            if ((x == tithi || kshaya) && monthAt(t) == m) {
                return d;
            }
        }
        return null;
    }

    /**
     * The day the sun enters the sidereal sign (by name) in the year: that day when it enters by
     * the kala (sunset: the Tamil rule, Thai Pongal; midnight: the Punjabi and Odia rule, Vaisakhi),
     * else the next.
     */
    static LocalDate sankranti(String sign, Kala kala, int year) {
        int s = SIGNS.indexOf(sign.toLowerCase(Locale.ROOT));
        if (s < 0) {
            throw new IllegalArgumentException("no sign " + sign);
        }
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (signAt(at(d, kala)) == s && signAt(at(d.minusDays(1), kala)) != s) {
                return d;
            }
        }
        return null;
    }

    /** The tithi (1-30) at an instant. */
    static int tithiAt(long ms) {
        return (int) (elongation(ms) / 12) + 1;
    }

    /** The amanta month (0 Chaitra - 11 Phalguna) of the lunation holding the instant; -1 when adhika. */
    static int monthAt(long ms) {
        long start = new CalendarAstronomer(ms).getMoonTime(CalendarAstronomer.NEW_MOON, false);
        long end = new CalendarAstronomer(start + DAY_MS).getMoonTime(CalendarAstronomer.NEW_MOON, true);
        int sign = signAt(start);
        return sign == signAt(end) ? -1 : (sign + 1) % 12;
    }

    private static int signAt(long ms) {
        return (int) (norm(Math.toDegrees(new CalendarAstronomer(ms).getSunLongitude()) - ayanamsa(ms)) / 30);
    }

    /** The moon's longitude less the sun's, degrees. */
    private static double elongation(long ms) {
        return norm(Math.toDegrees(new CalendarAstronomer(ms).getMoonAge()));
    }

    /** The Lahiri (Chitrapaksha) ayanamsa: 23 deg 51' 11" at J2000, 50.29" a year. */
    private static double ayanamsa(long ms) {
        return 23.853 + (ms - J2000_MS) / (365.25 * DAY_MS) * 50.29 / 3600.0;
    }

    private static double norm(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }

    private static long at(LocalDate day, Kala kala) {
        return switch (kala) {
            case SUNRISE -> sun(day, true);
            case SUNSET -> sun(day, false);
            case MIDNIGHT -> day.plusDays(1).atStartOfDay(IST).toInstant().toEpochMilli();
        };
    }

    /** Sunrise or sunset at Ujjain (NOAA's low-precision solar formulas, within a minute or two). */
    static long sun(LocalDate day, boolean rise) {
        double g = 2 * Math.PI / 365 * (day.getDayOfYear() - 1);
        double equationOfTime = 229.18 * (0.000075 + 0.001868 * Math.cos(g) - 0.032077 * Math.sin(g)
                - 0.014615 * Math.cos(2 * g) - 0.040849 * Math.sin(2 * g));
        double declination = 0.006918 - 0.399912 * Math.cos(g) + 0.070257 * Math.sin(g) - 0.006758 * Math.cos(2 * g)
                + 0.000907 * Math.sin(2 * g) - 0.002697 * Math.cos(3 * g) + 0.00148 * Math.sin(3 * g);
        double lat = Math.toRadians(LATITUDE);
        double hourAngle = Math.toDegrees(Math.acos(Math.cos(Math.toRadians(90.833)) / (Math.cos(lat) * Math.cos(declination))
                - Math.tan(lat) * Math.tan(declination)));
        double minutesUtc = 720 - 4 * (LONGITUDE + (rise ? hourAngle : -hourAngle)) - equationOfTime;
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + (long) (minutesUtc * 60_000);
    }
}
