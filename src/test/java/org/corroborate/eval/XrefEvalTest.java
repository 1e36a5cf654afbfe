package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.corroborate.cli.CliRun;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 6, quality of the checking step, measured on {@code eval/xref} (written before tuning; see
 * its README): index {@code reports.jsonl} into a fresh prefix, run {@code corroborate check} on
 * every article, and score the flags. A predicted flag matches an expected one when the kind is
 * the same and the flagged claim's span overlaps the {@code claim_evidence} text. Figures go to
 * {@code target/eval/xref.md}; {@code floors.properties} holds the ratchet.
 */
@ExtendWith(LocalElasticsearch.class)
class XrefEvalTest {
    private static final Path SETS = Path.of("src/test/resources/eval");
    private static final String PREFIX = "it-eval-";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> KINDS = List.of("count_mismatch", "date_mismatch", "quote_mismatch", "speaker_mismatch");

    record Predicted(String article, String kind, int start, int end, String message) {
    }

    record Expected(String article, String kind, int start, int end, String evidence) {
    }

    @Test
    void theEvaluationSetIsThere() throws IOException {
        assertThat(lines("xref", "articles.jsonl")).hasSize(38);
        assertThat(lines("xref", "reports.jsonl")).hasSize(51);
    }

    /** {@code xref}: written before tuning; {@code xref-blind}: written later by a session that never read the code. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"xref", "xref-blind"})
    void flagsMeetTheFloors(String set, URI es, @TempDir Path dir) throws IOException {
        CliRun index = CliRun.of("index", SETS.resolve(set).resolve("reports.jsonl").toString(), "--es", es.toString(),
                "--index-prefix", PREFIX + set);
        assertThat(index.exit()).as(index.err()).isZero();

        List<Predicted> predicted = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        Map<String, Integer> cleanFalseFlags = new LinkedHashMap<>();
        Map<String, List<String>> covers = new java.util.TreeMap<>();
        int timelineExpected = 0;
        int timelineFound = 0;
        for (String line : lines(set, "articles.jsonl")) {
            JsonNode article = JSON.readTree(line);
            String id = article.get("id").asText();
            String text = article.get("text").asText();
            JsonNode report = check(es, dir, article, PREFIX + set);
            List<Predicted> mine = predicted(id, report);
            predicted.addAll(mine);
            for (JsonNode flag : article.get("expected_flags")) {
                String evidence = flag.get("claim_evidence").asText();
                int at = text.indexOf(evidence);
                expected.add(new Expected(id, flag.get("kind").asText(), at, at + evidence.length(), evidence));
            }
            for (JsonNode tag : article.get("covers")) {
                covers.computeIfAbsent(tag.asText(), t -> new ArrayList<>()).add(id);
            }
            if (article.get("expected_flags").isEmpty()) {
                cleanFalseFlags.put(id, mine.size());
            }
            for (JsonNode entry : article.get("expected_timeline")) {
                timelineExpected++;
                String evidence = entry.get("claim_evidence").asText();
                int at = text.indexOf(evidence);
                if (hasTimeline(report, at, at + evidence.length())) {
                    timelineFound++;
                }
            }
        }
        XrefScores scores = XrefScores.of(predicted, expected);
        int falseOnClean = cleanFalseFlags.values().stream().mapToInt(Integer::intValue).sum();
        Path out = Path.of("target/eval/" + set + ".md");
        write(out, scores, cleanFalseFlags, falseOnClean, timelineFound, timelineExpected);
        appendCovers(out, scores, covers);

        Properties floors = floors(set);
        for (String kind : scores.keys()) {
            assertThat(scores.precision(kind)).as(kind + " precision (see target/eval/xref.md)")
                    .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(kind + ".precision", "0")));
            assertThat(scores.recall(kind)).as(kind + " recall (see target/eval/xref.md)")
                    .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty(kind + ".recall", "0")));
        }
        assertThat(falseOnClean).as("false flags on clean articles")
                .isLessThanOrEqualTo(Integer.parseInt(floors.getProperty("clean.false_flags.max", "0")));
    }

    private static JsonNode check(URI es, Path dir, JsonNode article, String prefix) throws IOException {
        String id = article.get("id").asText();
        Path file = dir.resolve(id + ".txt");
        Files.writeString(file, article.get("text").asText(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", file.toString(), "--id", id, "--lang", article.get("lang").asText(),
                "--published", article.get("published").asText(), "--es", es.toString(), "--index-prefix", prefix);
        assertThat(run.exit()).as(id + ": " + run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<Predicted> predicted(String article, JsonNode report) {
        List<Predicted> out = new ArrayList<>();
        for (JsonNode claim : report.get("claims")) {
            for (JsonNode flag : claim.get("flags")) {
                out.add(new Predicted(article, flag.get("kind").asText(), claim.at("/span/start").asInt(),
                        claim.at("/span/end").asInt(), flag.get("message").asText()));
            }
        }
        return out;
    }

    private static boolean hasTimeline(JsonNode report, int start, int end) {
        for (JsonNode claim : report.get("claims")) {
            if (claim.at("/span/start").asInt() < end && start < claim.at("/span/end").asInt()
                    && !claim.get("timeline").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void write(Path out, XrefScores scores, Map<String, Integer> clean, int falseOnClean, int timelineFound,
                              int timelineExpected) throws IOException {
        StringBuilder md = new StringBuilder("# Cross-reference evaluation (" + out.getFileName() + ")\n\n")
                .append("A predicted flag matches an expected one when the kind is "
                        + "the same and the flagged claim's span overlaps `claim_evidence`.\n\n")
                .append("| kind | expected | predicted | matched | precision | recall |\n|---|---|---|---|---|---|\n");
        for (String key : scores.keys()) {
            md.append(String.format("| %s | %d | %d | %d | %.2f | %.2f |%n", key, scores.expected(key),
                    scores.predicted(key), scores.matched(key), scores.precision(key), scores.recall(key)));
        }
        md.append(String.format("%nClean articles: %d, false flags on them: %d (%s).%n", clean.size(), falseOnClean,
                clean.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + ": " + e.getValue())
                        .toList()));
        md.append(String.format("Timeline entries expected: %d, found: %d.%n", timelineExpected, timelineFound));
        md.append("\n## Missed expected flags\n\n");
        scores.missed().forEach(e -> md.append("- ").append(e.article()).append(' ').append(e.kind()).append(": ")
                .append(e.evidence()).append('\n'));
        md.append("\n## Flags not expected\n\n");
        scores.spurious().forEach(p -> md.append("- ").append(p.article()).append(' ').append(p.kind()).append(": ")
                .append(p.message()).append('\n'));
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }

    /** Per coverage tag: the articles whose flags came out exactly as expected (none missed, none extra). */
    private static void appendCovers(Path out, XrefScores scores, Map<String, List<String>> covers) throws IOException {
        StringBuilder md = new StringBuilder("\n## Articles exactly right, per `covers` tag\n\n| tag | right | articles | wrong ones |\n|---|---|---|---|\n");
        java.util.Set<String> wrong = new java.util.TreeSet<>();
        scores.missed().forEach(e -> wrong.add(e.article()));
        scores.spurious().forEach(p -> wrong.add(p.article()));
        java.util.Set<String> all = new java.util.TreeSet<>();
        covers.values().forEach(all::addAll);
        md.append(String.format("| (all articles) | %d | %d | |%n", all.stream().filter(i -> !wrong.contains(i)).count(),
                all.size()));
        covers.forEach((tag, ids) -> md.append(String.format("| %s | %d | %d | %s |%n", tag,
                ids.stream().filter(i -> !wrong.contains(i)).count(), ids.size(),
                String.join(", ", ids.stream().filter(wrong::contains).toList()))));
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static Properties floors(String set) throws IOException {
        Properties floors = new Properties();
        try (InputStream in = Files.newInputStream(SETS.resolve(set).resolve("floors.properties"))) {
            floors.load(in);
        }
        return floors;
    }

    private static List<String> lines(String set, String name) throws IOException {
        return Files.readAllLines(SETS.resolve(set).resolve(name), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
