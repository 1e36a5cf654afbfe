package org.corroborate.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Claim;
import org.corroborate.api.Language;
import org.corroborate.extract.quote.QuoteFinder;
import org.corroborate.rules.RulePacks;

/**
 * Turns an article's text into the claims an editor would check, with deterministic ids
 * {@code c1}..{@code cn} in span order (CONTRACT.md "Claims").
 *
 * <p>Issue 5 in progress: quotes with their speakers are extracted; counts (casualties,
 * arrests) and dated events join as the number and date recognisers land.
 */
public final class ClaimExtractor {
    private final Map<Language, QuoteFinder> quotes = new EnumMap<>(Language.class);

    public ClaimExtractor(RulePacks packs) {
        for (Language language : Language.values()) {
            quotes.put(language, QuoteFinder.of(packs, language));
        }
    }

    public List<Claim> extract(String text, Language language, LocalDate published) {
        List<Claim> claims = new ArrayList<>(quotes.get(language).find(text));
        claims.sort(Comparator.comparingInt((Claim c) -> c.span().start()).thenComparingInt(c -> -c.span().end()));
        List<Claim> numbered = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            numbered.add(claims.get(i).withId("c" + (i + 1)));
        }
        return numbered;
    }
}
