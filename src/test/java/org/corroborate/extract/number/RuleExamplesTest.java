package org.corroborate.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corroborate.api.DurationMention;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.OrdinalMention;
import org.corroborate.api.Span;
import org.corroborate.rules.Example;
import org.corroborate.rules.Rule;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs every example of every number, qualifier, ordinal and duration rule through the
 * recogniser of its language (rules of {@code common} through every language), one case each.
 *
 * <ul>
 *   <li>A positive example must yield a mention of the rule's kind (number, ordinal or duration)
 *       spanning the whole example, with exactly the expected fields (a field not expected must
 *       be absent: no {@code min} where only {@code value} is expected).</li>
 *   <li>A rule's negative example must yield <b>no mention of the rule's kind at all</b> (not
 *       merely none from that rule): stricter, and a mention's rule id names only one of the
 *       rules that built it.</li>
 *   <li>A file's {@code negative_examples} must yield no mention of any kind.</li>
 * </ul>
 */
class RuleExamplesTest {

    record Case(String rule, Language language, String kind, String text, Example example) {
        @Override
        public String toString() {
            return rule + " [" + language + "] " + (example == null ? "not: " : "") + text;
        }
    }

    static Stream<Arguments> positives() {
        return cases().stream().filter(c -> c.example() != null).map(Arguments::of);
    }

    static Stream<Arguments> negatives() {
        return cases().stream().filter(c -> c.example() == null).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void positiveExampleYieldsAMentionSpanningIt(Case c) {
        List<Mention> found = Recognizers.of(c.language()).find(c.text());
        Span whole = new Span(0, c.text().length());
        assertThat(found).as("mentions of %s", c.text())
                .anySatisfy(m -> {
                    assertThat(m.kind()).isEqualTo(c.kind());
                    assertThat(m.span()).isEqualTo(whole);
                    assertThat(fields(m)).isEqualTo(expected(c.example()));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void negativeExampleYieldsNothingOfItsKind(Case c) {
        List<Mention> found = Recognizers.of(c.language()).find(c.text());
        assertThat(found).as("mentions of %s", c.text())
                .filteredOn(m -> c.kind() == null || m.kind().equals(c.kind()))
                .isEmpty();
    }

    @Test
    void everyRuleKindOfThisAreaHasExamplesInEveryLanguage() {
        for (Language language : Language.values()) {
            assertThat(cases()).filteredOn(c -> c.language() == language && c.example() != null)
                    .extracting(Case::kind).contains("number", "ordinal", "duration");
        }
    }

    static List<Case> cases() {
        RulePacks packs = Recognizers.packs();
        List<Case> cases = new ArrayList<>();
        for (String pack : packs.packs()) {
            List<Language> languages = pack.equals("common") ? List.of(Language.values()) : List.of(Language.fromCode(pack));
            for (Language language : languages) {
                addAll(cases, language, "number", packs.files(pack, NumberFile.class), f -> f.rules());
                addAll(cases, language, "number", packs.files(pack, QualifierFile.class), f -> f.rules());
                addAll(cases, language, "ordinal", packs.files(pack, OrdinalFile.class), f -> f.rules());
                addAll(cases, language, "duration", packs.files(pack, DurationFile.class), f -> f.rules());
            }
        }
        return cases;
    }

    private static <F extends RuleFile> void addAll(List<Case> cases, Language language, String kind, List<F> files,
                                                   java.util.function.Function<F, List<? extends Rule>> rules) {
        for (F file : files) {
            for (Rule rule : rules.apply(file)) {
                for (Example example : rule.examples().positive()) {
                    cases.add(new Case(rule.id(), language, kind, example.text(), example));
                }
                for (String negative : rule.examples().negative()) {
                    cases.add(new Case(rule.id(), language, kind, negative, null));
                }
            }
            for (String negative : file.negativeExamples()) {
                cases.add(new Case("file of " + kind, language, null, negative, null));
            }
        }
    }

    /** A mention's value fields, as strings, for comparison with an example's {@code expect}. */
    static Map<String, String> fields(Mention m) {
        Map<String, String> out = new java.util.TreeMap<>();
        switch (m) {
            case NumberMention n -> {
                put(out, "value", n.value());
                put(out, "min", n.min());
                put(out, "max", n.max());
                if (n.approximate()) {
                    out.put("approximate", "true");
                }
            }
            case OrdinalMention o -> out.put("value", Long.toString(o.value()));
            case DurationMention d -> {
                put(out, "value", d.value());
                out.put("unit", d.unit().wire());
                out.put("iso", d.iso());
            }
            default -> out.put("kind", m.kind());
        }
        return out;
    }

    static Map<String, String> expected(Example example) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> e : example.expected().entrySet()) {
            JsonNode v = e.getValue();
            out.put(e.getKey(), v.isNumber() ? plain(v.decimalValue()) : v.asText());
        }
        return out;
    }

    private static void put(Map<String, String> out, String key, BigDecimal value) {
        if (value != null) {
            out.put(key, plain(value));
        }
    }

    /** Twelve significant digits: YAML reads example values as doubles, so 1/3 is compared to that precision. */
    private static String plain(BigDecimal value) {
        return value.round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
