package org.corroborate.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.Claim;
import org.corroborate.api.Mention;
import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;
import org.corroborate.rules.RulePacks;

/**
 * The whole extraction of an article, built once from the rule packs and safe to share between
 * threads: its mentions (numbers, ordinals, durations, dates) and its claims, with the claims
 * found in the title marked {@code in_title}.
 */
public final class Extraction {
    private final ClaimExtractor claims;

    public Extraction(RulePacks packs) {
        this.claims = new ClaimExtractor(packs);
    }

    /** What was found in one article. */
    public record Result(Article article, List<Mention> mentions, List<Claim> claims) {
        public Result {
            mentions = List.copyOf(mentions);
            claims = List.copyOf(claims);
        }
    }

    public Result of(Article article) {
        ClaimExtractor.Found mentions = claims.find(article.text(), article.lang(), article.published());
        List<Claim> found = claims.extract(article.text(), article.lang(), article.published(), mentions);
        List<Claim> marked = new ArrayList<>(found.size());
        for (Claim claim : found) {
            marked.add(inTitle(article, claim) ? ClaimExtractor.markedInTitle(claim) : claim);
        }
        return new Result(article, inSpanOrder(mentions), marked);
    }

    /** Every number, ordinal, duration and date, in span order. */
    private static List<Mention> inSpanOrder(ClaimExtractor.Found found) {
        List<Mention> out = new ArrayList<>(found.numbers());
        out.addAll(found.dates());
        out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> -m.span().end()));
        return out;
    }

    private static boolean inTitle(Article article, Claim claim) {
        for (Paragraph p : article.paragraphs()) {
            if (p.role() == ParagraphRole.TITLE && claim.span().start() >= p.start() && claim.span().end() <= p.end()) {
                return true;
            }
        }
        return false;
    }
}
