package org.corroborate.extract.date;

import org.corroborate.rules.Examples;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Rule;

/**
 * One date rule: a pattern over the normalised text with placeholders ({@code {day}},
 * {@code {month}}, {@code {month:month2}}, {@code {dir}}, ...; see rules/README.md "Date rules"),
 * and how its captures become a date ({@code resolve}).
 *
 * @param unit   for {@code shift} and {@code period}: {@code day}, {@code week}, {@code month} or
 *               {@code year}, when the pattern does not capture it
 * @param offset for {@code shift} and {@code period}: how many units from the reference date
 *               (multiplied by a captured count {@code n}); a captured {@code dir} overrides its sign
 * @param untilReference for {@code period}: the period ends on the reference date ("so far this month"); for
 *                       {@code date} and {@code shift}: the date runs on to the reference date ("since February 2023",
 *                       "last night")
 * @param fromReference for {@code period}: the period starts on the reference date ("later this month")
 * @param beforeReference for {@code period}: the period ends the day before the reference date ("earlier
 *                        this week": before the day it is said; as Microsoft's Recognizers-Text, whose end
 *                        is exclusive, and both our annotators read it), or on its first day when that is the reference
 * @param anchored for {@code shift}: counted from the day the text named last before it ("the following
 *                 day", "A day earlier", "في اليوم التالي"), not from the reference date; with no single
 *                 day before it in the text, from the reference date; for {@code date}: a day of the month the text
 *                 named last before it ("في الخامس عشر من الشهر نفسه" after "يومي 17 و18 حزيران"), read in that
 *                 month, a fixed day (no anchored shift); for {@code range} of two days and no month: days of that month
 *                 ("between the 10th and 12th of the same month")
 * @param ending for {@code range} with a captured count {@code n} of days: the days end on the rule's day rather than
 *               begin on it ("ended a two-day summit on Saturday" is Friday and Saturday)
 * @param fromEvent for {@code shift}: some days, weeks or months after another event ({@link EventOffsets}):
 *                  {@code clause} counts from a day that event's words name after it ("two days after the quake struck
 *                  on 3 March"); {@code story}, after a verb of coming, from the day the story is at or the day named
 *                  before it in its clause ("The strike came a week after …"); with no such day, none
 * @param marks  what the claim reader ({@code DateClaims}) treats apart in a date the rule reads ({@link Mark}), whatever
 *               its id: {@code part_of}, {@code opening_to_closing}, {@code holiday}, {@code season}, {@code last_night}, {@code length_first},
 *               {@code same_day}
 */
public record DateRule(String id, String name, String pattern, Resolve resolve,
                       @OptionalKey String unit, @OptionalKey Integer offset,
                       @OptionalKey Boolean untilReference, @OptionalKey Boolean fromReference,
                       @OptionalKey Boolean beforeReference, @OptionalKey Boolean anchored,
                       @OptionalKey Boolean ending, @OptionalKey String fromEvent,
                       @OptionalKey java.util.List<Mark> marks,
                       Examples examples) implements Rule {

    /** How captures turn into a date. */
    public enum Resolve {
        /** A calendar date, month or year from day/month/year/weekday captures. */
        DATE,
        /** From day/month/year to day2/month2/year2, inclusive; missing parts are shared. */
        RANGE,
        /** The reference date moved by offset × n units ("yesterday", "two days ago"): a day. */
        SHIFT,
        /** The whole week, month or year offset units from the reference's ("last week"). */
        PERIOD;

        /** YAML writes {@code resolve: date}; accept any case. */
        @com.fasterxml.jackson.annotation.JsonCreator
        public static Resolve of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** What the claim reader treats apart in a date a rule reads ({@code marks: [part_of]}); rules/README.md "Date rules". */
    public enum Mark {
        /** A part of a period ("early March", "نهاية الأسبوع"): a day of it from publication on is not ahead of it. */
        PART_OF,
        /** A stretch by its opening day and its closing day ("opened on March 2 and runs through April 10"): an event while it runs. */
        OPENING_TO_CLOSING,
        /** A feast named alone ("Christmas", «عيد الأضحى»): on its eve, a marker of the calendar. */
        HOLIDAY,
        /** A season ("last winter", «الشتاء الماضي»): without a year, a vague stretch. */
        SEASON,
        /** The night before publication ("overnight", «الليلة الماضية»): the night of the counts that tell it. */
        LAST_NIGHT,
        /**
         * A stretch told by its length before the day it starts («إضرابا لمدة ثلاثة أيام بداية من اليوم», "a three-day strike
         * starting today"): its day ends the date, so the words before that day, the length among them, are what a marker
         * before a date reads; "أعلنت النقابة إضرابا" is no statement's own day.
         */
        LENGTH_FIRST,
        /**
         * The day or night named before it, named again ("on the same day", «خلال الليلة نفسها»): the day an earlier count
         * carries, told again, no dated event of its own.
         */
        SAME_DAY
    }

    /** Whether the packs mark the rule {@code mark} ({@code marks}). */
    public boolean isMarked(Mark mark) {
        return marks != null && marks.contains(mark);
    }

    public boolean endsOnReference() {
        return Boolean.TRUE.equals(untilReference);
    }

    public boolean startsOnReference() {
        return Boolean.TRUE.equals(fromReference);
    }

    public boolean isAnchored() {
        return Boolean.TRUE.equals(anchored);
    }

    public boolean endsOnItsDay() {
        return Boolean.TRUE.equals(ending);
    }

    /** Whether the rule counts from another event's day ({@code from_event}). */
    public boolean countsFromEvent() {
        return fromEvent != null;
    }

    /** Whether the rule may count from the day the story is at ({@code from_event: story}). */
    public boolean countsFromStory() {
        return "story".equals(fromEvent);
    }

    public boolean endsBeforeReference() {
        return Boolean.TRUE.equals(beforeReference);
    }
}
