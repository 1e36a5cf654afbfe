package org.corroborate.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corroborate.api.Claim;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.ClaimQuery;

/**
 * Checks every claim of one article: the batch of corpus lookups to run (one per claim, sent in
 * one round trip by the caller), then the comparison of each claim with what came back.
 */
public final class ArticleCheck {
    private final Verifier verifier;

    public ArticleCheck(Verifier verifier) {
        this.verifier = verifier;
    }

    /** The lookups for {@code claims}, keyed by claim id. */
    public static List<ClaimQuery> queries(CheckedArticle article, List<Claim> claims) {
        return claims.stream().map(c -> ClaimQuery.of(c, article.lang())).toList();
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
