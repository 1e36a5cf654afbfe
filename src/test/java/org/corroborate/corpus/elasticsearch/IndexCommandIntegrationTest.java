package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.corroborate.cli.CliRun;
import org.corroborate.corpus.CorpusFixtures;
import org.corroborate.corpus.EsSettings;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** {@code corroborate index} end to end, against the real local node (issue 6). */
@ExtendWith(LocalElasticsearch.class)
class IndexCommandIntegrationTest {

    private static String prefix(TestInfo test) {
        return "it-index-cmd-" + test.getTestMethod().orElseThrow().getName().toLowerCase(java.util.Locale.ROOT);
    }

    private static CliRun index(URI es, String prefix, String... paths) {
        String[] args = new String[paths.length + 5];
        args[0] = "index";
        System.arraycopy(paths, 0, args, 1, paths.length);
        args[paths.length + 1] = "--es";
        args[paths.length + 2] = es.toString();
        args[paths.length + 3] = "--index-prefix";
        args[paths.length + 4] = prefix;
        return CliRun.of(args);
    }

    private static String fixture(String name) {
        return CorpusFixtures.path(name).toString();
    }

    @Test
    void indexesAFeedBehindAVersionedAliasAndSaysSo(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        CliRun run = index(es, prefix, fixture("reports.jsonl"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("corroborate: indexed 6 reports into " + prefix
                + "-reports (6 new, 0 replaced), 0 failed, 0 skipped");
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            assertThat(client.indices().getAlias(a -> a.name(prefix + "-reports")).aliases().keySet())
                    .containsExactly(prefix + "-reports-v" + ElasticsearchCorpus.MAPPING_VERSION);
            assertThat(client.count(c -> c.index(prefix + "-reports")).count()).isEqualTo(6);
            GetResponse<Map> doc = client.get(g -> g.index(prefix + "-reports").id("wire-ar-0002"), Map.class);
            assertThat(doc.source()).containsEntry("lang", "ar").containsEntry("source", "sahifa-b")
                    .containsEntry("published", "2025-11-25").containsEntry("published_at", "2025-11-25T09:30:00+03:00")
                    .containsKeys("text_ar", "title_ar", "indexed_at").doesNotContainKeys("text_en", "section");
            assertThat(client.indices().getSettings(s -> s.index(prefix + "-reports-v" + ElasticsearchCorpus.MAPPING_VERSION)).get(prefix + "-reports-v" + ElasticsearchCorpus.MAPPING_VERSION)
                    .settings().index().numberOfReplicas()).isEqualTo("0");
        }
    }

    @Test
    void storesTheClaimsExtractedFromEachReport(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        assertThat(index(es, prefix, fixture("reports.jsonl")).exit()).isZero();
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            GetResponse<Map> doc = client.get(g -> g.index(prefix + "-reports").id("wire-ar-0001"), Map.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> claims = (List<Map<String, Object>>) doc.source().get("claims");
            // "قُتل خمسة عشر مدنياً وأصيب أكثر من ثلاثين آخرين"
            assertThat(claims).anySatisfy(c -> assertThat(c).containsEntry("action", "killed")
                    .containsEntry("subject_category", "civilians").containsEntry("count_value", 15));
            assertThat(claims).anySatisfy(c -> assertThat(c).containsEntry("action", "wounded")
                    .containsEntry("count_min", 31));
        }
    }

    @Test
    void indexingTheSameFeedAgainReplacesEveryReport(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        assertThat(index(es, prefix, fixture("reports.jsonl")).exit()).isZero();

        CliRun again = index(es, prefix, fixture("reports.jsonl"));

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("indexed 6 reports into " + prefix + "-reports (0 new, 6 replaced), 0 failed");
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            assertThat(client.count(c -> c.index(prefix + "-reports")).count()).isEqualTo(6);
        }
    }

    @Test
    void reportsAMalformedLineWithItsNumberAndIndexesTheOthers(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        CliRun run = index(es, prefix, fixture("malformed.jsonl"));

        assertThat(run.exit()).isEqualTo(5);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith(fixture("malformed.jsonl") + ":3: not JSON"));
        assertThat(lines).contains(fixture("malformed.jsonl")
                + ":4: unsupported language 'fr': Corroborate reads ar and en");
        assertThat(lines).last().isEqualTo("corroborate: indexed 3 reports into " + prefix
                + "-reports (3 new, 0 replaced), 2 failed, 0 skipped");
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            List<String> ids = client.search(s -> s.index(prefix + "-reports").size(10), Map.class)
                    .hits().hits().stream().map(Hit::id).sorted().toList();
            assertThat(ids).containsExactly("mal-1", "mal-2", "mal-5");
        }
    }

    @Test
    void indexesAFolderOfDocumentsAndFeedsTogether(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        CliRun run = index(es, prefix, fixture("documents"), fixture("reports.jsonl"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("NOTES.md: skipped: neither a feed nor a document")
                .contains("indexed 9 reports into " + prefix + "-reports (9 new, 0 replaced), 0 failed, 1 skipped");
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            GetResponse<Map> doc = client.get(g -> g.index(prefix + "-reports").id("doc-ar-0001"), Map.class);
            assertThat(doc.found()).isTrue();
            assertThat(doc.source()).containsEntry("title_ar", "بيان الدفاع المدني بشأن غارة سراقب")
                    .containsEntry("source", "difaa-madani");
        }
    }

    @Test
    void aMissingPathIsRejectedBeforeElasticsearchIsContacted(TestInfo test) throws IOException {
        int closed = LocalElasticsearch.freePort();
        CliRun run = CliRun.of("index", fixture("reports.jsonl"), fixture("no-such-feed.jsonl"),
                "--es", "http://127.0.0.1:" + closed, "--index-prefix", prefix(test));

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().strip()).isEqualTo("corroborate: missing-input: no such file or directory: "
                + fixture("no-such-feed.jsonl"));
    }

    @Test
    void aBadIndexPrefixIsRejectedBeforeElasticsearchIsContacted() throws IOException {
        CliRun run = CliRun.of("index", fixture("reports.jsonl"), "--es", "http://127.0.0.1:" + LocalElasticsearch.freePort(),
                "--index-prefix", "Newsroom");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("corroborate: bad-index-prefix: ");
    }

    @Test
    void anUnreachableElasticsearchIsOneErrorNamingTheUrl(TestInfo test) throws IOException {
        String url = "http://127.0.0.1:" + LocalElasticsearch.freePort();
        CliRun run = CliRun.of("index", fixture("reports.jsonl"), "--es", url, "--index-prefix", prefix(test));

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("corroborate: es-unreachable: Elasticsearch at " + url + " is unreachable");
    }
}
