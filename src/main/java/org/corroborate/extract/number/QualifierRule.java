package org.corroborate.extract.number;

import java.util.List;

import org.corroborate.rules.Examples;
import org.corroborate.rules.Rule;

/** Phrases written before a number that hedge or bound it, all with one {@link Qualifier} effect. */
public record QualifierRule(String id, String name, Qualifier effect, List<String> phrases, Examples examples)
        implements Rule {
    public QualifierRule {
        phrases = List.copyOf(phrases);
    }
}
