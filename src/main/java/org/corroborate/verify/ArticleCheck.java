package org.corroborate.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.corroborate.api.Claim;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.ClaimQuery;
import org.corroborate.corpus.PlaceAncestors;

/**
 * Checks every claim of one article: the batch of corpus lookups to run (one per claim, sent in
 * one round trip by the caller), then the comparison of each claim with what came back.
 */
public final class ArticleCheck {
    private final VerifyConfig config;
    private final Verifier verifier;

    /** {@code unnamed}: speakers that name no one (the speech packs' {@code unnamed_speakers}). */
    public ArticleCheck(VerifyConfig config, PlaceComparison places, Predicate<String> unnamed) {
        this.config = config;
        this.verifier = new Verifier(config, places, unnamed);
    }

    /**
     * The contract's defaults; places by gazetteer keys when there are any, else by their words without
     * {@code placeKinds} (the {@code places} packs' words of kind, {@code StatedPlaces.kindWords()}).
     */
    public static ArticleCheck withDefaults(PlaceAncestors places, Predicate<String> unnamed, Set<String> placeKinds) {
        return new ArticleCheck(VerifyConfig.DEFAULTS, PlaceComparison.byKeys(places, placeKinds), unnamed);
    }

    /**
     * The lookups for {@code claims}, keyed by claim id, with the same windows as the comparison (the
     * article's publication date stands in for a missing event date, so the corpus returns only reports
     * the comparison may keep).
     */
    public List<ClaimQuery> queries(CheckedArticle article, List<Claim> claims) {
        return claims.stream().map(c -> ClaimQuery.of(c, article.lang(), article.published(),
                config.dateWindowDays(), config.undatedWindowDays())).toList();
    }

    /** Compares each claim with its hits ({@code hits} keyed as {@link #queries} made them). */
    public CheckReport compare(CheckedArticle article, List<Claim> claims, List<ClaimHits> hits) {
        Map<String, ClaimHits> byKey = hits.stream().collect(Collectors.toMap(ClaimHits::key, Function.identity()));
        ArticleContext context = new ArticleContext(article.lang(), article.published());
        List<ClaimCheck> checks = new ArrayList<>();
        for (Claim claim : claims) {
            ClaimHits found = byKey.get(claim.id());
            checks.add(verifier.check(claim, context, found == null ? List.of() : found.hits()));
        }
        return CheckReport.of(article, checks);
    }
}
