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
            QualifierRule rule = rules.get(i);
            if (rule.phrases().isEmpty() && rule.phrasesAfter().isEmpty()) {
                problems.at("rules/" + i, "rule " + rule.id() + " needs 'phrases' or 'phrases_after'");
            }
            checkBlank(problems, "rules/" + i + "/phrases/", rule.phrases());
            checkBlank(problems, "rules/" + i + "/phrases_after/", rule.phrasesAfter());
        }
    }

    private static void checkBlank(Problems problems, String path, List<String> phrases) {
        for (int p = 0; p < phrases.size(); p++) {
            if (phrases.get(p).isBlank()) {
                problems.at(path + p, "empty qualifier phrase");
            }
        }
    }
}
