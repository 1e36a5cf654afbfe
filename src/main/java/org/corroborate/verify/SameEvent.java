package org.corroborate.verify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim.EventKind;
import org.corroborate.api.CountClaim.Location;
import org.corroborate.api.Language;

/**
 * The same-event decision (CONTRACT.md "Same event"): compatible event kinds, places equal or
 * nested, event dates within the window (1..window days apart: the same event, with a date
 * mismatch). A slot either claim lacks is not used, and the decision says so. When neither claim
 * has an event date, the publication dates stand in for it, more strictly: a report is evidence
 * only when it was published within the window of the article (or, when one claim has a date,
 * from that date to the window's end), so that a claim without date is never compared with
 * an event a week away.
 */
public final class SameEvent {
    private static final Set<String> VIOLENCE = Set.of("attack", "bombing", "airstrike", "shelling", "clashes",
            "raid", "shooting");

    private final VerifyConfig config;
    private final PlaceComparison places;

    public SameEvent(VerifyConfig config, PlaceComparison places) {
        this.config = config;
        this.places = places;
    }

    /** What the article states about its claim's event. Every field may be {@code null}. */
    public record Side(String eventKind, ClaimDate date, Location location, Language lang, LocalDate published) {
    }

    public EventMatch compare(Side article, CorpusClaim report) {
        List<String> on = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (!kindsCompatible(article.eventKind(), report.eventKind(), on, missing)) {
            return EventMatch.other(on, missing);
        }
        Location reportPlace = report.locationText() == null ? null
                : new Location(report.locationText(), report.locationKey());
        switch (places.compare(article.location(), reportPlace, article.lang() == report.lang())) {
            case OTHER -> {
                on.add("place");
                return EventMatch.other(on, missing);
            }
            case SAME -> on.add("place");
            case UNKNOWN -> missing.add("place");
        }
        return dated(article, report, on, missing);
    }

    static boolean compatibleKinds(String a, String b) {
        return a.equals(b) || a.equals("other") || b.equals("other") || VIOLENCE.contains(a) && VIOLENCE.contains(b);
    }

    private static boolean kindsCompatible(String article, String report, List<String> on, List<String> missing) {
        if (article == null || report == null) {
            missing.add("event");
            return true;
        }
        on.add("event");
        return compatibleKinds(article, report);
    }

    private EventMatch dated(Side article, CorpusClaim report, List<String> on, List<String> missing) {
        int window = config.dateWindowDays();
        if (article.date() != null && report.hasDate()) {
            on.add("date");
            long gap = gap(article.date().start(), article.date().end(), report.dateStart(), report.dateEnd());
            return gap > window ? EventMatch.other(on, missing) : new EventMatch(true, (int) gap, on, missing);
        }
        missing.add("date");
        if (!published(article, report, window, config.undatedWindowDays())) {
            on.add("published");
            return EventMatch.other(on, missing);
        }
        if (article.published() != null && report.published() != null) {
            on.add("published");
        }
        return new EventMatch(true, null, on, missing);
    }

    /** Publication dates standing in for a missing event date. */
    private static boolean published(Side article, CorpusClaim report, int window, int undatedWindow) {
        if (article.date() != null) {
            return report.published() == null || within(report.published(), article.date().start(),
                    article.date().end().plusDays(window));
        }
        if (article.published() == null || report.published() == null) {
            return true;
        }
        if (report.hasDate()) {
            return within(article.published(), report.dateStart(), report.dateEnd().plusDays(window));
        }
        return Math.abs(ChronoUnit.DAYS.between(article.published(), report.published())) <= undatedWindow;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Days between two inclusive ranges; 0 when they overlap. */
    static long gap(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        if (aEnd.isBefore(bStart)) {
            return ChronoUnit.DAYS.between(aEnd, bStart);
        }
        if (bEnd.isBefore(aStart)) {
            return ChronoUnit.DAYS.between(bEnd, aStart);
        }
        return 0;
    }
}
