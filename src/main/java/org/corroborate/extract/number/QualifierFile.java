package org.corroborate.extract.number;

import java.util.List;

import org.corroborate.rules.Problems;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/** A rule file of kind {@code qualifiers}. */
public record QualifierFile(List<QualifierRule> rules, List<String> negativeExamples) implements RuleFile {
    public QualifierFile {
        rules = List.copyOf(rules);
        negativeExamples = List.copyOf(negativeExamples);
    }

    @Override
    public void validate(Problems problems, RulePacks packs) {
        for (int i = 0; i < rules.size(); i++) {
            List<String> phrases = rules.get(i).phrases();
            for (int p = 0; p < phrases.size(); p++) {
                if (phrases.get(p).isBlank()) {
                    problems.at("rules/" + i + "/phrases/" + p, "empty qualifier phrase");
                }
            }
        }
    }
}
