package org.corroborate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.corroborate.api.DurationMention;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.OrdinalMention;
import org.corroborate.api.Span;
import org.corroborate.extract.number.NumberRecognizer;
import org.corroborate.extract.number.Recognizers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Measures the number recogniser against other people's expectations: Duckling's number,
 * ordinal and duration corpora and Recognizers-Text's NumberModel specs, one parameterized run
 * per corpus file, each failing when its pass rate drops below its floor
 * ({@code conformance/floors-numbers.properties}).
 *
 * <p>How a case is judged:
 * <ul>
 *   <li>Duckling: the input is trimmed of surrounding whitespace and of trailing sentence
 *       punctuation ({@code . , ; : ! ?}); the case passes when a mention of its dimension spans
 *       exactly the trimmed input with the expected value (numbers: {@code value}, compared to
 *       1e-9 relative; a vague range has none and fails). A negative case passes when nothing of
 *       its dimension is found. Counted out of scope instead: durations in units the contract
 *       does not have (second, minute, hour, quarter), and vague quantities upstream gives one
 *       value for ("a few" = 3) that the contract encodes as a range ({@code min}/{@code max}).</li>
 *   <li>Recognizers-Text: the number mentions found must be exactly the expected results, each
 *       with its span (upstream ends are inclusive) and value; no results means no number.</li>
 * </ul>
 * Cases listed in {@code conformance/upstream-wrong-numbers.tsv} are excluded and counted apart.
 */
class NumberConformanceTest {
    private static final Floors FLOORS = new Floors("conformance/floors-numbers.properties",
            "conformance/upstream-wrong-numbers.tsv");
    private static final Set<String> UNITS = Set.of("day", "week", "month", "year");
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    enum Style { DUCKLING, RECOGNIZERS }

