package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.elasticsearch.Clients;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;

/** {@code corroborate demo} on the shared test node: the flag comes from the corpus, not from a script. */
@ExtendWith(LocalElasticsearch.class)
class DemoCommandIntegrationTest {
    private static final String PREFIX = "it-demo";

    @Test
    void theSampleArticleIsFlaggedUntilTheDisagreeingReportIsRemoved(URI es, @TempDir Path dir) throws IOException {
        CliRun demo = CliRun.of("demo", "--es", es.toString(), "--index-prefix", PREFIX);

        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.err()).contains("indexed 4 reports");
        assertThat(demo.out()).contains("المقال demo-article").contains("التنبيهات: 1")
                .contains("! count_mismatch (high): Northern Iraq Monitor (2026-11-25): الموقوفون 2؛ هذا المقال: الموقوفون 3");
        assertThat(demo.out().indexOf("متناقض")).isLessThan(demo.out().indexOf("مؤكَّد"));

        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            client.delete(d -> d.index(PREFIX + "-reports").id("demo-r4"));
            client.indices().refresh(r -> r.index(PREFIX + "-reports"));
        }
        Path article = Files.writeString(dir.resolve("article.txt"), DemoCommand.resource("article.txt"),
                StandardCharsets.UTF_8);
        CliRun check = CliRun.of("check", article.toString(), "--published", "2026-11-25", "--es", es.toString(),
                "--index-prefix", PREFIX);

        assertThat(check.exit()).as(check.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(check.out());
        assertThat(report.at("/summary/flags").asInt()).isZero();
        assertThat(report.get("claims")).filteredOn(c -> c.get("type").asText().equals("arrest")).singleElement()
                .satisfies(c -> assertThat(c.get("verdict").asText()).isEqualTo("corroborated"));
    }

    @Test
    void aDemoCorpusLeftByAnOlderVersionIsMigratedFirst(URI es) throws IOException {
        String prefix = PREFIX + "-old";
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es));
             InputStream v1 = getClass().getResourceAsStream("/org/corroborate/corpus/elasticsearch/reports-mapping-v1.json")) {
            client.indices().create(c -> c.index(prefix + "-reports-v1").settings(s -> s.numberOfReplicas("0"))
                    .mappings(m -> m.withJson(v1)).aliases(prefix + "-reports", a -> a.isWriteIndex(true)));
            client.index(i -> i.index(prefix + "-reports-v1").id("demo-r1").refresh(Refresh.True)
                    .document(Map.of("report_id", "demo-r1", "lang", "en", "text_en", "An old copy of the first report.")));

            CliRun demo = CliRun.of("demo", "--es", es.toString(), "--index-prefix", prefix);

            assertThat(demo.exit()).as(demo.err()).isZero();
            assertThat(demo.err()).contains("migrated 1 report from " + prefix + "-reports-v1 to " + prefix + "-reports-v"
                    + ElasticsearchCorpus.MAPPING_VERSION).contains("indexed 4 reports");
            assertThat(demo.out()).contains("التنبيهات: 1");
            assertThat(client.indices().getAlias(a -> a.name(prefix + "-reports")).aliases().keySet())
                    .containsExactly(prefix + "-reports-v" + ElasticsearchCorpus.MAPPING_VERSION);
        }
    }

    @Test
    void theSampleCorpusIsShippedInTheJar() throws IOException {
        assertThat(DemoCommand.resource("reports.jsonl").lines()).hasSize(4);
        assertThat(DemoCommand.resource("article.txt")).isNotBlank();
    }
}
