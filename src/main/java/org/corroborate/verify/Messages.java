package org.corroborate.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Count;
import org.corroborate.api.Language;

/**
 * Flag messages and evidence phrases in the article's language ("Wire A (2025-12-14): 2 killed;
 * this article: 3"). At most {@link #SHOWN} reports are named; the rest are counted.
 */
final class Messages {
    static final int SHOWN = 3;

    private final Language lang;

    Messages(Language lang) {
        this.lang = lang;
    }

    String countMismatch(Action action, Count mine, List<CorpusClaim> against) {
        String theirs = list(against, c -> counted(describe(c.count(), c.countValue(), c.approximate()), action.wire()));
        return theirs + separator() + thisArticle() + counted(describe(mine), action.wire());
    }

    /** "9 killed"; in Arabic the noun first ("القتلى 9"), which needs no agreement with the number. */
    private String counted(String count, String action) {
        return ar() ? action(action) + " " + count : count + " " + action;
    }

    String dateMismatch(LocalDate mine, List<CorpusClaim> against) {
        String theirs = list(against, c -> (ar() ? "تاريخ الحدث " : "event on ") + c.dateStart());
        return theirs + separator() + thisArticle() + mine;
    }

    String quoteMismatch(List<CorpusClaim> against) {
        return list(against, c -> (ar() ? "تنقل عن " : "quotes ") + c.speakerText() + ": " + quoted(c.quote()))
                + separator() + (ar() ? "صياغة هذا المقال مختلفة" : "this article's wording differs");
    }

    String speakerMismatch(String mine, List<CorpusClaim> against) {
        return list(against, c -> (ar() ? "تنسب هذا الكلام إلى " : "gives these words to ") + c.speakerText())
                + separator() + thisArticle() + mine;
    }

    /** What a report's count claim says, for evidence ("at least 11 killed"). */
    String says(CorpusClaim c) {
        if (c.count() != null) {
            return counted(describe(c.count(), c.countValue(), c.approximate()), c.action());
        }
        return c.quote() == null ? null : c.speakerText() + ": " + quoted(c.quote());
    }

    String describe(Count count) {
        if (count.value() != null) {
            String n = count.value().toString();
            return count.approximate() ? (ar() ? "نحو " : "about ") + n : n;
        }
        return describe(Interval.of(count, 0), null, false);
    }

    private String describe(Interval interval, Long value, boolean approximate) {
        if (value != null) {
            return approximate ? (ar() ? "نحو " : "about ") + value : value.toString();
        }
        if (interval.upper() == Interval.UNBOUNDED) {
            return ar() ? interval.lower() + " على الأقل" : "at least " + interval.lower();
        }
        if (interval.lower() == interval.upper()) {
            return Long.toString(interval.lower());
        }
        return ar() ? "بين " + interval.lower() + " و" + interval.upper()
                : "between " + interval.lower() + " and " + interval.upper();
    }

    private String action(String wire) {
        if (!ar()) {
            return wire;
        }
        return switch (wire) {
            case "killed" -> "القتلى";
            case "wounded" -> "الجرحى";
            case "missing" -> "المفقودون";
            case "kidnapped" -> "المخطوفون";
            case "displaced" -> "النازحون";
            case "arrested" -> "الموقوفون";
            default -> wire;
        };
    }

    private String list(List<CorpusClaim> reports, java.util.function.Function<CorpusClaim, String> what) {
        String shown = reports.stream().limit(SHOWN)
                .map(c -> c.outlet() + " (" + c.published() + "): " + what.apply(c))
                .collect(Collectors.joining(separator()));
        int more = reports.size() - SHOWN;
        if (more > 0) {
            shown += ar() ? " (وتقارير أخرى: " + more + ")" : " (and " + more + " more)";
        }
        return shown;
    }

    private String quoted(String quote) {
        return ar() ? "«" + quote + "»" : "\u201C" + quote + "\u201D";
    }

    private String thisArticle() {
        return ar() ? "هذا المقال: " : "this article: ";
    }

    private String separator() {
        return ar() ? "؛ " : "; ";
    }

    private boolean ar() {
        return lang == Language.AR;
    }
}
