package org.corroborate.extract.number;

import java.util.List;

import org.corroborate.rules.Examples;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Rule;

/**
 * Phrases that hedge or bound a number, all with one {@link Qualifier} effect: {@code phrases}
 * written before it (أكثر من 50), {@code phrases_after} written after it or after the one word it
 * counts (12 شخصا على الأقل, 50 or more). Either list may be empty, not both.
 */
public record QualifierRule(String id, String name, Qualifier effect, @OptionalKey List<String> phrases,
                            @OptionalKey List<String> phrasesAfter, Examples examples) implements Rule {
    public QualifierRule {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        phrasesAfter = phrasesAfter == null ? List.of() : List.copyOf(phrasesAfter);
    }
}
