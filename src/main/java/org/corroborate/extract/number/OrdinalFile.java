package org.corroborate.extract.number;

import java.util.List;

import org.corroborate.rules.Problems;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/** A rule file of kind {@code ordinals}. */
public record OrdinalFile(List<OrdinalRule> rules, List<String> negativeExamples) implements RuleFile {
    public OrdinalFile {
        rules = List.copyOf(rules);
        negativeExamples = List.copyOf(negativeExamples);
    }

    @Override
    public void validate(Problems problems, RulePacks packs) {
        for (int i = 0; i < rules.size(); i++) {
            OrdinalRule rule = rules.get(i);
            boolean needsForms = rule.role() == OrdinalRole.DIGIT_SUFFIX || rule.role() == OrdinalRole.DEFINITE_TENS;
            if (needsForms ? rule.forms().isEmpty() : rule.words().isEmpty()) {
                problems.at("rules/" + i, "rule " + rule.id() + " needs '" + (needsForms ? "forms" : "words") + "'");
            }
        }
    }
}
