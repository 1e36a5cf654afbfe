package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corroborate.cli.CliRun;
import org.corroborate.corpus.CorpusFixtures;
import org.corroborate.corpus.EsSettings;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;

/**
 * {@code corroborate migrate}: a corpus written under mapping v1 (the v1 mapping is kept in the test
 * resources as it shipped) is copied into this version's index with its claims extracted again, the
 * alias moves, and the old index stays; a report that cannot be read back keeps the alias where it was.
 */
@ExtendWith(LocalElasticsearch.class)
class MigrateCommandIntegrationTest {
    private static final int CURRENT = ElasticsearchCorpus.MAPPING_VERSION;

    private static String prefix(TestInfo test) {
        return "it-migrate-" + test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT);
    }

    /** {@code <prefix>-reports-v1} with the v1 mapping and the alias, holding {@code docs} by id. */
    private static void createV1(ElasticsearchClient client, String prefix, Map<String, Map<String, Object>> docs)
            throws IOException {
        try (InputStream mapping = MigrateCommandIntegrationTest.class.getResourceAsStream("reports-mapping-v1.json")) {
            client.indices().create(c -> c.index(prefix + "-reports-v1").settings(s -> s.numberOfReplicas("0"))
                    .mappings(m -> m.withJson(mapping)).aliases(prefix + "-reports", a -> a.isWriteIndex(true)));
        }
        for (var doc : docs.entrySet()) {
            client.index(i -> i.index(prefix + "-reports-v1").id(doc.getKey()).document(doc.getValue()));
        }
        client.indices().refresh(r -> r.index(prefix + "-reports-v1"));
    }

    /** A report as v1 stored it: text in the field of its language, claims as they were then. */
    private static Map<String, Object> v1Report(String id, String lang, String published, String text,
                                                List<Map<String, Object>> claims) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report_id", id);
        doc.put("lang", lang);
        doc.put("source", "Wire " + id);
        doc.put("url", "https://example.org/" + id);
        doc.put("published", published);
        doc.put("text_" + lang, text);
        doc.put("origin", "/feeds/old.jsonl:" + id.length());
        doc.put("indexed_at", "2026-01-02T03:04:05Z");
        doc.put("claims", claims);
        return doc;
    }

    private static final String AR_TEXT = "قُتل ثلاثة جنود وأصيب خمسة آخرون في هجوم استهدف حاجزا عسكريا قرب تدمر "
            + "يوم السبت، وفق مصادر أمنية.";
    private static final String EN_TEXT = "Gunmen killed four soldiers near Palmyra on Saturday, security sources said.";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> claimsOf(ElasticsearchClient client, String index, String id) throws IOException {
        Map<String, Object> source = client.get(g -> g.index(index).id(id), Map.class).source();
        return (List<Map<String, Object>>) source.get("claims");
    }

    @Test
    void aV1CorpusMovesToThisVersionWithItsClaimsExtractedAgain(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        String v1 = prefix + "-reports-v1";
        String current = prefix + "-reports-v" + CURRENT;
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            createV1(client, prefix, Map.of(
                    "ar-1", v1Report("ar-1", "ar", "2025-12-14", AR_TEXT, List.of()), // indexed before extraction
                    "en-1", v1Report("en-1", "en", "2025-12-14", EN_TEXT,
                            List.of(Map.of("claim_id", "stale", "type", "casualty", "action", "killed",
                                    "count_value", 40, "subject_text", "soldiers")))));

            CliRun refused = CliRun.of("index", CorpusFixtures.path("reports.jsonl").toString(), "--es", es.toString(),
                    "--index-prefix", prefix);
            assertThat(refused.exit()).isEqualTo(4);
            assertThat(refused.err()).contains("has corroborate_mapping_version 1, this Corroborate writes " + CURRENT)
                    .contains("`corroborate migrate`");

            CliRun run = CliRun.of("migrate", "--es", es.toString(), "--index-prefix", prefix);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.err()).contains("migrated 2 reports from " + v1 + " to " + current)
                    .contains("the alias " + prefix + "-reports now points to " + current)
                    .contains(v1 + " is kept");
            assertThat(client.indices().getAlias(a -> a.name(prefix + "-reports")).aliases().keySet())
                    .containsExactly(current);
            assertThat(client.count(c -> c.index(v1)).count()).isEqualTo(2);
            assertThat(client.count(c -> c.index(current)).count()).isEqualTo(2);

            List<Map<String, Object>> ar = claimsOf(client, current, "ar-1");
            assertThat(ar).anySatisfy(c -> {
                assertThat(c).containsEntry("action", "killed").containsEntry("count_value", 3);
                assertThat(c.get("date_start")).isEqualTo("2025-12-13");
            });
            List<Map<String, Object>> en = claimsOf(client, current, "en-1");
            assertThat(en).noneSatisfy(c -> assertThat(c.get("claim_id")).isEqualTo("stale"));
            assertThat(en).anySatisfy(c -> assertThat(c).containsEntry("action", "killed").containsEntry("count_value", 4));
            Map<String, Object> kept = client.get(g -> g.index(current).id("en-1"), Map.class).source();
            assertThat(kept).containsEntry("source", "Wire en-1").containsEntry("url", "https://example.org/en-1")
                    .containsEntry("published", "2025-12-14").containsEntry("origin", "/feeds/old.jsonl:4")
                    .containsEntry("text_en", EN_TEXT);

            CliRun again = CliRun.of("migrate", "--es", es.toString(), "--index-prefix", prefix);
            assertThat(again.exit()).isZero();
            assertThat(again.err()).contains("nothing to migrate");

            CliRun index = CliRun.of("index", CorpusFixtures.path("reports.jsonl").toString(), "--es", es.toString(),
                    "--index-prefix", prefix);
            assertThat(index.exit()).as(index.err()).isZero();
        }
    }

    @Test
    void aReportThatCannotBeReadBackKeepsTheAliasOnTheOldIndex(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        String v1 = prefix + "-reports-v1";
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            Map<String, Object> textless = v1Report("en-2", "en", "2025-12-14", EN_TEXT, List.of());
            textless.remove("text_en");
            createV1(client, prefix, Map.of("ar-1", v1Report("ar-1", "ar", "2025-12-14", AR_TEXT, List.of()),
                    "en-2", textless));

            CliRun run = CliRun.of("migrate", "--es", es.toString(), "--index-prefix", prefix);

            assertThat(run.exit()).isEqualTo(5);
            assertThat(run.err()).contains("stored report " + v1 + "/en-2: no \"text\"")
                    .contains("migrated 1 report from " + v1)
                    .contains("1 failed")
                    .contains("the alias " + prefix + "-reports still points to " + v1);
            assertThat(client.indices().getAlias(a -> a.name(prefix + "-reports")).aliases().keySet()).containsExactly(v1);
            assertThat(client.count(c -> c.index(v1)).count()).isEqualTo(2);
        }
    }

    @Test
    void withoutACorpusThereIsNothingToMigrateAndNothingIsCreated(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);

        CliRun run = CliRun.of("migrate", "--es", es.toString(), "--index-prefix", prefix);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("there is no corpus at " + prefix + "-reports").contains("nothing to migrate");
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            assertThat(client.indices().exists(e -> e.index(prefix + "-reports-v" + CURRENT)).value()).isFalse();
        }
    }
}
