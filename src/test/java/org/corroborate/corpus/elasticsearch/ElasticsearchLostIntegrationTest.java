package org.corroborate.corpus.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.corroborate.corpus.DocumentReader;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.Origin;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.localnode.Attached;
import org.corroborate.localnode.LocalNode;
import org.corroborate.testing.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elasticsearch going away in the middle of a run: its own node (the shared one must live on),
 * stopped by the document reader once the first bulk request has been answered.
 */
class ElasticsearchLostIntegrationTest {
    private static final int DOCUMENTS = 1500;
    private static final int STOP_AT = 700;

    @Test
    void reportsTheLostReportsAndStopsReading(@TempDir Path folder) throws Exception {
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve("report-%04d.txt".formatted(i)), "Report number " + i + " from the wire.");
        }
        Path data = LocalElasticsearch.newDataDir("corroborate-lost-");
        Attached node = LocalNode.startAttached(data, LocalElasticsearch.freePort());
        CountDownLatch firstAnswer = new CountDownLatch(1);
        AtomicInteger failuresHeard = new AtomicInteger();
        IndexListener listener = new IndexListener() {
            @Override
            public void failed(Origin origin, String reason) {
                assertThat(reason).startsWith("no answer from Elasticsearch");
                failuresHeard.incrementAndGet();
            }

            @Override
            public void progress(long done, long read) {
                firstAnswer.countDown();
            }
        };
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(EsSettings.of(node.url()),
                new IndexSettings("it-lost", 1, 0))) {
            corpus.ensureIndex();
            IndexSummary summary = corpus.load(new ReportSources(stoppingReader(node, firstAnswer)), List.of(folder),
                    ClaimSource.NONE, PlaceAncestors.NONE, listener);

            assertThat(summary.indexed()).isEqualTo(BulkLoader.MAX_OPERATIONS);
            assertThat(summary.elasticsearchLost()).isTrue();
            assertThat(summary.failed()).isEqualTo(summary.unanswered()).isEqualTo(failuresHeard.get()).isPositive();
            assertThat(summary.stoppedAt()).isNotNull();
            assertThat(summary.indexed() + summary.failed()).isLessThan(DOCUMENTS);
        } finally {
            node.close();
            LocalElasticsearch.deleteTree(data);
        }
    }

    /** Reads .txt files, and stops the node at the {@value #STOP_AT}th, once a bulk request has been answered. */
    private static DocumentReader stoppingReader(Attached node, CountDownLatch firstAnswer) {
        ArticleDocumentReader text = new ArticleDocumentReader();
        AtomicInteger reads = new AtomicInteger();
        return new DocumentReader() {
            @Override
            public boolean canRead(Path file) {
                return text.canRead(file);
            }

            @Override
            public Document read(Path file, org.corroborate.api.Language lang) throws IOException {
                if (reads.incrementAndGet() == STOP_AT) {
                    try {
                        assertThat(firstAnswer.await(60, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    node.close();
                }
                return text.read(file, lang);
            }
        };
    }
}
