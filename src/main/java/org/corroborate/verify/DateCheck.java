package org.corroborate.verify;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.DateClaim;
import org.corroborate.corpus.ReportHit;

/** Checks a dated event that no count or quote carries: same event, then the date votes as for counts. */
final class DateCheck {
    private final SameEvent sameEvent;

    DateCheck(SameEvent sameEvent) {
        this.sameEvent = sameEvent;
    }

    private record Found(CorpusClaim report, EventMatch match) {
        Evidence evidence() {
            return new Evidence(report.reportId().value(), report.source(), report.published(), report.url(),
                    report.lang().code(), report.claimId(), null, report.sentence(), List.of(), !match.dateOff(),
                    false, Evidence.Match.of(match));
        }
    }

    /**
     * A dated event with neither its kind nor its place matched is only a day near another day:
     * "a general strike on Friday" is not the same event as "the group claimed the attack on
     * Tuesday" because both fall within the window.
     */
    private static boolean onMoreThanTheDate(EventMatch match) {
        return match.on().contains("event") || match.on().contains("place");
    }

    /**
     * A report may date several events that pass for this one ("other" is compatible with every kind):
     * the one of the same kind speaks for it, then the one nearest in date, then the first.
     */
    private static java.util.Comparator<Found> preference(DateClaim claim) {
        String kind = claim.event() == null ? null : claim.event().kind().wire();
        return java.util.Comparator.comparing((Found f) -> kind == null || !kind.equals(f.report().eventKind()))
                .thenComparingInt(f -> f.match().daysApart() == null ? Integer.MAX_VALUE : f.match().daysApart());
    }

    ClaimCheck check(DateClaim claim, ArticleContext article, List<ReportHit> hits) {
        SameEvent.Side side = new SameEvent.Side(claim.event() == null ? null : claim.event().kind().wire(),
                claim.date(), null, article.lang(), article.published());
        Messages messages = new Messages(article.lang());
        Votes dates = new Votes();
        List<Evidence> evidence = new ArrayList<>();
        for (ReportHit hit : hits) {
            hit.claims().stream().map(slots -> CorpusClaim.of(hit, slots))
                    .filter(c -> "date".equals(c.type()) && c.hasDate())
                    .map(c -> new Found(c, sameEvent.compare(side, c)))
                    .filter(f -> f.match().same() && onMoreThanTheDate(f.match()))
                    .min(preference(claim))
                    .ifPresent(f -> {
                        dates.add(f.report(), !f.match().dateOff());
                        evidence.add(f.evidence());
                    });
        }
        if (evidence.isEmpty()) {
            return ClaimCheck.unverified(claim);
        }
        List<Flag> flags = dates.flags()
                ? List.of(Flag.of(claim.id(), FlagKind.DATE_MISMATCH,
                        messages.dateMismatch(claim.date().start(), dates.disagreeing()), dates.disagreeingIds()))
                : List.of();
        Verdict verdict = !flags.isEmpty() ? Verdict.CONTRADICTED
                : dates.agree() > 0 ? Verdict.CORROBORATED : Verdict.UNVERIFIED;
        return new ClaimCheck(claim, verdict, evidence, dates.agree(), dates.disagree(), flags, List.of());
    }
}
