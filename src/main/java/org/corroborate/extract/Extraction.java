package org.corroborate.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Article;
import org.corroborate.api.Claim;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.Paragraph;
import org.corroborate.api.ParagraphRole;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.rules.RulePacks;

/**
 * The whole extraction of an article, built once from the rule packs and safe to share between
 * threads: its mentions (numbers, ordinals, durations, dates) and its claims, with the claims
 * found in the title marked {@code in_title}.
 */
public final class Extraction {
    private final Map<Language, NumberRecognizer> numbers = new EnumMap<>(Language.class);
    private final ClaimExtractor claims;

    public Extraction(RulePacks packs) {
        for (Language language : Language.values()) {
            numbers.put(language, NumberRecognizer.of(packs, language));
        }
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
        List<Mention> mentions = mentions(article);
        List<Claim> found = claims.extract(article.text(), article.lang(), article.published());
        List<Claim> marked = new ArrayList<>(found.size());
        for (Claim claim : found) {
            marked.add(inTitle(article, claim) ? ClaimExtractor.markedInTitle(claim) : claim);
        }
        return new Result(article, mentions, marked);
    }

    /** Every number, ordinal, duration and date of the article, in span order. */
    public List<Mention> mentions(Article article) {
        List<Mention> out = new ArrayList<>(numbers.get(article.lang()).find(article.text()));
        out.addAll(claims.dates(article.text(), article.lang(), article.published()));
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
