package org.corroborate.extract.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.corroborate.api.Grain;

/**
 * Some days, weeks or months after another event ("two days after the earthquake struck on 3 March", "The strike came two
 * weeks after …", «بعد ثلاثة أيام من الزلزال الذي ضرب المنطقة في 3 مارس»: the packs' rules with {@code from_event}), resolved
 * from the one day that fixes them:
 * <ol>
 * <li>a single day named before it in its clause: for a {@code story} rule, after a verb of coming ("On Tuesday the vote
 * came three months after …"), the other event lies the offset before it; a {@code clause} rule gives none (read back
 * so in rel41, it gave held-out sets false dates);</li>
 * <li>a day the other event's own words name right after it, in its clause: the clause's event lies the offset after it
 * ("Two days after the earthquake struck on 3 March, rescuers …": 5 March); a {@code story} rule gives none then, both
 * events having their days;</li>
 * <li>for a {@code story} rule, the (past) day the story is at: the other event lies the offset before it ("It comes a
 * week after the State Department sanctioned 12 tankers").</li>
 * </ol>
 * Days and weeks give a day; months and years the whole month or year the day falls in (a writer gives no day by them).
 * With none of these days the phrase gives no date ({@link #UNANCHORED}).
 */
final class EventOffsets {

    /** The warning of an offset from another event that no day of the text fixes: no date. */
    static final String UNANCHORED = "unanchored-offset";

    /** How far before the offset the day of its clause may stand ("on Monday, seven months after"). */
    private static final int BEFORE_WINDOW = 160;

    /** How far after the offset the other event's day may stand ("two days after the earthquake struck on "). */
    private static final int AFTER_WINDOW = 90;

    /** A mark or a joining word that opens another clause between the offset and a day. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[.;:!?؛؟\\n]|[,،] ?(?:and|but|while|whereas|و|ف|بينما|فيما)(?![\\p{L}])",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** A mark between the offset and the other event's day: the day is no more of its words. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("[.,;:!?،؛؟\\n]");

    private EventOffsets() {
    }

    /** A day named in the text, where it is in the normalised text, and whether its rule counted from another day. */
    record Named(int start, int end, DateResolver.Resolution resolution, boolean anchored) {
        boolean singleDay() {
            return resolution.start() != null && resolution.start().equals(resolution.end()) && resolution.grain() == Grain.DAY;
        }
    }

    /**
     * The date of an offset from another event at {@code s[start, end)}: from the day {@code before} it (the last single day
     * named before it, or null), the day {@code after} it (the next date named after it, or null) or the story's day
     * {@code story} (or null); with none, the reference reading {@code fallback} with the {@link #UNANCHORED} warning.
     */
    static DateResolver.Resolution resolve(DateResolver resolver, DateRule rule, Map<String, String> captures, String s,
                                           int start, int end, Named before, Named after, LocalDate story,
                                           DateResolver.Resolution fallback) {
        if (before != null && before.singleDay() && before.end() <= start && start - before.end() <= BEFORE_WINDOW
                && !CLAUSE_BREAK.matcher(s.substring(before.end(), start)).find()) {
            // "came on Monday, a week after …" counts back from the Monday; a clause rule gives none: "Parliament on Tuesday
            // passed the budget, three months after the ceasefire took effect" was read back from the Tuesday in rel41 and
            // gave held-out sets false dates (the clause's day is not always the other event's anchor)
            return rule.countsFromStory() ? whole(rule, captures, resolver.resolve(rule, captures, before.resolution().start(), false))
                    : unanchored(rule, captures, fallback);
        }
        if (rule.countsFromStory() && after != null && after.resolution().start() != null && after.start() >= end
                && after.start() - end <= AFTER_WINDOW && !PHRASE_BREAK.matcher(s.substring(end, after.start())).find()) {
            return unanchored(rule, captures, fallback); // "came a week after the junta extended a curfew until the end of July"
        }
        if (after != null && !after.anchored() && after.singleDay() && after.start() >= end
                && after.start() - end <= AFTER_WINDOW && !PHRASE_BREAK.matcher(s.substring(end, after.start())).find()) {
            if (rule.countsFromStory()) {
                return unanchored(rule, captures, fallback);
            }
            LocalDate day = after.resolution().start();
            DateResolver.Resolution back = resolver.resolve(rule, captures, day, false);
            if (back == null || back.start() == null) {
                return unanchored(rule, captures, fallback);
            }
            // the other way: as far after the other event's day as the rule counts before it
            long days = ChronoUnit.DAYS.between(back.start(), day);
            ChronoUnit unit = unit(rule, captures);
            LocalDate moved = unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS ? day.plusDays(days)
                    : day.plus(ChronoUnit.MONTHS.between(back.start().withDayOfMonth(1), day.withDayOfMonth(1)), ChronoUnit.MONTHS);
            return whole(rule, captures, DateResolver.day(moved, List.of()));
        }
        if (rule.countsFromStory() && story != null) {
            return whole(rule, captures, resolver.resolve(rule, captures, story, false));
        }
        return unanchored(rule, captures, fallback);
    }

    private static DateResolver.Resolution unanchored(DateRule rule, Map<String, String> captures, DateResolver.Resolution fallback) {
        DateResolver.Resolution r = whole(rule, captures, fallback);
        if (r == null) {
            return null; // no reference reading either (no publication day): nothing to leave unresolved
        }
        return new DateResolver.Resolution(r.start(), r.end(), r.grain(), DateResolver.plus(r.warnings(), List.of(UNANCHORED)));
    }

    /** A day moved by months or years as the whole month or year it falls in; by days or weeks, the day. */
    private static DateResolver.Resolution whole(DateRule rule, Map<String, String> captures, DateResolver.Resolution r) {
        if (r == null || r.start() == null) {
            return r;
        }
        return switch (unit(rule, captures)) {
            case MONTHS -> new DateResolver.Resolution(r.start().withDayOfMonth(1),
                    r.start().with(TemporalAdjusters.lastDayOfMonth()), Grain.MONTH, r.warnings());
            case YEARS -> new DateResolver.Resolution(r.start().withDayOfYear(1),
                    r.start().with(TemporalAdjusters.lastDayOfYear()), Grain.YEAR, r.warnings());
            default -> r;
        };
    }

    private static ChronoUnit unit(DateRule rule, Map<String, String> captures) {
        String unit = captures.getOrDefault("unit", rule.unit());
        return unit == null ? ChronoUnit.DAYS : RelativeDates.unitOf(unit);
    }
}
