package org.corroborate.verify;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.QuoteClaim;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportHit;

/**
 * Compares one claim of an article with the reports the corpus found for it, and decides: same
 * event or not, agreement, flags, timeline, verdict (CONTRACT.md "Same event, agreement"). Pure:
 * no Elasticsearch here; the hits come from {@code corpus.elasticsearch.ReportSearch}. A
 * discrepancy is a result (a {@link Flag}), never an exception.
 */
public final class Verifier {
    private final CountCheck counts;
    private final QuoteCheck quotes;
    private final DateCheck dates;

    /** {@code unnamed}: speakers that name no one, which may agree with a report but never contradict one. */
    public Verifier(VerifyConfig config, PlaceComparison places, Predicate<String> unnamed) {
        SameEvent sameEvent = new SameEvent(Objects.requireNonNull(config, "config"), places);
        this.counts = new CountCheck(config, sameEvent);
        this.quotes = new QuoteCheck(config, sameEvent, Objects.requireNonNull(unnamed, "unnamed"));
        this.dates = new DateCheck(sameEvent);
    }

    /**
     * The contract's defaults; places by gazetteer keys when there are any, else by their words without
     * {@code placeKinds} (the {@code places} packs' words of kind, {@code StatedPlaces.kindWords()}).
     */
    public static Verifier withDefaults(PlaceAncestors places, Predicate<String> unnamed, Set<String> placeKinds) {
        return new Verifier(VerifyConfig.DEFAULTS, PlaceComparison.byKeys(places, placeKinds), unnamed);
    }

    public ClaimCheck check(Claim claim, ArticleContext article, List<ReportHit> hits) {
        return switch (claim) {
            case CountClaim count -> counts.check(count, article, hits);
            case QuoteClaim quote -> quotes.check(quote, article, hits);
            case DateClaim date -> dates.check(date, article, hits);
        };
    }
}
