package org.corroborate.verify;

import java.util.List;
import java.util.Objects;

/** A checked article: every claim with its verdict, evidence, flags and timeline, and the tally. */
public record CheckReport(CheckedArticle article, List<ClaimCheck> claims, Summary summary) {
    public CheckReport {
        Objects.requireNonNull(article, "article");
        claims = List.copyOf(claims);
        Objects.requireNonNull(summary, "summary");
    }

    public static CheckReport of(CheckedArticle article, List<ClaimCheck> claims) {
        return new CheckReport(article, claims, Summary.of(claims));
    }
}
