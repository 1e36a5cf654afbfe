package org.corroborate.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corroborate.api.DateMention;
import org.corroborate.api.Language;
import org.corroborate.rules.Example;
import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs every example of every date rule (rules/**&#47;date*.yaml) through the recogniser, under the
 * news policy, in every language whose packs include the file. A positive example must yield
 * exactly one date, found by its own rule, ending where the text ends (a leading word the rule
 * reads as context, such as "in" of "in 2014", may stay outside the span), with the expected
 * start, end, grain and warnings. A rule's negative example must not be found by that rule; a
 * file's negative examples must yield no date at all.
 */
class DateRuleExamplesTest {
    private static final RulePacks PACKS = ShippedRules.packs();
    private static final Map<Language, DateRecognizer> RECOGNIZERS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            RECOGNIZERS.put(language, DateRecognizer.of(PACKS, language, DatePolicy.NEWS));
        }
    }

    record Case(Language language, DateRule rule, Example example) {
    }

    static Stream<Arguments> positives() {
        List<Arguments> out = new ArrayList<>();
        forEachRule((language, rule) -> rule.examples().positive().forEach(example -> out.add(Arguments.of(
                Named.of(language + " " + rule.id() + ": " + example.text(), new Case(language, rule, example))))));
        return out.stream();
    }

    static Stream<Arguments> negatives() {
        List<Arguments> out = new ArrayList<>();
        forEachRule((language, rule) -> rule.examples().negative().forEach(text -> out.add(Arguments.of(
                Named.of(language + " " + rule.id() + ": " + text, new Case(language, rule, new Example(text, null, "2025-12-19")))))));
        return out.stream();
    }

    static Stream<Arguments> fileNegatives() {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            for (DateRuleFile file : PACKS.forLanguage(language, DateRuleFile.class)) {
                file.negativeExamples().forEach(text -> out.add(Arguments.of(language, text)));
            }
        }
        return out.stream();
    }

    private static void forEachRule(java.util.function.BiConsumer<Language, DateRule> action) {
        for (Language language : Language.values()) {
            for (DateRuleFile file : PACKS.forLanguage(language, DateRuleFile.class)) {
                file.rules().forEach(rule -> action.accept(language, rule));
            }
        }
    }

    @Test
    void everyDateRuleHasExamplesAndTheShippedPacksHaveDateRules() {
        assertThat(positives()).hasSizeGreaterThan(60);
        assertThat(negatives()).isNotEmpty();
        assertThat(fileNegatives()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void positiveExampleYieldsItsDate(Case c) {
        LocalDate reference = c.example().reference() == null ? null : LocalDate.parse(c.example().reference());
        String text = c.example().text();
        List<DateMention> found = RECOGNIZERS.get(c.language()).find(text, reference);
        assertThat(found).as("dates in '%s'", text).hasSize(1);
        DateMention mention = found.get(0);
        assertThat(mention.rule()).isEqualTo(c.rule().id());
        assertThat(mention.span().end()).isEqualTo(text.stripTrailing().length());
        assertThat(text.substring(0, mention.span().start())).matches("(\\S+ )?");
        Map<String, JsonNode> expected = c.example().expected();
        assertThat(mention.start()).hasToString(expected.get("start").asText());
        assertThat(mention.end()).hasToString(expected.get("end").asText());
        assertThat(mention.grain().wire()).isEqualTo(expected.get("grain").asText());
        List<String> warnings = new ArrayList<>();
        if (expected.containsKey("warnings")) {
            expected.get("warnings").forEach(w -> warnings.add(w.asText()));
        }
        assertThat(mention.warnings()).isEqualTo(warnings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void negativeExampleIsNotFoundByItsRule(Case c) {
        List<DateMention> found = RECOGNIZERS.get(c.language()).find(c.example().text(), LocalDate.parse("2025-12-19"));
        assertThat(found).extracting(DateMention::rule).doesNotContain(c.rule().id());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fileNegatives")
    void fileNegativeExampleHasNoDate(Language language, String text) {
        assertThat(RECOGNIZERS.get(language).find(text, LocalDate.parse("2025-12-19"))).isEmpty();
    }
}
