package org.corroborate.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Grain;
import org.corroborate.extract.date.DatePolicy.Direction;

/**
 * Turns a rule's captures into a start, an inclusive end and a grain. Weeks run Monday to Sunday
 * (ISO 8601, as Duckling counts them). Returns null for impossible dates (31 February).
 */
final class DateResolver {
    static final String UNRESOLVED = "unresolved-relative-date";
    static final String WEEKDAY_MISMATCH = "weekday-mismatch";
    private static final String HIJRI_MONTH = "hijrimonth:";

    /** A resolved date; start and end null when it needed a reference date and had none. */
    record Resolution(LocalDate start, LocalDate end, Grain grain, List<String> warnings) {
    }

    private final DatePolicy policy;

    DateResolver(DatePolicy policy) {
        this.policy = policy;
    }

    Resolution resolve(DateRule rule, Map<String, String> c, LocalDate reference, boolean forward) {
        try {
            return switch (rule.resolve()) {
                case DATE -> untilReference(rule, date(c, reference, forward), reference);
                case RANGE -> rule.endsOnItsDay() ? endingOnItsDay(range(c, reference, forward)) : range(c, reference, forward);
                case SHIFT -> untilReference(rule, RelativeDates.shift(rule, c, reference), reference);
                case PERIOD -> RelativeDates.period(rule, c, reference);
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * "opens on Monday and runs for three days", "يوم الأحد المقبل وتستمر خمسة أيام": the stretch of {@code n} days that
     * the weekday opens, read as the weekday alone would be.
     */
    private Resolution daysFromWeekday(Map<String, String> c, LocalDate reference, boolean forward) {
        Map<String, String> day = new HashMap<>(c);
        int days = Integer.parseInt(day.remove("n"));
        Resolution first = date(day, reference, forward);
        if (first == null || first.start() == null || first.grain() != Grain.DAY || days < 1) {
            return first;
        }
        return new Resolution(first.start(), first.start().plusDays(days - 1L), Grain.DAY, first.warnings());
    }

    /** The days from the reference date of the words a {@code rel} capture holds (today, yesterday, tomorrow). */
    private static final Map<String, Integer> RELATIVE_DAYS = Map.of("today", 0, "yesterday", -1, "tomorrow", 1);
    /** A {@code rel} capture of a verb of starting before a weekday ({@code starts_on}): the weekday read ahead. */
    private static final String ONWARD = "onward";

    /**
     * "وصل مساء اليوم في زيارة تستمر ثلاثة أيام", "إضراب لمدة ثلاثة أيام بداية من اليوم": the stretch of {@code n} days that
     * a day counted from the reference date ({@code rel}: today, yesterday, tomorrow) opens; with {@code ending} it closes it
     * («اختتمت مساء أمس محادثات استمرت ثلاثة أيام»).
     */
    private static Resolution daysFromRelativeDay(Map<String, String> c, LocalDate reference) {
        Integer shift = RELATIVE_DAYS.get(c.get("rel"));
        int days = Integer.parseInt(c.get("n"));
        if (shift == null || days < 1) {
            return null;
        }
        if (reference == null) {
            return unresolved(Grain.DAY);
        }
        LocalDate first = reference.plusDays(shift);
        return new Resolution(first, first.plusDays(days - 1L), Grain.DAY, List.of());
    }

    /**
     * "ended a two-day summit on Saturday", "a two-day gathering that ended on Monday": the stretch of days a range rule
     * with {@code ending} counts from its day ({@link #daysFromWeekday}) ends on that day instead (Friday and Saturday).
     */
    private static Resolution endingOnItsDay(Resolution r) {
        if (r == null || r.start() == null || r.grain() != Grain.DAY || !r.end().isAfter(r.start())) {
            return r;
        }
        long days = ChronoUnit.DAYS.between(r.start(), r.end());
        return new Resolution(r.start().minusDays(days), r.start(), Grain.DAY, r.warnings());
    }

    /**
     * "since February 2023", "منذ الخميس الماضي", "last night": a date or shift rule with
     * {@code until_reference} runs from its date to the reference date.
     */
    private static Resolution untilReference(DateRule rule, Resolution r, LocalDate reference) {
        if (r == null || !rule.endsOnReference() || reference == null || r.start() == null || r.start().isAfter(reference)) {
            return r;
        }
        return new Resolution(r.start(), reference, r.grain(), r.warnings());
    }

    private Resolution date(Map<String, String> c, LocalDate reference, boolean forward) {
        DayOfWeek weekday = c.containsKey("weekday") ? DayOfWeek.of(Integer.parseInt(c.get("weekday"))) : null;
        Resolution r = dateOrPeriod(c, weekday, reference, forward);
        if (r != null && weekday != null && r.start() != null && r.grain() == Grain.DAY && r.start().equals(r.end())
                && r.start().getDayOfWeek() != weekday) {
            return new Resolution(r.start(), r.end(), r.grain(), plus(r.warnings(), List.of(WEEKDAY_MISMATCH)));
        }
        return r;
    }

    private Resolution dateOrPeriod(Map<String, String> c, DayOfWeek weekday, LocalDate reference, boolean forward) {
        if ("mid_day".equals(c.get("part")) && !policy.readsMidMonthAsADay()) {
            c = new HashMap<>(c); // weeks and years have no mid_day: only a month's middle changes
            c.put("part", "mid");
        }
        Integer day = number(c, "day");
        Integer month = number(c, "month");
        Integer year = year(c, "year");
        if (c.containsKey("hmonth")) {
            return hijri(day, number(c, "hmonth"), year);
        }
        Direction direction = Direction.of(c.get("dir"));
        if (c.containsKey("n") && c.containsKey("unit") && weekday == null && (c.containsKey("holiday") || month != null)) {
            // "Thanksgiving in 9 months", "March a year ago": the occurrence after a moved reference date.
            boolean back = direction == Direction.PAST;
            if (reference != null) {
                long amount = Long.parseLong(c.get("n"));
                reference = reference.plus(back ? -amount : amount, RelativeDates.unitOf(c.get("unit")));
            }
            direction = Direction.NONE;
            forward = !back;
        }
        boolean ahead = forward || direction == Direction.NEXT;
        boolean relative = year == null || c.containsKey("frame") || (c.containsKey("unit") && c.containsKey("part"));
        if (relative && reference == null) {
            return month == null && day == null && weekday == null && !c.containsKey("holiday") && !c.containsKey("frame")
                    ? null : unresolved(day != null || weekday != null ? Grain.DAY : Grain.MONTH);
        }
        ChronoUnit frame = c.containsKey("frame") ? RelativeDates.unitOf(c.get("frame"))
                : c.containsKey("part") && c.containsKey("unit") ? RelativeDates.unitOf(c.get("unit")) : null;
        if (frame == ChronoUnit.WEEKS && direction == Direction.NONE && "weekend".equals(c.get("part"))) {
            // "over the weekend", "خلال عطلة نهاية الأسبوع": the last one ended by the reference date; ahead, the next
            LocalDate saturday = ahead ? reference.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                    : reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).minusDays(1);
            return new Resolution(saturday, saturday.plusDays(1), Grain.DAY, List.of());
        }
        if (frame != null) {
            LocalDate start = RelativeDates.startOf(reference, frame).plus(frameOffset(direction), frame);
            if (frame != ChronoUnit.YEARS) {
                return framed(c, start, frame, weekday, day);
            }
            year = start.getYear();
            direction = Direction.NONE;
        }
        if (c.containsKey("holiday")) {
            String spec = c.get("holiday");
            if (day != null && spec.startsWith(HIJRI_MONTH)) { // "الخامس عشر من رمضان الماضي": a day of that month
                spec = String.format("hijri:%s-%02d", spec.substring(HIJRI_MONTH.length()), day);
            }
            return holiday(spec, year, reference, direction, ahead);
        }
        if (weekday != null && c.containsKey("n") && month == null && day == null) {
            return day(nthWeekday(reference, weekday, Integer.parseInt(c.get("n")), direction), List.of());
        }
        if (c.containsKey("nth") || c.containsKey("part")) {
            return monthPart(c, weekday, month, year, direction, reference, ahead);
        }
        return calendar(day, month, year, weekday, direction, reference, forward);
    }

    /** A day, month or year from its parts; a weekday alone resolves under the policy. */
    private Resolution calendar(Integer day, Integer month, Integer year, DayOfWeek weekday, Direction direction,
                                LocalDate reference, boolean forward) {
        boolean ahead = forward || direction == Direction.NEXT;
        if (month == null && day == null) {
            if (weekday != null) {
                return day(policy.weekday(reference, weekday, direction, forward), List.of());
            }
            return year == null ? null : span(LocalDate.of(year, 1, 1), Grain.YEAR);
        }
        if (month == null) {
            LocalDate date = policy.dayOfMonth(day, reference, ahead);
            return date == null ? null : day(date, List.of());
        }
        int y = year != null ? year : yearOf(month, day, direction, reference, ahead);
        return day == null ? span(LocalDate.of(y, month, 1), Grain.MONTH) : day(LocalDate.of(y, month, day), List.of());
    }

    /** "this June" is in the reference year; "last June" the latest before this month; "next June" the first after it. */
    private int yearOf(int month, Integer day, Direction direction, LocalDate reference, boolean ahead) {
        int now = reference.getMonthValue();
        return switch (direction) {
            case THIS -> reference.getYear();
            case PAST -> month < now ? reference.getYear() : reference.getYear() - 1;
            case NEXT -> month > now ? reference.getYear() : reference.getYear() + 1;
            default -> policy.yearOf(month, day, reference, ahead);
        };
    }

    /** Inside a week or month counted from the reference ("Monday of this week", "the 20th of next month"). */
    private static Resolution framed(Map<String, String> c, LocalDate start, ChronoUnit frame, DayOfWeek weekday,
                                     Integer day) {
        if (c.containsKey("nth") && frame == ChronoUnit.MONTHS) {
            return PeriodParts.nth(start, Integer.parseInt(c.get("nth")), weekday, c.get("unit"));
        }
        if (c.containsKey("part")) {
            return PeriodParts.part(start, frame, c.get("part"));
        }
        if (frame == ChronoUnit.WEEKS && weekday != null) {
            return day(start.with(TemporalAdjusters.nextOrSame(weekday)), List.of());
        }
        if (frame == ChronoUnit.MONTHS && day != null) {
            return day(start.withDayOfMonth(day), List.of());
        }
        return null;
    }

    /**
     * The nth weekday/week/day or a part of a month, or a part of a year. A direction after the
     * month picks its year as for the whole month ("منتصف آذار الماضي" in October: the March before).
     */
    private Resolution monthPart(Map<String, String> c, DayOfWeek weekday, Integer month, Integer year,
                                 Direction direction, LocalDate reference, boolean ahead) {
        if (month == null) {
            return year == null || !c.containsKey("part") ? null
                    : PeriodParts.part(LocalDate.of(year, 1, 1), ChronoUnit.YEARS, c.get("part"));
        }
        int y = year != null ? year : yearOf(month, null, direction, reference, ahead);
        LocalDate start = LocalDate.of(y, month, 1);
        return c.containsKey("nth") ? PeriodParts.nth(start, Integer.parseInt(c.get("nth")), weekday, c.get("unit"))
                : PeriodParts.part(start, ChronoUnit.MONTHS, c.get("part"));
    }

    /** A named day: in the year given, else the occurrence the policy and direction point to. */
    private Resolution holiday(String spec, Integer year, LocalDate reference, Direction direction, boolean ahead) {
        LocalDate[] found;
        if (year != null) {
            found = Holidays.in(spec, year);
        } else {
            found = policy.occurrence(y -> Holidays.in(spec, y), reference, direction, ahead);
        }
        if (found == null) {
            return null;
        }
        if (Holidays.isHebrew(spec) && policy.datesHebrewDaysFromTheEve()) {
            found = found[0].equals(found[1]) ? new LocalDate[] {found[0].minusDays(1), found[0].minusDays(1)}
                    : new LocalDate[] {found[0].minusDays(1), found[1]};
        }
        if (spec.startsWith(SEASON) && policy.readsSeasonsAsMonths()) {
            // the astronomical stretch begins on the 20th-24th of the season's first month: "autumn" is September to November
            LocalDate first = found[0].withDayOfMonth(1);
            return new Resolution(first, first.plusMonths(3).minusDays(1), Grain.MONTH, List.of());
        }
        Grain grain = Holidays.isMonth(spec) && !policy.readsHijriMonthsAsDays() ? Grain.MONTH : Grain.DAY;
        return new Resolution(found[0], found[1], grain, List.of());
    }

    /** "3 Fridays from now": the third Friday after the reference date; "2 Thursdays ago": before it. */
    private static LocalDate nthWeekday(LocalDate reference, DayOfWeek weekday, int n, Direction direction) {
        return direction == Direction.PAST
                ? reference.with(TemporalAdjusters.previous(weekday)).minusWeeks(n - 1L)
                : reference.with(TemporalAdjusters.next(weekday)).plusWeeks(n - 1L);
    }

    /** The holiday rules of seasons: a stretch of days ({@code span:09-24:12-20}). */
    private static final String SEASON = "span:";

    private static long frameOffset(Direction direction) {
        return switch (direction) {
            case PAST -> -1;
            case NEXT -> 1;
            default -> 0;
        };
    }

    private Resolution range(Map<String, String> c, LocalDate reference, boolean forward) {
        if (c.containsKey("weekday") && c.containsKey("weekday2")) {
            return weekdays(c, reference, forward);
        }
        if (c.containsKey("weekday2") && !c.containsKey("weekday")) {
            return nightInto(c, reference, forward);
        }
        if (c.containsKey("rel") && c.containsKey("n")) {
            // «لمدة ثلاثة أيام يبدأ الخميس»: the weekday after a verb of starting is the first on or after the reference
            return ONWARD.equals(c.get("rel")) && c.containsKey("weekday") ? daysFromWeekday(c, reference, true)
                    : daysFromRelativeDay(c, reference);
        }
        if (c.containsKey("weekday") && c.containsKey("n")) {
            return daysFromWeekday(c, reference, forward);
        }
        if (c.containsKey("weekday") && !c.containsKey("day") && !c.containsKey("month") && !c.containsKey("part")) {
            return nightOf(c, reference, forward);
        }
        if (c.containsKey("part") && c.containsKey("part2")) {
            return partsRange(c, reference, forward);
        }
        if (c.containsKey("day") && c.containsKey("day2") && !c.containsKey("month") && !c.containsKey("month2")) {
            return daysOfOneMonth(c, reference, forward);
        }
        Integer day = number(c, "day");
        Integer day2 = number(c, "day2");
        Integer month = number(c, "month");
        Integer month2 = number(c, "month2");
        Integer year = year(c, "year");
        Integer year2 = year(c, "year2");
        month = month != null ? month : month2;
        month2 = month2 != null ? month2 : month;
        // "خلال ثلاثة أيام بدءاً من 15 تشرين الثاني": a number of days from a day, which ends the range (dev10-ar-040)
        Integer days = day2 == null ? number(c, "n") : null;
        Grain grain = day != null || day2 != null ? Grain.DAY : month != null ? Grain.MONTH : Grain.YEAR;
        if (grain == Grain.DAY && (day == null || day2 == null && (days == null || days < 1) || month == null)) {
            return null;
        }
        boolean byPolicy = false; // the year the policy picks for a stretch that names none, nor a direction
        if (year == null && year2 == null) {
            if (reference == null) {
                return unresolved(grain);
            }
            Direction direction = Direction.of(c.get("dir")); // "between 24 and 27 November last year"
            // "يومي 14 و15 نيسان المقبل": a direction of the month itself (mdir), its next or last occurrence, not the next
            // or last year's (dev37-ar-006)
            Direction ofMonth = Direction.of(c.get("mdir"));
            byPolicy = direction == Direction.NONE && ofMonth == Direction.NONE;
            year = direction != Direction.NONE ? reference.getYear() + (int) frameOffset(direction)
                    : ofMonth != Direction.NONE ? yearOf(month, day, ofMonth, reference, forward)
                    : policy.yearOf(month, day, reference, forward);
        }
        year = year != null ? year : year2;
        boolean endYearGiven = year2 != null;
        year2 = year2 != null ? year2 : year;
        Resolution r = stretch(year, year2, endYearGiven, month, month2, day, day2, days, grain);
        if (byPolicy && forward && r != null && r.start().isAfter(reference) && year == reference.getYear() + 1) {
            // "The championships, which run from April 10 to 17", written on April 15: a stretch read forward that has
            // begun and not yet ended is this year's, under way, not next year's
            Resolution current = stretch(year - 1, year2 - 1, false, month, month2, day, day2, days, grain);
            if (current != null && current.start().isBefore(reference) && !current.end().isBefore(reference)) {
                return current;
            }
        }
        return r;
    }

    /** The stretch of a range's parts in the years given; the end in the next year when it would fall before the start. */
    private static Resolution stretch(int year, int year2, boolean endYearGiven, Integer month, Integer month2, Integer day,
                                      Integer day2, Integer days, Grain grain) {
        LocalDate start = start(year, month, day, grain);
        if (days != null && grain == Grain.DAY) {
            return new Resolution(start, start.plusDays(days - 1), grain, List.of());
        }
        LocalDate end = end(year2, month2, day2, grain);
        if (end.isBefore(start) && !endYearGiven) {
            end = end(year2 + 1, month2, day2, grain);
        }
        return end.isBefore(start) ? null : new Resolution(start, end, grain, List.of());
    }

    /**
     * «بين العاشر والثاني عشر من الشهر الجاري», "between the 10th and 12th of this month": two days of a month told by
     * its frame (this, last or next month), or of the month named last («من الشهر ذاته», "of the same month", read
     * against the end of that month): one stretch from the first to the second.
     */
    private Resolution daysOfOneMonth(Map<String, String> c, LocalDate reference, boolean forward) {
        if (reference == null) {
            return unresolved(Grain.DAY);
        }
        int day = number(c, "day");
        int day2 = number(c, "day2");
        LocalDate month;
        if (c.containsKey("frame")) {
            if (RelativeDates.unitOf(c.get("frame")) != ChronoUnit.MONTHS) {
                return null;
            }
            month = RelativeDates.startOf(reference, ChronoUnit.MONTHS).plusMonths(frameOffset(Direction.of(c.get("dir"))));
        } else {
            LocalDate end = policy.dayOfMonth(day2, reference, forward);
            if (end == null) {
                return null;
            }
            month = end.withDayOfMonth(1);
        }
        if (day >= day2 || day2 > month.lengthOfMonth()) {
            return null;
        }
        return new Resolution(month.withDayOfMonth(day), month.withDayOfMonth(day2), Grain.DAY, List.of());
    }

    /**
     * "from late January to early March", "من أواخر كانون الثاني حتى مطلع آذار": one stretch from the start of a part of a
     * month to the end of another. The first part reads as it would alone (in the year given after the second, or the one
     * before when its month comes later); the second in the first's year, or the next when it would end before the first.
     */
    private Resolution partsRange(Map<String, String> c, LocalDate reference, boolean forward) {
        if (!c.containsKey("month") || !c.containsKey("month2")) {
            return null; // a pack's pattern with two parts and not both months: unresolved, not a crash
        }
        Integer year2 = year(c, "year2");
        Map<String, String> first = new HashMap<>(c);
        first.keySet().removeAll(List.of("part2", "month2", "year2"));
        if (!first.containsKey("year") && year2 != null) {
            first.put("year", String.valueOf(number(c, "month") > number(c, "month2") ? year2 - 1 : year2));
        }
        Resolution from = date(first, reference, forward);
        if (from == null || from.start() == null) {
            return from;
        }
        int endYear = year2 != null ? year2 : from.start().getYear();
        int month2 = number(c, "month2");
        Resolution to = PeriodParts.part(LocalDate.of(endYear, month2, 1), ChronoUnit.MONTHS, c.get("part2"));
        if (to != null && to.end().isBefore(from.start()) && year2 == null) {
            to = PeriodParts.part(LocalDate.of(endYear + 1, month2, 1), ChronoUnit.MONTHS, c.get("part2"));
        }
        return to == null || to.end().isBefore(from.start()) ? null : new Resolution(from.start(), to.end(), Grain.DAY, List.of());
    }

    /**
     * "from Sunday to Tuesday", "من الاثنين إلى الأربعاء": the last such stretch ending by the
     * reference date under the policy; forward ("next week", a future sentence) the first starting after it.
     */
    private Resolution weekdays(Map<String, String> c, LocalDate reference, boolean forward) {
        if (reference == null) {
            return unresolved(Grain.DAY);
        }
        DayOfWeek first = DayOfWeek.of(Integer.parseInt(c.get("weekday")));
        DayOfWeek last = DayOfWeek.of(Integer.parseInt(c.get("weekday2")));
        Direction direction = Direction.of(c.get("dir"));
        if (direction == Direction.NEXT || forward && direction != Direction.PAST) {
            LocalDate start = policy.weekday(reference, first, direction, forward);
            return new Resolution(start, start.with(TemporalAdjusters.nextOrSame(last)), Grain.DAY, List.of());
        }
        LocalDate end = policy.weekday(reference, last, direction, false);
        return new Resolution(end.with(TemporalAdjusters.previousOrSame(first)), end, Grain.DAY, List.of());
    }

    /**
     * "overnight into Tuesday": the night that ends on the weekday captured as {@code weekday2}, as the day before it and the
     * day itself (the weekday read as it would be alone).
     */
    private Resolution nightInto(Map<String, String> c, LocalDate reference, boolean forward) {
        if (reference == null) {
            return unresolved(Grain.DAY);
        }
        LocalDate end = policy.weekday(reference, DayOfWeek.of(Integer.parseInt(c.get("weekday2"))), Direction.of(c.get("dir")), forward);
        return new Resolution(end.minusDays(1), end, Grain.DAY, List.of());
    }

    /**
     * "overnight Tuesday": the night that begins on the weekday captured alone, as that day and the next (the weekday read
     * as it would be alone). A night that would end after the reference date, read back, is the one that ends on it:
     * "overnight Tuesday" written on that Tuesday is the night just gone.
     */
    private Resolution nightOf(Map<String, String> c, LocalDate reference, boolean forward) {
        if (reference == null) {
            return unresolved(Grain.DAY);
        }
        LocalDate start = policy.weekday(reference, DayOfWeek.of(Integer.parseInt(c.get("weekday"))), Direction.of(c.get("dir")), forward);
        if (!forward && start.plusDays(1).isAfter(reference)) {
            start = reference.minusDays(1);
        }
        return new Resolution(start, start.plusDays(1), Grain.DAY, List.of());
    }

    private static Resolution hijri(Integer day, Integer month, Integer year) {
        if (year == null) {
            return null;
        }
        if (day != null) {
            return day(LocalDate.from(HijrahDate.of(year, month, day)), List.of());
        }
        HijrahDate first = HijrahDate.of(year, month, 1);
        LocalDate start = LocalDate.from(first);
        LocalDate end = LocalDate.from(first.plus(1, ChronoUnit.MONTHS)).minusDays(1);
        return new Resolution(start, end, Grain.MONTH, List.of());
    }

    private static LocalDate start(int year, Integer month, Integer day, Grain grain) {
        return switch (grain) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1);
            default -> LocalDate.of(year, 1, 1);
        };
    }

    private static LocalDate end(int year, Integer month, Integer day, Grain grain) {
        return switch (grain) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
            default -> LocalDate.of(year, 12, 31);
        };
    }

    private static Resolution span(LocalDate start, Grain grain) {
        LocalDate end = switch (grain) {
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
            default -> start;
        };
        return new Resolution(start, end, grain, List.of());
    }

    static Resolution day(LocalDate date, List<String> warnings) {
        return new Resolution(date, date, Grain.DAY, warnings);
    }

    static Resolution unresolved(Grain grain) {
        return new Resolution(null, null, grain, List.of(UNRESOLVED));
    }

    private static Integer number(Map<String, String> c, String key) {
        String value = c.get(key);
        return value == null ? null : Integer.valueOf(value);
    }

    /** A year; two digits are read as 1951..2050 ("10/31/74" → 1974, "3/3/15" → 2015). */
    private static Integer year(Map<String, String> c, String key) {
        Integer year = number(c, key);
        if (year != null && year < 100 && c.get(key).length() == 2) {
            return year > 50 ? 1900 + year : 2000 + year;
        }
        return year;
    }

    static List<String> plus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
