package org.corroborate.extract.number;

import java.util.List;

import org.corroborate.rules.RuleFile;

/** A rule file of kind {@code durations}. */
public record DurationFile(List<DurationRule> rules, List<String> negativeExamples) implements RuleFile {
    public DurationFile {
        rules = List.copyOf(rules);
        negativeExamples = List.copyOf(negativeExamples);
    }
}
