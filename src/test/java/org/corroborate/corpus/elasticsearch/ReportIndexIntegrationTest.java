package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.cli.CliRun;
import org.corroborate.corpus.CorpusFixtures;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;

/** Creating and checking the versioned corpus index; an existing index is never changed or deleted. */
@ExtendWith(LocalElasticsearch.class)
class ReportIndexIntegrationTest {

    private static String prefix(TestInfo test) {
        return "it-report-index-" + test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT);
    }

    private static final int CURRENT = ElasticsearchCorpus.MAPPING_VERSION;

    /** An index {@code -v<version>} made by someone else: {@code published} is a keyword where ours is a date. */
    private static void createConflictingIndex(ElasticsearchClient client, String prefix, int version) throws IOException {
        String mapping = """
                {"_meta": {"corroborate_mapping_version": %d},
                 "properties": {"report_id": {"type": "keyword"}, "published": {"type": "keyword"},
                                "text_ar": {"type": "text", "analyzer": "standard"}}}""".formatted(version);
        client.indices().create(c -> c.index(prefix + "-reports-v" + version).settings(s -> s.numberOfReplicas("0"))
                .mappings(m -> m.withJson(new StringReader(mapping))).aliases(prefix + "-reports", a -> a));
        client.index(i -> i.index(prefix + "-reports-v" + version).id("kept").refresh(Refresh.True)
                .document(Map.of("report_id", "kept", "published", "yesterday")));
    }

    @Test
    void aConflictingMappingIsRefusedClearlyAndNothingIsDeleted(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            createConflictingIndex(client, prefix, CURRENT);
            String index = prefix + "-reports-v" + CURRENT;

            CliRun run = CliRun.of("index", CorpusFixtures.path("reports.jsonl").toString(), "--es", es.toString(),
                    "--index-prefix", prefix);

            assertThat(run.exit()).isEqualTo(4);
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("corroborate: mapping-conflict: index " + index + " differs from mapping v" + CURRENT + ": ")
                    .contains("published is keyword, expected date")
                    .contains("text_ar is analysed by standard, expected arabic")
                    .contains("missing claims, indexed_at, lang, origin")
                    .contains("nothing was changed");
            assertThat(client.count(c -> c.index(index)).count()).isEqualTo(1);
            Property published = client.indices().getMapping(g -> g.index(index))
                    .get(index).mappings().properties().get("published");
            assertThat(published.isKeyword()).isTrue();
        }
    }

    @Test
    void aNewerMappingVersionIsRefused(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es));
             ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(es), new IndexSettings(prefix, 1, 0))) {
            createConflictingIndex(client, prefix, CURRENT + 1);

            assertThatThrownBy(corpus::ensureIndex).isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageContaining("index " + prefix + "-reports-v" + (CURRENT + 1) + " has corroborate_mapping_version "
                            + (CURRENT + 1) + ", this Corroborate writes " + CURRENT)
                    .extracting(e -> ((ElasticsearchUnavailableException) e).code()).isEqualTo("mapping-conflict");
            assertThat(client.count(c -> c.index(prefix + "-reports")).count()).isEqualTo(1);
        }
    }

    @Test
    void aConcreteIndexWhereTheAliasShouldBeIsRefused(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es));
             ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(es), new IndexSettings(prefix, 1, 0))) {
            client.indices().create(c -> c.index(prefix + "-reports").settings(s -> s.numberOfReplicas("0")));

            assertThatThrownBy(corpus::ensureIndex).hasMessageContaining(prefix + "-reports is an index, not an alias");
            assertThat(client.indices().exists(e -> e.index(prefix + "-reports-v" + CURRENT)).value()).isFalse();
        }
    }

    @Test
    void ensuringTwiceKeepsOneIndexAndGivesAnAliaslessIndexItsAlias(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        IndexSettings settings = new IndexSettings(prefix, 1, 0);
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es));
             ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(es), settings)) {
            corpus.ensureIndex();
            corpus.ensureIndex();
            assertThat(client.indices().getAlias(a -> a.name(settings.alias())).aliases().keySet())
                    .containsExactly(settings.index(CURRENT));

            client.indices().deleteAlias(d -> d.index(settings.index(CURRENT)).name(settings.alias()));
            corpus.ensureIndex();
            assertThat(client.indices().getAlias(a -> a.name(settings.alias())).aliases().keySet())
                    .containsExactly(settings.index(CURRENT));
        }
    }

    @Test
    void theIndexCarriesItsMappingVersionAndStrictMapping(URI es, TestInfo test) throws IOException {
        String prefix = prefix(test);
        IndexSettings settings = new IndexSettings(prefix, 1, 0);
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es));
             ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(es), settings)) {
            corpus.ensureIndex();
            var mapping = client.indices().getMapping(g -> g.index(settings.alias())).get(settings.index(CURRENT)).mappings();
            assertThat(mapping.meta().get("corroborate_mapping_version").to(Integer.class)).isEqualTo(CURRENT);
            assertThat(mapping.properties().get("claims").isNested()).isTrue();
            var claims = mapping.properties().get("claims").nested().properties();
            assertThat(claims.get("date").isDateRange()).isTrue();
            // v2: slots only the comparison reads are kept in _source, not indexed (issue 6, indexing cost)
            assertThat(claims.get("subject_text").text().index()).isFalse();
            assertThat(claims.get("count_value").long_().index()).isFalse();
            assertThat(claims.get("location_path").keyword().index()).isNotEqualTo(Boolean.FALSE);
            // v3: the slots the same-event queries match on are indexed without doc values (nothing sorts or
            // aggregates on a claim), and the count is indexed once, as its range
            assertThat(claims.get("location_path").keyword().docValues().enabled()).isFalse();
            assertThat(claims.get("date").dateRange().docValues().enabled()).isFalse();
            assertThat(claims.get("count_min").long_().index()).isFalse();
            assertThatThrownBy(() -> client.index(i -> i.index(settings.alias()).id("x")
                    .document(Map.of("report_id", "x", "unexpected", 1))))
                    .hasMessageContaining("strict_dynamic_mapping_exception");
        }
    }
}
