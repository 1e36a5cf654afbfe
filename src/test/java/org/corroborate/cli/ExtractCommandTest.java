package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.corroborate.ingest.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
        JsonNode article() throws IOException {
            return JSON.readTree(out).get("article");
        }
    }

    private static Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void printsTheArticleWithTheContractsFieldNames() throws IOException {
        Run run = run("extract", Fixtures.path("html/en-swat-floods.html").toString(), "--format", "json");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode article = run.article();
        assertThat(JSON.readTree(run.out()).fieldNames()).toIterable().containsExactly("article", "mentions", "claims");
        assertThat(article.fieldNames()).toIterable().containsExactly("id", "title", "byline", "lang", "published",
                "published_at", "source", "url", "text", "paragraphs", "warnings");
        assertThat(article.get("paragraphs").get(0).fieldNames()).toIterable()
                .containsExactly("text", "start", "end", "role", "source");
        assertThat(article.get("paragraphs").get(0).get("source").fieldNames()).toIterable()
                .containsExactly("css_path", "offset");
        assertThat(article.get("published").asText()).isEqualTo("2025-08-19");
        assertThat(article.get("published_at").asText()).isEqualTo("2025-08-19T16:40:00+05:00");
        assertThat(article.get("lang").asText()).isEqualTo("en");
        assertThat(article.get("paragraphs").get(1).get("role").asText()).isEqualTo("standfirst");
    }

    @Test
    void spansIndexThePlainText() throws IOException {
        JsonNode article = run("extract", Fixtures.path("docx/ar-flood.docx").toString()).article();
        String text = article.get("text").asText();

        for (JsonNode p : article.get("paragraphs")) {
            assertThat(text.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("text").asText());
            assertThat(p.has("source")).isFalse();
        }
    }

    @Test
    void callerValuesWinAndUnknownDateIsNullWithAWarning() throws IOException {
        String file = Fixtures.path("text/ar-lahij-floods.txt").toString();

        JsonNode plain = run("extract", file).article();
        JsonNode given = run("extract", file, "--published", "2025-10-07", "--id", "cms-88", "--lang", "ar").article();

        assertThat(plain.get("published").isNull()).isTrue();
        assertThat(plain.get("warnings").get(0).get("code").asText()).isEqualTo("no-publication-date");
        assertThat(given.get("published").asText()).isEqualTo("2025-10-07");
        assertThat(given.get("id").asText()).isEqualTo("cms-88");
        assertThat(given.get("warnings")).isEmpty();
    }

    @Test
    void badInputIsOneLineOnStderrAndExitThree(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);

        Run run = run("extract", empty.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly("corroborate: empty-input: the input is empty");
    }

    @Test
    void unsupportedLanguageExitsThreeUnlessLangIsGiven() {
        String french = Fixtures.path("text/fr-lyon-incendie.txt").toString();

        Run refused = run("extract", french);
        Run forced = run("extract", french, "--lang", "en");

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).startsWith("corroborate: unsupported-language: ");
        assertThat(forced.exit()).isZero();
    }

    @Test
    void limitsAreOptions() {
        Run run = run("extract", Fixtures.path("docx/en-flood.docx").toString(), "--max-size-mb", "0");

        assertThat(run.exit()).isEqualTo(2); // a limit of zero is a usage error, not a crash
        assertThat(run.err()).startsWith("corroborate: usage: limits must be positive");
        Run small = run("extract", Fixtures.path("html/en-swat-floods.html").toString(), "--heap-budget-mb", "1",
                "--timeout", "5");
        assertThat(small.exit()).isZero();
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        String file = Fixtures.path("text/ar-lahij-floods.txt").toString();

        for (List<String> args : List.of(List.of("--lang", "fr"), List.of("--published", "19/12/2025"),
                List.of("--format", "xml"), List.of("--id", " "), List.of("--timeout", "0"))) {
            Run run = run(concat("extract", file, args));
            assertThat(run.exit()).as(args.toString()).isEqualTo(2);
            assertThat(run.err()).startsWith("corroborate: usage: ");
        }
    }

    private static String[] concat(String command, String file, List<String> args) {
        String[] all = new String[args.size() + 2];
        all[0] = command;
        all[1] = file;
        for (int i = 0; i < args.size(); i++) {
            all[i + 2] = args.get(i);
        }
        return all;
    }

    @Test
    void findsTheClaimsOfAnArticleInTitleAndBody() throws IOException {
        Run run = run("extract", Fixtures.path("html/en-swat-floods.html").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        // the headline "Flash floods kill 14 in Swat valley" and the standfirst's "at least nine people still missing"
        assertThat(out.get("claims")).anySatisfy(c -> {
            assertThat(c.get("action").asText()).isEqualTo("killed");
            assertThat(c.get("count").get("value").asInt()).isEqualTo(14);
            assertThat(c.get("in_title").asBoolean()).isTrue();
        });
        assertThat(out.get("claims")).anySatisfy(c -> {
            assertThat(c.get("action").asText()).isEqualTo("missing");
            assertThat(c.get("count").get("min").asInt()).isEqualTo(9);
        });
        assertThat(out.get("mentions")).anySatisfy(m -> assertThat(m.get("kind").asText()).isEqualTo("number"));
        for (JsonNode claim : out.get("claims")) {
            assertThat(claim.get("id").asText()).matches("c\\d+");
            int start = claim.get("span").get("start").asInt();
            int end = claim.get("span").get("end").asInt();
            assertThat(out.get("article").get("text").asText().substring(start, end)).isNotBlank();
        }
    }

    @Test
    void textFormatIsOneBlockPerClaim() {
        Run run = run("extract", Fixtures.path("html/en-swat-floods.html").toString(), "--format", "text");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("c1  ").contains("killed: 14");
    }

    @Test
    void batchModeAnswersEveryLineInOrderAndReportsBadOnesWithExitFive(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, String.join("\n",
                "{\"id\": \"a\", \"text\": \"قُتل ثلاثة جنود في هجوم على حاجز أمس.\", \"lang\": \"ar\", \"published\": \"2025-12-19\", \"extra\": 1}",
                "not json",
                "{\"id\": \"c\"}",
                "{\"id\": \"d\", \"text\": \"Two soldiers were killed on Saturday.\", \"published\": \"2025-12-19\"}",
                ""));
        Run run = run("extract", "--input", cases.toString(), "--format", "jsonl");
        assertThat(run.exit()).isEqualTo(5);
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).fieldNames()).toIterable().contains("id", "article", "mentions", "claims", "warnings");
        assertThat(lines.get(0).get("claims").get(0).get("count").get("value").asInt()).isEqualTo(3);
        assertThat(lines.get(0).get("claims").get(0).get("date").get("start").asText()).isEqualTo("2025-12-18");
        assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("bad-json");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("c");
        assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("missing-text");
        assertThat(lines.get(3).get("claims").get(0).get("date").get("start").asText()).isEqualTo("2025-12-13");
        assertThat(run.err()).contains("cases.jsonl:2").contains("2 of the lines failed");
    }

    @Test
    void batchNeedsJsonlAndFileAndInputExcludeEachOther() {
        assertThat(run("extract", "--input", "x.jsonl", "--format", "json").exit()).isEqualTo(2);
        assertThat(run("extract").exit()).isEqualTo(2);
        assertThat(run("extract", "a.txt", "--input", "x.jsonl").exit()).isEqualTo(2);
    }

    @Test
    void invalidRulePacksRefuseToStartNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.yaml"), "packs: [common]\nsurprise: 1\n");
        Run run = run("extract", Fixtures.path("html/en-swat-floods.html").toString(), "--rules", dir.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("corroborate: invalid-rules: ").contains("index.yaml:2").contains("surprise");
    }
}
