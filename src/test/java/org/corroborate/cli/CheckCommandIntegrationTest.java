package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code corroborate check} end to end on the real local node (issue 6). */
@ExtendWith(LocalElasticsearch.class)
class CheckCommandIntegrationTest {
    private static final String PREFIX = "it-check-cmd";
    private static final String FEED = String.join("\n",
            "{\"id\": \"w-1\", \"source\": \"Wire A\", \"lang\": \"en\", \"published\": \"2026-11-16\", \"url\": \"https://example.org/w-1\","
                    + " \"text\": \"A drone strike killed seven militants east of Marib on Monday, local officials said.\"}",
            "{\"id\": \"w-2\", \"source\": \"Wire B\", \"lang\": \"en\", \"published\": \"2026-11-16\","
                    + " \"text\": \"Seven militants were killed in a drone strike near Marib.\"}",
            "{\"id\": \"w-3\", \"source\": \"وكالة الأنباء\", \"lang\": \"ar\", \"published\": \"2026-11-17\","
                    + " \"text\": \"قُتل سبعة مسلحين في غارة بطائرة مسيّرة شرق مأرب.\"}",
            "");
    private static final String ARABIC_ARTICLE = "قتل 12 مسلحاً في غارة بطائرة مسيّرة شرق مأرب يوم الاثنين.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void indexTheCorpus(URI es) throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), FEED, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("index", feed.toString(), "--es", es.toString(), "--index-prefix", PREFIX);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private static CliRun check(URI es, String text, String... more) throws IOException {
        Path article = Files.writeString(dir.resolve("article.txt"), text, StandardCharsets.UTF_8);
        String[] args = {"check", article.toString(), "--published", "2026-11-17", "--es", es.toString(),
                "--index-prefix", PREFIX};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void anArabicArticleIsCheckedAgainstEnglishAndArabicReports(URI es) throws IOException {
        CliRun run = check(es, ARABIC_ARTICLE);

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.at("/article/lang").asText()).isEqualTo("ar");
        JsonNode claim = report.at("/claims/0");
        assertThat(claim.get("verdict").asText()).isEqualTo("contradicted");
        assertThat(claim.get("disagree_count").asInt()).isEqualTo(3);
        assertThat(claim.at("/flags/0/kind").asText()).isEqualTo("count_mismatch");
        assertThat(claim.at("/flags/0/message").asText()).contains("هذا المقال: القتلى 12");
        assertThat(claim.at("/flags/0/evidence")).extracting(JsonNode::asText).contains("w-1", "w-2", "w-3");
        assertThat(claim.get("evidence")).allSatisfy(e -> assertThat(e.get("agrees").asBoolean()).isFalse());
        assertThat(report.at("/summary/contradicted").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/flags").asInt()).isEqualTo(1);
    }

    @Test
    void flagsAreFindingsNotFailures(URI es) throws IOException {
        CliRun run = check(es, ARABIC_ARTICLE, "--format", "text");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("متناقض").contains("! count_mismatch (high): ").contains("w-1");
    }

    @Test
    void theHtmlPageEscapesEveryText(URI es) throws IOException {
        CliRun run = check(es, "<script>alert(1)</script> Seven militants were killed in a drone strike near Marib.",
                "--format", "html", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aMissingArticleIsRejectedBeforeElasticsearchIsContacted() {
        CliRun run = CliRun.of("check", dir.resolve("nowhere.txt").toString(), "--es", "http://127.0.0.1:1");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("corroborate: not-found: ").doesNotContain("\n");
    }

    @Test
    void anEmptyOrUnsupportedArticleIsRejected() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path sheet = Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});

        assertThat(CliRun.of("check", empty.toString(), "--es", "http://127.0.0.1:1").exit()).isEqualTo(3);
        CliRun run = CliRun.of("check", sheet.toString(), "--es", "http://127.0.0.1:1");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("corroborate: unsupported-format: ");
    }

    @Test
    void unreachableElasticsearchIsOneLineNamingTheUrlAndNoOutput() throws IOException {
        Path article = Files.writeString(dir.resolve("b.txt"), ARABIC_ARTICLE, StandardCharsets.UTF_8);
        String url = "http://127.0.0.1:" + LocalElasticsearch.freePort();

        CliRun run = CliRun.of("check", article.toString(), "--es", url);

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("corroborate: ")
                .contains(url));
    }

    @Test
    void aPrefixWithoutCorpusSaysSo(URI es) throws IOException {
        Path article = Files.writeString(dir.resolve("c.txt"), ARABIC_ARTICLE, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("check", article.toString(), "--es", es.toString(), "--index-prefix", "it-check-nothing");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("corroborate: no-corpus: ");
    }
}
