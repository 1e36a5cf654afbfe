package org.corroborate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corroborate.api.DateMention;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.corroborate.extract.date.DatePolicy;
import org.corroborate.extract.date.DateRecognizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Duckling's Arabic and English time corpora under the duckling policy (each case's own reference
 * time, mostly Tuesday 2013-02-12; diffCorpus uses others). In scope: values and intervals of day, week, month and year grain, the negative
 * corpus (nothing may be found), from the sections allExamples, defaultCorpus and diffCorpus
 * without a regional locale. Excluded and counted: clock times (second, minute, hour grain),
 * quarters, open intervals, latent readings (Duckling itself only yields them on request), regional
 * locales (EN_GB reads 15/2 as a day first), cases out of scope by decision (out-of-scope-dates.tsv:
 * holidays of calendars we do not compute), and cases listed in upstream-wrong-dates.tsv.
 *
 * <p>A case passes when exactly one date is found and it covers the whole input (trimmed of
 * surrounding spaces and punctuation; a leading preposition such as "in", "on", "في" may stay
 * outside the span, as our spans leave it out by design) with Duckling's start, end (its exclusive
 * interval end minus one day) and grain.
 */
class DucklingTimeConformanceTest {
    private static final LocalDate REFERENCE = LocalDate.of(2013, 2, 12);
    private static final Set<String> CLOCK = Set.of("second", "minute", "hour");
    private static final Set<String> IN_SCOPE = Set.of("day", "week", "month", "year");
    private static final Set<String> SECTIONS = Set.of("allExamples", "defaultCorpus", "diffCorpus", "negativeCorpus");
    private static final String PREPOSITION = "(?i)(?:in|on|at|for|during|by|of|في|فى|خلال) ";
    private static final String EDGE = "^[\\s\\p{P}]+|[\\s\\p{P}]+$";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ar_time.jsonl, ar", "en_time.jsonl, en"})
    void meetsItsFloor(String file, String lang) throws IOException {
        Path corpus = DateConformance.corpus("duckling/" + file);
        DateRecognizer recognizer = DateRecognizer.shipped(Language.fromCode(lang), DatePolicy.DUCKLING);
        Map<String, String> wrong = DateConformance.upstreamWrong();
        List<java.util.regex.Pattern> outOfScope = DateConformance.outOfScope(file);
        int passed = 0;
        int excluded = 0;
        int total = 0;
        int clock = 0;
        int other = 0;
        int upstream = 0;
        int regional = 0;
        int regionalPassed = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : DateConformance.lines(corpus)) {
            String key = c.path("source_file").asText() + ":" + c.path("source_line").asText() + "\t" + c.path("text").asText();
            String scope = scope(c);
            if (scope.equals("locale")) {
                // Not counted in the rate (EN_GB reads 15/2 day first...), but measured for the notes.
                String localScope = scope(((com.fasterxml.jackson.databind.node.ObjectNode) c.deepCopy()).putNull("locale"));
                if (localScope.equals("in")) {
                    regional++;
                    regionalPassed += check(recognizer, c) == null ? 1 : 0;
                }
                other++;
            } else if (scope.equals("clock")) {
                clock++;
            } else if (!scope.equals("in")) {
                other++;
            } else if (outOfScope.stream().anyMatch(p -> p.matcher(c.path("text").asText()).find())) {
                excluded++;
            } else if (wrong.containsKey(key)) {
                upstream++;
            } else {
                total++;
                String why = check(recognizer, c);
                if (why == null) {
                    passed++;
                } else {
                    failures.add(key + "\t" + why);
                }
            }
        }
        Files.createDirectories(Path.of("target/conformance-failures"));
        Files.write(Path.of("target/conformance-failures", file + ".tsv"), failures);
        String notes = String.format("duckling policy; excluded: %d clock-time, %d other (quarter, open interval, "
                + "latent, regional locales; of the %d regional cases of day..year grain, %d pass as read here), %d out of scope "
                + "(holidays of calendars we do not compute: out-of-scope-dates.tsv), %d upstream-wrong",
                clock, other, regional, regionalPassed, excluded, upstream);
        DateConformance.report(file, DateConformance.row(file, passed, total, notes));
        assertThat(DateConformance.rate(passed, total)).as("%s pass rate (%d/%d)", file, passed, total)
                .isGreaterThanOrEqualTo(DateConformance.floor(file));
    }

    /** "in", "clock" or why else the case is out of scope. */
    private static String scope(JsonNode c) {
        if (!c.path("locale").isMissingNode() && !c.path("locale").isNull()) {
            return "locale";
        }
        if (!SECTIONS.contains(c.path("section").asText())) {
            return "section";
        }
        JsonNode v = c.path("value");
        if (v.isNull() || v.isMissingNode()) {
            return c.path("negative").asBoolean() ? "in" : "no value";
        }
        String grain = v.path("grain").asText();
        if (CLOCK.contains(grain)) {
            return "clock";
        }
        if (!IN_SCOPE.contains(grain)) {
            return "grain " + grain;
        }
        if (v.path("type").asText().equals("interval") && (!v.hasNonNull("from") || !v.hasNonNull("to"))) {
            return "open interval";
        }
        return "in";
    }

    /** Null when the case passes, else what went wrong. */
    private static String check(DateRecognizer recognizer, JsonNode c) {
        String text = c.path("text").asText();
        LocalDate reference = c.hasNonNull("reference_time") ? date(c.path("reference_time").asText()) : REFERENCE;
        List<DateMention> found = recognizer.find(text, reference);
        JsonNode v = c.path("value");
        if (v.isNull() || v.isMissingNode()) {
            return found.isEmpty() ? null : "negative case, found " + found;
        }
        if (found.size() != 1) {
            return "found " + found.size() + " dates: " + found;
        }
        DateMention m = found.get(0);
        String input = text.replaceAll(EDGE, "");
        String got = m.text().replaceAll(EDGE, "");
        if (!got.equals(input) && !input.matches(PREPOSITION + java.util.regex.Pattern.quote(got))) {
            return "span '" + m.text() + "'";
        }
        Grain grain = Grain.valueOf(v.path("grain").asText().toUpperCase(java.util.Locale.ROOT));
        LocalDate start;
        LocalDate end;
        if (v.path("type").asText().equals("interval")) {
            start = date(v.path("from").asText());
            end = date(v.path("to").asText()).minusDays(1);
        } else {
            start = date(v.path("value").asText());
            end = switch (grain) {
                case WEEK -> start.plusDays(6);
                case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
                case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
                default -> start;
            };
        }
        if (!start.equals(m.start()) || !end.equals(m.end()) || grain != m.grain()) {
            return "expected " + start + ".." + end + " " + grain + ", got " + m.start() + ".." + m.end() + " " + m.grain();
        }
        return null;
    }

    private static LocalDate date(String timestamp) {
        return LocalDate.parse(timestamp.substring(0, 10));
    }
}