    record Corpus(String name, String file, Language language, String dimension, Style style,
                  Predicate<Corpora.Line> selects) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Corpus> corpora() {
        Predicate<Corpora.Line> noLocale = l -> l.json().path("locale").isMissingNode() || l.json().path("locale").isNull();
        Predicate<Corpora.Line> egyptian = l -> "AR_EG".equals(l.json().path("locale").asText());
        Predicate<Corpora.Line> all = l -> true;
        return Stream.of(
                new Corpus("ar_number.jsonl", "duckling/ar_number.jsonl", Language.AR, "number", Style.DUCKLING, noLocale),
                new Corpus("ar_number.jsonl[AR_EG]", "duckling/ar_number.jsonl", Language.AR, "number", Style.DUCKLING, egyptian),
                new Corpus("en_number.jsonl", "duckling/en_number.jsonl", Language.EN, "number", Style.DUCKLING, noLocale),
                new Corpus("ar_ordinal.jsonl", "duckling/ar_ordinal.jsonl", Language.AR, "ordinal", Style.DUCKLING, all),
                new Corpus("en_ordinal.jsonl", "duckling/en_ordinal.jsonl", Language.EN, "ordinal", Style.DUCKLING, noLocale),
                new Corpus("ar_duration.jsonl", "duckling/ar_duration.jsonl", Language.AR, "duration", Style.DUCKLING, all),
                new Corpus("en_duration.jsonl", "duckling/en_duration.jsonl", Language.EN, "duration", Style.DUCKLING, noLocale),
                new Corpus("en_number_NumberModel.jsonl", "recognizers-text/en_number_NumberModel.jsonl", Language.EN,
                        "number", Style.RECOGNIZERS, l -> l.json().path("java_supported").asBoolean()),
                new Corpus("ar_number_NumberModel.jsonl", "recognizers-text/ar_number_NumberModel.jsonl", Language.AR,
                        "number", Style.RECOGNIZERS, all));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void passRateStaysAtOrAboveItsFloor(Corpus corpus) {
        List<Corpora.Line> lines = Corpora.read(Corpora.require(corpus.file()));
        NumberRecognizer recognizer = Recognizers.of(corpus.language());
        PassRates rates = new PassRates(corpus.name());
        for (Corpora.Line line : lines) {
            if (!corpus.selects().test(line)) {
                continue;
            }
            if (FLOORS.isUpstreamWrong(line)) {
                rates.upstreamWrong();
            } else if (corpus.style() == Style.DUCKLING) {
                judgeDuckling(corpus, line, recognizer, rates);
            } else {
                judgeRecognizers(line, recognizer, rates);
            }
        }
        double floor = FLOORS.floor(corpus.name());
        rates.write(floor);
        assertThat(rates.judged()).as("cases judged in %s", corpus.name()).isPositive();
        assertThat(rates.rate()).as("pass rate of %s; failures: %s", corpus.name(), rates.failures())
                .isGreaterThanOrEqualTo(floor);
    }

    private static void judgeDuckling(Corpus corpus, Corpora.Line line, NumberRecognizer recognizer, PassRates rates) {
        String text = line.text();
        JsonNode expected = line.json().path("value");
        if ("duration".equals(corpus.dimension()) && expected.isObject() && !UNITS.contains(expected.path("unit").asText())) {
            rates.outOfScope();
            return;
        }
        List<Mention> found = recognizer.find(text).stream().filter(m -> m.kind().equals(corpus.dimension())).toList();
        boolean ok;
        if (line.json().path("negative").asBoolean()) {
            ok = found.isEmpty();
        } else {
            Span whole = trimmed(text);
            ok = found.stream().anyMatch(m -> m.span().equals(whole) && matches(m, expected));
            if (!ok && found.stream().anyMatch(m -> m.span().equals(whole) && isRange(m))) {
                rates.outOfScope();
                return;
            }
        }
        record(rates, ok, line, found);
    }

    private static void judgeRecognizers(Corpora.Line line, NumberRecognizer recognizer, PassRates rates) {
        List<NumberMention> found = recognizer.find(line.text()).stream()
                .filter(NumberMention.class::isInstance).map(NumberMention.class::cast).toList();
        JsonNode results = line.json().path("results");
        boolean ok = found.size() == results.size();
        for (int i = 0; ok && i < results.size(); i++) {
            JsonNode result = results.get(i);
            Span span = new Span(result.path("start").asInt(), result.path("end").asInt() + 1);
            String value = result.path("resolution").path("value").asText(null);
            ok = found.stream().anyMatch(m -> m.span().equals(span) && value != null
                    && close(m.value(), new BigDecimal(value)));
        }
        record(rates, ok, line, found);
    }

    private static void record(PassRates rates, boolean ok, Corpora.Line line, List<? extends Mention> found) {
        if (ok) {
            rates.pass();
        } else {
            rates.fail(line.key() + "\t" + line.text() + "\texpected " + line.json().path("value")
                    + "\tfound " + found.stream().map(m -> m.text() + "=" + describe(m)).toList());
        }
    }

    private static String describe(Mention m) {
        return switch (m) {
            case NumberMention n -> n.value() != null ? n.value().toPlainString() : "[" + n.min() + "," + n.max() + "]";
            case OrdinalMention o -> Long.toString(o.value());
            case DurationMention d -> d.iso();
            default -> m.kind();
        };
    }

    /** A vague quantity read as the contract says, a range, where upstream expects one value ("a few" = 3). */
    private static boolean isRange(Mention m) {
        return m instanceof NumberMention n && n.value() == null && n.min() != null && n.max() != null;
    }

    private static boolean matches(Mention m, JsonNode expected) {
        return switch (m) {
            case NumberMention n -> expected.isNumber() && close(n.value(), expected.decimalValue());
            case OrdinalMention o -> expected.isNumber() && o.value() == expected.asLong();
            case DurationMention d -> expected.isObject() && d.unit().wire().equals(expected.path("unit").asText())
                    && close(d.value(), expected.path("value").decimalValue());
            default -> false;
        };
    }

    static boolean close(BigDecimal actual, BigDecimal expected) {
        if (actual == null) {
            return false;
        }
        BigDecimal scale = expected.abs().max(BigDecimal.ONE);
        return actual.subtract(expected).abs().compareTo(scale.multiply(TOLERANCE, MathContext.DECIMAL64)) <= 0;
    }

    /** The input without surrounding whitespace and trailing sentence punctuation. */
    static Span trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:!?".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }
}
