package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim.Action;
import org.corroborate.api.CountClaim.Category;
import org.corroborate.api.CountClaim.Count;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.Origin;
import org.corroborate.corpus.ReportSources;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;

/**
 * Issue 6: claims are extracted on several threads, and the run still behaves as one reading
 * thread would: failures in line order, the later of two reports with one id wins, each report
 * stored with its own claims.
 */
@ExtendWith(LocalElasticsearch.class)
class ParallelLoadIntegrationTest {
    private static final int LINES = 400;

    @Test
    void extractsInParallelAndKeepsTheInputOrder(URI es, @TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            if (i % 50 == 7) {
                lines.add("{not json");
            } else if (i == LINES) {
                lines.add(report("r-10", "the last word on report ten " + i)); // the same id as line 10
            } else {
                lines.add(report("r-" + i, "report " + i + (i % 40 == 3 ? " cannot be read for claims" : "")));
            }
        }
        Files.write(feed, lines);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ClaimSource slowFirst = report -> {
            threads.add(Thread.currentThread().getName());
            int n = Integer.parseInt(report.id().value().substring(2));
            sleep((LINES - n) % 5); // earlier reports take longer: they finish after later ones
            if (report.text().contains("cannot be read")) {
                throw new IllegalStateException("no claims in " + report.id().value());
            }
            return List.of(claimOf(report.text()));
        };
        List<Origin> failures = Collections.synchronizedList(new ArrayList<>());
        IndexListener listener = new IndexListener() {
            @Override
            public void failed(Origin origin, String reason) {
                failures.add(origin);
            }
        };

        IndexSummary summary;
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(es),
                new IndexSettings("it-parallel-load", 1, 0))) {
            corpus.ensureIndex();
            summary = corpus.load(new ReportSources(new ArticleDocumentReader()), List.of(feed), slowFirst,
                    CorpusClaims.PLACES, listener);
        }

        List<Integer> failedLines = failures.stream().map(Origin::line).toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
            if (i % 50 == 7 || i % 40 == 3) {
                expected.add(i);
            }
        }
        assertThat(failedLines).isEqualTo(expected);
        assertThat(summary.failed()).isEqualTo(expected.size());
        assertThat(summary.indexed()).isEqualTo(LINES - expected.size());
        assertThat(summary.replaced()).isEqualTo(1);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).as("extraction threads").hasSizeGreaterThan(1);
        }
        try (ElasticsearchClient client = Clients.open(EsSettings.of(es))) {
            assertThat(client.count(c -> c.index("it-parallel-load-reports")).count()).isEqualTo(LINES - expected.size() - 1);
            assertThat(sentenceOf(client, "r-10")).isEqualTo("the last word on report ten " + LINES);
            for (int i : List.of(1, 2, 99, 200, 321, 399)) {
                assertThat(sentenceOf(client, "r-" + i)).as("report %d keeps its own claims", i).isEqualTo("report " + i);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String sentenceOf(ElasticsearchClient client, String id) throws IOException {
        GetResponse<Map> doc = client.get(g -> g.index("it-parallel-load-reports").id(id), Map.class);
        List<Map<String, Object>> claims = (List<Map<String, Object>>) doc.source().get("claims");
        assertThat(claims).hasSize(1);
        return (String) claims.get(0).get("sentence");
    }

    private static Claim claimOf(String text) {
        return CorpusClaims.count("c1", Action.KILLED, Count.exactly(3), Category.PEOPLE, null, null, null, text);
    }

    private static String report(String id, String text) {
        return "{\"id\": \"" + id + "\", \"lang\": \"en\", \"published\": \"2026-06-01\", \"text\": \"" + text + "\"}";
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
