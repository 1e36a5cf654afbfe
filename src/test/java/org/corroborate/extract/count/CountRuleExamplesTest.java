package org.corroborate.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.api.CountClaim;
import org.corroborate.api.Language;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.rules.Example;
import org.corroborate.rules.Rule;
import org.corroborate.rules.RulePacks;
import org.corroborate.testing.ShippedRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every example beside every rule of the {@code claims} packs, run through the finder. */
class CountRuleExamplesTest {
    static final RulePacks PACKS = ShippedRules.packs();

    static List<CountClaim> find(Language language, String text) {
        return CountClaimFinder.of(PACKS, language, org.corroborate.gazetteer.Gazetteer.of(PACKS)).find(text, NumberRecognizer.of(PACKS, language).find(text), List.of());
    }

    static Stream<Arguments> rules() {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            for (CountRules file : PACKS.forLanguage(language, CountRules.class)) {
                List<Rule> rules = new ArrayList<>(file.actions());
                rules.addAll(file.subjects());
                rules.addAll(file.events());
                rules.forEach(r -> out.add(Arguments.of(r.id(), language, r)));
                file.negativeExamples().forEach(text -> out.add(Arguments.of("file", language, null)));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> positives() {
        return rules().filter(a -> a.get()[2] != null).flatMap(a -> ((Rule) a.get()[2]).examples().positive().stream()
                .map(e -> Arguments.of(a.get()[0], a.get()[1], e)));
    }

    static Stream<Arguments> negatives() {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            for (CountRules file : PACKS.forLanguage(language, CountRules.class)) {
                file.negativeExamples().forEach(t -> out.add(Arguments.of("file", language, t)));
                List<Rule> rules = new ArrayList<>(file.actions());
                rules.addAll(file.subjects());
                rules.addAll(file.events());
                rules.forEach(r -> r.examples().negative().forEach(t -> out.add(Arguments.of(r.id(), language, t))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("positives")
    void positiveExampleYieldsItsClaim(String rule, Language language, Example example) {
        List<CountClaim> claims = find(language, example.text());
        JsonNode expect = example.expect();
        assertThat(claims).as(example.text()).anySatisfy(c -> {
            assertThat(c.action().wire()).isEqualTo(expect.get("action").asText());
            JsonNode count = expect.get("count");
            if (count.isObject()) {
                assertThat(c.count().min()).isEqualTo(count.get("min").asLong());
            } else {
                assertThat(c.count().value()).isEqualTo(count.asLong());
            }
            if (expect.has("category")) {
                assertThat(c.subject().category().wire()).isEqualTo(expect.get("category").asText());
            }
            if (expect.has("event")) {
                assertThat(c.event()).isNotNull();
                assertThat(c.event().kind().wire()).isEqualTo(expect.get("event").asText());
            }
        });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("negatives")
    void negativeExampleYieldsNoClaim(String rule, Language language, String text) {
        assertThat(find(language, text)).as(text).isEmpty();
    }
}
