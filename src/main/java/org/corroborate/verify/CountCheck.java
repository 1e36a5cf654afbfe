package org.corroborate.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.corroborate.api.CountClaim;
import org.corroborate.corpus.ReportHit;

/**
 * Checks a count claim (CONTRACT.md "Same event, agreement"): reports of the same event and the
 * same action; a part only against parts of the same category, a whole only against wholes;
 * counts agree when their intervals intersect; a higher toll in a report published after the
 * article is a timeline entry; one vote per outlet, a flag when the disagreeing outlets are at
 * least as many as the agreeing ones. Dates of the same event 1..window days apart vote on a
 * {@code date_mismatch} the same way.
 */
final class CountCheck {
    private final VerifyConfig config;
    private final SameEvent sameEvent;

    CountCheck(VerifyConfig config, SameEvent sameEvent) {
        this.config = config;
        this.sameEvent = sameEvent;
    }

    /** One report's claim chosen for the article claim, and how it stands. */
    private record Weighed(CorpusClaim report, EventMatch match, boolean countAgrees, boolean later) {
        boolean agrees() {
            return countAgrees && !match.dateOff();
        }
    }

    ClaimCheck check(CountClaim claim, ArticleContext article, List<ReportHit> hits) {
        Interval mine = Interval.of(claim.count(), config.approximateFraction());
        SameEvent.Side side = new SameEvent.Side(claim.event() == null ? null : claim.event().kind().wire(),
                claim.date(), claim.location(), article.lang(), article.published());
        List<Weighed> weighed = new ArrayList<>();
        for (ReportHit hit : hits) {
            weigh(claim, mine, side, article, hit).ifPresent(weighed::add);
        }
        return decide(claim, article, weighed);
    }

    private Optional<Weighed> weigh(CountClaim claim, Interval mine, SameEvent.Side side, ArticleContext article,
                                    ReportHit hit) {
        return hit.claims().stream().map(slots -> CorpusClaim.of(hit, slots))
                .filter(c -> comparable(claim, c))
                .map(c -> new Weighed(c, sameEvent.compare(side, c), mine.intersects(c.count()),
                        later(article, c) && mine.below(c.count())))
                .filter(w -> w.match().same())
                .min(preference(claim));
    }

    /** The report claim that speaks for the report: an agreeing one first, then one of the same category. */
    private static Comparator<Weighed> preference(CountClaim claim) {
        String category = claim.subject().category().wire();
        return Comparator.comparing((Weighed w) -> !w.countAgrees())
                .thenComparing(w -> !category.equals(w.report().category()));
    }

    /** Same action; a part only with parts of the same category, a whole only with wholes. */
    static boolean comparable(CountClaim claim, CorpusClaim other) {
        if (other.count() == null || !claim.action().wire().equals(other.action())) {
            return false;
        }
        boolean part = claim.partOf() != null;
        if (part != other.partOf()) {
            return false;
        }
        return !part || claim.subject().category().wire().equals(other.category());
    }

    private static boolean later(ArticleContext article, CorpusClaim report) {
        return article.published() != null && report.published() != null
                && report.published().isAfter(article.published());
    }

    private ClaimCheck decide(CountClaim claim, ArticleContext article, List<Weighed> weighed) {
        if (weighed.isEmpty()) {
            return ClaimCheck.unverified(claim);
        }
        Messages messages = new Messages(article.lang());
        Votes counts = new Votes();
        Votes dates = new Votes();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Weighed w : weighed) {
            if (w.later()) {
                timeline.add(new TimelineEntry(w.report().published(), count(w.report()), w.report().reportId().value()));
            } else {
                counts.add(w.report(), w.countAgrees());
            }
            if (w.match().daysApart() != null && claim.date().role() == org.corroborate.api.ClaimDate.Role.EVENT) {
                dates.add(w.report(), !w.match().dateOff());
            }
        }
        List<Flag> flags = flags(claim, counts, dates, messages);
        List<Evidence> evidence = weighed.stream().map(w -> evidence(w, messages)).toList();
        Verdict verdict = !flags.isEmpty() ? Verdict.CONTRADICTED
                : counts.agree() > 0 || dates.agree() > 0 ? Verdict.CORROBORATED : Verdict.UNVERIFIED;
        return new ClaimCheck(claim, verdict, evidence, counts.agree(), counts.disagree(), flags, timeline);
    }

    private static List<Flag> flags(CountClaim claim, Votes counts, Votes dates, Messages messages) {
        List<Flag> flags = new ArrayList<>();
        if (counts.flags()) {
            flags.add(Flag.of(claim.id(), FlagKind.COUNT_MISMATCH,
                    messages.countMismatch(claim.action(), claim.count(), counts.disagreeing()), counts.disagreeingIds()));
        }
        if (dates.flags()) {
            flags.add(Flag.of(claim.id(), FlagKind.DATE_MISMATCH,
                    messages.dateMismatch(claim.date().start(), dates.disagreeing()), dates.disagreeingIds()));
        }
        return flags;
    }

    private static CountClaim.Count count(CorpusClaim report) {
        if (report.countValue() != null) {
            return new CountClaim.Count(report.countValue(), null, null, report.approximate());
        }
        Interval i = report.count();
        return new CountClaim.Count(null, i.lower(), i.upper() == Interval.UNBOUNDED ? null : i.upper(), false);
    }

    private static Evidence evidence(Weighed w, Messages messages) {
        CorpusClaim c = w.report();
        return new Evidence(c.reportId().value(), c.source(), c.published(), c.url(), c.lang().code(), c.claimId(),
                messages.says(c), c.sentence(), Snippets.marksFor(c), w.agrees(), w.later(),
                Evidence.Match.of(w.match()));
    }
}
