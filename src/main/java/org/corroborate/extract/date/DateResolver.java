package org.corroborate.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
                case DATE -> date(c, reference, forward);
                case RANGE -> range(c, reference, forward);
                case SHIFT -> shift(rule, c, reference);
                case PERIOD -> period(rule, c, reference);
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private Resolution date(Map<String, String> c, LocalDate reference, boolean forward) {
        Integer day = number(c, "day");
        Integer month = number(c, "month");
        Integer year = year(c, "year");
        if (c.containsKey("hmonth")) {
            return hijri(day, number(c, "hmonth"), year);
        }
        DayOfWeek weekday = c.containsKey("weekday") ? DayOfWeek.of(Integer.parseInt(c.get("weekday"))) : null;
        Direction direction = Direction.of(c.get("dir"));
        boolean ahead = forward || direction == Direction.NEXT;
        if (month == null && day == null && weekday == null) {
            return year == null ? null : span(LocalDate.of(year, 1, 1), Grain.YEAR);
        }
        if (month == null && day == null) {
            return reference == null ? unresolved(Grain.DAY)
                    : day(policy.weekday(reference, weekday, direction, forward), List.of());
        }
        if (year == null && reference == null) {
            return unresolved(day == null ? Grain.MONTH : Grain.DAY);
        }
        LocalDate date;
        if (month == null) {
            date = policy.dayOfMonth(day, reference, ahead);
            if (date == null) {
                return null;
            }
        } else {
            int y = year != null ? year : policy.yearOf(month, day, reference, ahead);
            if (day == null) {
                return span(LocalDate.of(y, month, 1), Grain.MONTH);
            }
            date = LocalDate.of(y, month, day);
        }
        List<String> warnings = weekday != null && date.getDayOfWeek() != weekday ? List.of(WEEKDAY_MISMATCH) : List.of();
        return day(date, warnings);
    }

    private Resolution range(Map<String, String> c, LocalDate reference, boolean forward) {
        Integer day = number(c, "day");
        Integer day2 = number(c, "day2");
        Integer month = number(c, "month");
        Integer month2 = number(c, "month2");
        Integer year = year(c, "year");
        Integer year2 = year(c, "year2");
        month = month != null ? month : month2;
        month2 = month2 != null ? month2 : month;
        Grain grain = day != null || day2 != null ? Grain.DAY : month != null ? Grain.MONTH : Grain.YEAR;
        if (grain == Grain.DAY && (day == null || day2 == null || month == null)) {
            return null;
        }
        if (year == null && year2 == null) {
            if (reference == null) {
                return unresolved(grain);
            }
            year = policy.yearOf(month, day, reference, forward);
        }
        year = year != null ? year : year2;
        boolean endYearGiven = year2 != null;
        year2 = year2 != null ? year2 : year;
        LocalDate start = start(year, month, day, grain);
        LocalDate end = end(year2, month2, day2, grain);
        if (end.isBefore(start) && !endYearGiven) {
            end = end(year2 + 1, month2, day2, grain);
        }
        return end.isBefore(start) ? null : new Resolution(start, end, grain, List.of());
    }

    private static Resolution shift(DateRule rule, Map<String, String> c, LocalDate reference) {
        if (reference == null) {
            return unresolved(Grain.DAY);
        }
        return day(reference.plus(steps(rule, c), unit(rule, c)), List.of());
    }

    private static Resolution period(DateRule rule, Map<String, String> c, LocalDate reference) {
        ChronoUnit unit = unit(rule, c);
        Grain grain = grainOf(unit);
        if (reference == null) {
            return unresolved(grain);
        }
        LocalDate current = startOf(reference, unit);
        long first = steps(rule, c);
        long last = first;
        if (c.containsKey("n")) {
            // "the last two months", "the next three weeks": n whole periods on one side of now.
            long n = Long.parseLong(c.get("n"));
            long sign = Long.signum(first) == 0 ? 1 : Long.signum(first);
            first = sign < 0 ? -n : 1;
            last = sign < 0 ? -1 : n;
        }
        LocalDate start = current.plus(first, unit);
        LocalDate end = current.plus(last + 1, unit).minusDays(1);
        if (rule.endsOnReference() && reference.isBefore(end)) {
            end = reference;
        }
        return new Resolution(start, end, grain, List.of());
    }

    /** offset × n, with the sign a captured direction gives ("الأسبوع الماضي" → -1). */
    private static long steps(DateRule rule, Map<String, String> c) {
        long offset = rule.offset() == null ? 0 : rule.offset();
        Direction direction = Direction.of(c.get("dir"));
        if (direction == Direction.PAST) {
            offset = -Math.max(1, Math.abs(offset));
        } else if (direction == Direction.NEXT) {
            offset = Math.max(1, Math.abs(offset));
        }
        if (c.containsKey("n") && rule.resolve() == DateRule.Resolve.SHIFT) {
            offset *= Long.parseLong(c.get("n"));
        }
        return offset;
    }

    private static ChronoUnit unit(DateRule rule, Map<String, String> c) {
        String unit = c.getOrDefault("unit", rule.unit());
        return switch (unit) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> throw new IllegalStateException("unit " + unit);
        };
    }

    private static Grain grainOf(ChronoUnit unit) {
        return switch (unit) {
            case WEEKS -> Grain.WEEK;
            case MONTHS -> Grain.MONTH;
            case YEARS -> Grain.YEAR;
            default -> Grain.DAY;
        };
    }

    static LocalDate startOf(LocalDate date, ChronoUnit unit) {
        return switch (unit) {
            case WEEKS -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> date.withDayOfMonth(1);
            case YEARS -> date.withDayOfYear(1);
            default -> date;
        };
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

    private static Resolution day(LocalDate date, List<String> warnings) {
        return new Resolution(date, date, Grain.DAY, warnings);
    }

    private static Resolution unresolved(Grain grain) {
        return new Resolution(null, null, grain, List.of(UNRESOLVED));
    }

    private static Integer number(Map<String, String> c, String key) {
        String value = c.get(key);
        return value == null ? null : Integer.valueOf(value);
    }

    /** A year; two digits are read in this century ("14th April 15" → 2015). */
    private static Integer year(Map<String, String> c, String key) {
        Integer year = number(c, key);
        if (year != null && year < 100 && c.get(key).length() == 2) {
            return 2000 + year;
        }
        return year;
    }

    static List<String> plus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
