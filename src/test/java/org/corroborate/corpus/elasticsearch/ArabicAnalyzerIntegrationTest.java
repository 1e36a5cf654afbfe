package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.corroborate.corpus.EsSettings;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** The official Java client against the real local node (issue 2's done-when). */
@ExtendWith(LocalElasticsearch.class)
class ArabicAnalyzerIntegrationTest {

    @Test
    void clientSeesARealElasticsearchNode(EsSettings es) throws IOException {
        try (ElasticsearchClient client = Clients.openChecked(es)) {
            var info = client.info();
            assertThat(info.version().number()).startsWith("9.5.");
            assertThat(info.clusterUuid()).isNotBlank().isNotEqualTo("_na_");
            assertThat(client.ping().value()).isTrue();
        }
    }

    @Test
    void findsArabicSentenceByAnotherInflectionOfItsWord(EsSettings es) throws IOException {
        try (ElasticsearchClient client = Clients.open(es)) {
            client.indices().create(c -> c.index("arabic-analyzer-it")
                    .settings(s -> s.numberOfReplicas("0"))
                    .mappings(m -> m.properties("text", p -> p.text(t -> t.analyzer("arabic")))));
            client.index(i -> i.index("arabic-analyzer-it").id("1").refresh(Refresh.True)
                    .document(Map.of("text", "أعلنت اللجنة العليا نتائج الانتخابات البلدية في المحافظة")));
            client.index(i -> i.index("arabic-analyzer-it").id("2").refresh(Refresh.True)
                    .document(Map.of("text", "ارتفعت أسعار الخبز في الأسواق هذا الأسبوع")));

            // "بالانتخاب" (with the preposition, singular) must find "الانتخابات" (definite plural)
            assertThat(idsMatching(client, "بالانتخاب")).containsExactly("1");
            // "محافظة" without the article and teh marbuta folded
            assertThat(idsMatching(client, "والمحافظه")).containsExactly("1");
            assertThat(idsMatching(client, "الطقس")).isEmpty();
        }
    }

    @Test
    void englishAnalyzerStemsInflections(EsSettings es) throws IOException {
        try (ElasticsearchClient client = Clients.open(es)) {
            client.indices().create(c -> c.index("english-analyzer-it")
                    .settings(s -> s.numberOfReplicas("0"))
                    .mappings(m -> m.properties("text", p -> p.text(t -> t.analyzer("english")))));
            client.index(i -> i.index("english-analyzer-it").id("1").refresh(Refresh.True)
                    .document(Map.of("text", "Two soldiers were killed in the attacks")));
            SearchResponse<Map> response = client.search(s -> s.index("english-analyzer-it")
                    .query(q -> q.match(m -> m.field("text").query("soldier attack"))), Map.class);
            assertThat(response.hits().hits()).extracting(Hit::id).containsExactly("1");
        }
    }

    private static List<String> idsMatching(ElasticsearchClient client, String words) throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index("arabic-analyzer-it")
                .query(q -> q.match(m -> m.field("text").query(words))), Map.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }
}
