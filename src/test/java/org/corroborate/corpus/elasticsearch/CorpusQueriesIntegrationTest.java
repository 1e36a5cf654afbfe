package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.corroborate.corpus.CorpusFixtures;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/** What the index design lets the checking step ask: claims as nested slots, text per language. */
@ExtendWith(LocalElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusQueriesIntegrationTest {
    private static final IndexSettings INDEX = new IndexSettings("it-corpus-queries", 1, 0);
    private ElasticsearchClient client;

    @BeforeAll
    void indexTheFixtureFeedWithItsClaims(URI es) {
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(es), INDEX)) {
            corpus.ensureIndex();
            IndexSummary summary = corpus.load(new ReportSources(new ArticleDocumentReader()),
                    List.of(CorpusFixtures.path("reports.jsonl")), CorpusClaims.SOURCE, CorpusClaims.PLACES, IndexListener.NONE);
            assertThat(summary.indexed()).isEqualTo(6);
            assertThat(summary.failed()).isZero();
        }
        client = Clients.open(EsSettings.of(es));
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    private List<String> ids(Query query) throws IOException {
        return client.search(s -> s.index(INDEX.alias()).query(query).size(20), Map.class)
                .hits().hits().stream().map(Hit::id).sorted().toList();
    }

    private static Query nested(Query... must) {
        return Query.of(q -> q.nested(n -> n.path("claims").query(b -> b.bool(bool -> bool.filter(List.of(must))))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field("claims." + field).value(value)));
    }

    @Test
    void findsKilledCountsIntersectingFourteenOrMoreWithinOneClaim() throws IOException {
        Query atLeast14 = Query.of(q -> q.range(r -> r.untyped(u -> u.field("claims.count")
                .gte(JsonData.of(14)).relation(RangeRelation.Intersects))));

        // wire-en-0002 has killed 2 and displaced ~4000 in two claims: it must not match
        assertThat(ids(nested(term("action", "killed"), atLeast14))).containsExactly("wire-ar-0001", "wire-en-0001");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsTheCountsBoundsInTheSourceAndQueriesOnlyTheRange() throws IOException {
        Map<String, Object> source = client.get(g -> g.index(INDEX.alias()).id("wire-ar-0001"), Map.class).source();
        List<Map<String, Object>> killed = ((List<Map<String, Object>>) source.get("claims")).stream()
                .filter(c -> "killed".equals(c.get("action"))).toList();
        assertThat(killed).isNotEmpty().allSatisfy(c -> {
            assertThat(((Number) c.get("count_min")).longValue()).isEqualTo(((Number) ((Map<?, ?>) c.get("count")).get("gte")).longValue());
            assertThat(c.get("count_max") == null ? null : ((Number) c.get("count_max")).longValue())
                    .isEqualTo(((Map<?, ?>) c.get("count")).get("lte") == null ? null
                            : ((Number) ((Map<?, ?>) c.get("count")).get("lte")).longValue());
        });
        // mapping v3: the ends are not indexed (the comparison reads them from _source); a query asks the range
        Query onTheEnd = Query.of(q -> q.range(r -> r.number(n -> n.field("claims.count_max").gte(14.0))));
        assertThatThrownBy(() -> ids(nested(onTheEnd)))
                .hasMessageContaining("not indexed");
    }

    @Test
    void findsAClaimInACityByItsGovernorate() throws IOException {
        assertThat(ids(nested(term("location_path", "sy-idlib"), term("action", "wounded"))))
                .containsExactly("wire-ar-0001", "wire-en-0001");
        assertThat(ids(nested(term("location_key", "sy-idlib")))).isEmpty();
    }

    @Test
    void findsClaimsWhoseDateRangeIntersectsAWindow() throws IOException {
        Query window = Query.of(q -> q.range(r -> r.untyped(u -> u.field("claims.date")
                .gte(JsonData.of("2025-11-25")).lte(JsonData.of("2025-11-30")).relation(RangeRelation.Intersects))));

        assertThat(ids(nested(window))).containsExactly("wire-ar-0003");
    }

    @Test
    void findsAQuoteByItsWordsInTheLanguagesField() throws IOException {
        Query quote = Query.of(q -> q.nested(n -> n.path("claims").query(b -> b.match(m -> m
                .field("claims.quote_en").query("nobody is above laws")))));

        assertThat(ids(quote)).containsExactly("wire-en-0003");
    }

    @Test
    void findsArabicTextByAnotherInflection() throws IOException {
        // the report says "غارة" (a raid, singular); the query asks for "الغارات" (the raids)
        Query raids = Query.of(q -> q.match(m -> m.field("text_ar").query("الغارات")));
        assertThat(ids(raids)).containsExactly("wire-ar-0001");
        // "بالاعتقال" (singular, with preposition and article) finds the plural "اعتقالات" of a title
        assertThat(ids(Query.of(q -> q.match(m -> m.field("title_ar").query("بالاعتقال"))))).containsExactly("wire-ar-0002");
    }

    @Test
    void keepsEnglishTextOutOfTheArabicField() throws IOException {
        assertThat(ids(Query.of(q -> q.match(m -> m.field("text_en").query("markets"))))).containsExactly("wire-en-0001");
        assertThat(ids(Query.of(q -> q.match(m -> m.field("text_ar").query("market"))))).isEmpty();
    }
}
