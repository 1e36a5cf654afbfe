package org.corroborate.extract.number;

import java.util.List;

import org.corroborate.rules.Problems;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/** A rule file of kind {@code numbers}: lexicons and patterns of the number grammar. */
public record NumberFile(List<NumberRule> rules, List<String> negativeExamples) implements RuleFile {
    public NumberFile {
        rules = List.copyOf(rules);
        negativeExamples = List.copyOf(negativeExamples);
    }

    @Override
    public void validate(Problems problems, RulePacks packs) {
        checkRoles(problems);
        checkRepeatedWords(problems);
    }

    /** A word written twice for one role (after normalisation: أربعة and اربعه are one) is a mistake. */
    private void checkRepeatedWords(Problems problems) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            NumberRule rule = rules.get(i);
            for (String word : rule.words().keySet()) {
                String key = rule.role() + " " + (rule.role() == NumberRole.DIGIT_SUFFIX ? word : Lexicon.key(word));
                String first = seen.putIfAbsent(key, rule.id());
                if (first != null) {
                    problems.at("rules/" + i + "/words/" + word, "'" + word + "' is listed twice as "
                            + rule.role().name().toLowerCase(java.util.Locale.ROOT) + " (also in " + first + ")");
                }
            }
        }
    }

    private void checkRoles(Problems problems) {
        for (int i = 0; i < rules.size(); i++) {
            NumberRule rule = rules.get(i);
            String path = "rules/" + i;
            switch (rule.role()) {
                case DIGITS -> require(problems, path, rule, rule.pattern() != null, "pattern");
                case VAGUE -> {
                    require(problems, path, rule, !rule.ranges().isEmpty(), "ranges");
                    rule.ranges().forEach((word, range) -> {
                        if (range.size() != 2 || range.get(0).compareTo(range.get(1)) > 0) {
                            problems.at(path + "/ranges/" + word, "range of '" + word + "' must be [min, max] with min <= max");
                        }
                    });
                }
                case CLITIC, CONNECTOR, NOT_A_NUMBER, ARTICLE, LINK, DECIMAL_POINT, MINUS, FRACTION_BAR,
                     DUAL_NOUN, DUAL_ENDING, RESTATEMENT, DIVIDED_BY, POWER, PERCENT, ATTACHED_UNIT ->
                        require(problems, path, rule, !rule.forms().isEmpty(), "forms");
                default -> require(problems, path, rule, !rule.words().isEmpty(), "words");
            }
            if (rule.role() == NumberRole.RESTATEMENT && rule.forms().size() != 2) {
                problems.at(path + "/forms", "restatement needs exactly two forms: the opening and the closing bracket");
            }
        }
    }

    private static void require(Problems problems, String path, NumberRule rule, boolean present, String key) {
        if (!present) {
            problems.at(path, "rule " + rule.id() + " with role " + rule.role().name().toLowerCase(java.util.Locale.ROOT)
                    + " needs '" + key + "'");
        }
    }
}
