package org.corroborate.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.DateMention;
import org.corroborate.api.Grain;
import org.corroborate.api.Language;
import org.corroborate.extract.date.DatePolicy;
import org.corroborate.extract.date.DateRecognizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Microsoft Recognizers-Text date specs under the news policy. A case passes when the spans we
 * find equal the expected spans (their ends are inclusive; a leading carrier word, يوم, في, on or
 * the, may be in or out of either): for the DateExtractor and
 * DateParser files our single days, for the DatePeriodExtractor our ranges, weeks, months and
 * years. The DateParser files also check the value: our start must be the spec's past or future
 * resolution (the spec gives both for a date without a year). Arabic expectations are weakly
 * checked upstream (see the corpora README): the rates are reported, and cases we judge wrong are
 * listed in upstream-wrong-dates.tsv, never fixed by bending the rules.
 */
class DateRecognizersTextConformanceTest {
    private static final LocalDate DEFAULT_REFERENCE = LocalDate.of(2016, 11, 7);
    private static final Pattern CARRIER = Pattern.compile("(?i)(?:يوم|في|on|the)\\s+");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en_datetime_DateExtractor.jsonl, en, day",
        "ar_datetime_DateExtractor.jsonl, ar, day",
        "en_datetime_DateParser.jsonl, en, value",
        "ar_datetime_DateParser.jsonl, ar, value",
        "en_datetime_DatePeriodExtractor.jsonl, en, period",
        "ar_datetime_DatePeriodExtractor.jsonl, ar, period"})
    void meetsItsFloor(String file, String lang, String mode) throws IOException {
        Path corpus = DateConformance.corpus("recognizers-text/" + file);
        DateRecognizer recognizer = DateRecognizer.shipped(Language.fromCode(lang), DatePolicy.NEWS);
        Map<String, String> wrong = DateConformance.upstreamWrong();
        Predicate<DateMention> kind = mode.equals("period") ? DateRecognizersTextConformanceTest::isPeriod
                : m -> !isPeriod(m);
        int passed = 0;
        int total = 0;
        int upstream = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : DateConformance.lines(corpus)) {
            String key = c.path("source_file").asText() + "#" + c.path("case_index").asText() + "\t" + c.path("text").asText();
            if (wrong.containsKey(key)) {
                upstream++;
                continue;
            }
            total++;
            String why = check(recognizer, c, kind, mode.equals("value"));
            if (why == null) {
                passed++;
            } else {
                failures.add(key + "\t" + why);
            }
        }
        Files.createDirectories(Path.of("target/conformance-failures"));
        Files.write(Path.of("target/conformance-failures", file + ".tsv"), failures);
        String notes = "news policy; " + (mode.equals("value") ? "spans and values" : "spans") + " (leading يوم/في/on/the optional); "
                + upstream + " upstream-wrong" + (lang.equals("ar") ? "; Arabic labels weakly checked upstream" : "");
        DateConformance.report(file, DateConformance.row(file, passed, total, notes));
        assertThat(DateConformance.rate(passed, total)).as("%s pass rate (%d/%d)", file, passed, total)
                .isGreaterThanOrEqualTo(DateConformance.floor(file));
    }

    /** A range, week, month or year, as opposed to a single day. */
    private static boolean isPeriod(DateMention m) {
        return m.grain() != Grain.DAY || (m.start() != null && !m.start().equals(m.end()));
    }

    /**
     * A span as compared: a leading carrier word ("يوم" of "يوم الثلاثاء", "on", "the") may be in
     * or out of it; the two projects draw that line differently, and neither is wrong.
     */
    private static String span(String text, int start, int end) {
        Matcher m = CARRIER.matcher(text).region(start, end);
        int from = m.lookingAt() ? m.end() : start;
        return from + "-" + end;
    }

    private static String check(DateRecognizer recognizer, JsonNode c, Predicate<DateMention> kind, boolean values) {
        LocalDate reference = c.hasNonNull("reference_time")
                ? LocalDate.parse(c.path("reference_time").asText().substring(0, 10)) : DEFAULT_REFERENCE;
        List<DateMention> found = recognizer.find(c.path("text").asText(), reference).stream().filter(kind).toList();
        String text = c.path("text").asText();
        Set<String> expected = new TreeSet<>();
        c.path("results").forEach(r -> expected.add(span(text, r.path("start").asInt(), r.path("end").asInt() + 1)));
        Set<String> got = new TreeSet<>();
        found.forEach(m -> got.add(span(text, m.span().start(), m.span().end())));
        if (!expected.equals(got)) {
            return "spans expected " + expected + " got " + got + " " + found.stream().map(DateMention::text).toList();
        }
        if (values) {
            for (int i = 0; i < found.size(); i++) {
                JsonNode resolution = c.path("results").get(i).path("resolution");
                Set<String> accepted = new TreeSet<>(List.of(resolution.path("FutureResolution").path("date").asText(),
                        resolution.path("PastResolution").path("date").asText()));
                String start = String.valueOf(found.get(i).start());
                if (!accepted.contains(start)) {
                    return "value expected " + accepted + " got " + start;
                }
            }
        }
        return null;
    }
}
