package org.corroborate.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Grain;
import org.corroborate.extract.date.DatePolicy.Direction;
import org.corroborate.extract.date.DateResolver.Resolution;

/**
 * Dates counted from the reference date: a shift ("yesterday", "two days ago": a day) and a
 * period ("last week": the whole Monday..Sunday; "the last two months"; "earlier this month").
 */
final class RelativeDates {
    private RelativeDates() {
    }

    static Resolution shift(DateRule rule, Map<String, String> c, LocalDate reference) {
        if (reference == null) {
            return DateResolver.unresolved(Grain.DAY);
        }
        return DateResolver.day(reference.plus(steps(rule, c), unit(rule, c)), List.of());
    }

    static Resolution period(DateRule rule, Map<String, String> c, LocalDate reference) {
        ChronoUnit unit = unit(rule, c);
        Grain grain = grainOf(unit);
        if (reference == null) {
            return DateResolver.unresolved(grain);
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
        if (rule.endsBeforeReference() && !reference.isAfter(end)) {
            end = reference.isAfter(start) ? reference.minusDays(1) : start;
        }
        if (rule.startsOnReference() && reference.isAfter(start)) {
            start = reference;
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
        return unitOf(c.getOrDefault("unit", rule.unit()));
    }

    static ChronoUnit unitOf(String unit) {
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
}
