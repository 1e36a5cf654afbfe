package org.corroborate.corpus.elasticsearch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.corroborate.corpus.ClaimSlots;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.Migrated;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportSources;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The report corpus in Elasticsearch, as the rest of Corroborate sees it: connect (checked, so an
 * unreachable cluster is one clear error before anything is read), make sure the versioned index
 * and its alias are there, load reports. No {@code co.elastic} type crosses this class's surface.
 */
public final class ElasticsearchCorpus implements AutoCloseable {
    /** The mapping version this Corroborate writes: its index is {@code <prefix>-reports-v<N>}. */
    public static final int MAPPING_VERSION = ReportIndex.MAPPING_VERSION;

    private final ElasticsearchClient client;
    private final EsSettings es;
    private final IndexSettings index;

    private ElasticsearchCorpus(ElasticsearchClient client, EsSettings es, IndexSettings index) {
        this.client = client;
        this.es = es;
        this.index = index;
    }

    /**
     * Connects to the cluster and checks it answers.
     *
     * @throws org.corroborate.api.ElasticsearchUnavailableException naming the URL when it does not
     */
    public static ElasticsearchCorpus connect(EsSettings es, IndexSettings index) {
        return connect(es, index, Clients.Timeouts.BATCH);
    }

    /** As above, the client waiting as {@code timeouts} say (the HTTP API waits less than the command line). */
    public static ElasticsearchCorpus connect(EsSettings es, IndexSettings index, Clients.Timeouts timeouts) {
        return new ElasticsearchCorpus(Clients.openChecked(es, timeouts), es, Objects.requireNonNull(index, "index"));
    }

    /**
     * Moves a corpus of an older mapping version to this one ({@link Migration}): every stored report
     * indexed again into {@code <prefix>-reports-v<N>}, its claims from {@code claims}, then the alias
     * moved when none failed. {@code null} when the alias is missing or already on this version.
     */
    public Migrated migrate(ClaimSource claims, PlaceAncestors places, IndexListener listener) {
        return new Migration(client, index, es.url().toString()).run(claims, places, listener);
    }

    /** Whether the alias {@code <prefix>-reports} is there: some corpus has been written. */
    public boolean exists() {
        return Calls.run(es.url().toString(), () -> client.indices().existsAlias(a -> a.name(index.alias())).value());
    }

    /**
     * Creates the index {@code <prefix>-reports-v<N>} and its alias on first use, or checks the existing one.
     *
     * @throws org.corroborate.api.ElasticsearchUnavailableException code {@code mapping-conflict} when
     *         the existing index has another mapping version or conflicting fields (nothing is changed)
     */
    public void ensureIndex() {
        new ReportIndex(client, index, es.url().toString()).ensure();
    }

    /**
     * Reads {@code paths} with {@code sources} and writes every report, its claims from
     * {@code claims} stored as nested slots; refreshes the index at the end so the reports are
     * searchable at once. Call {@link #ensureIndex()} first. When Elasticsearch stops answering
     * mid-run, the reports of the lost requests are reported failed and reading stops there
     * ({@link IndexSummary#stoppedAt()}).
     */
    public IndexSummary load(ReportSources sources, List<Path> paths, ClaimSource claims, PlaceAncestors places,
                             IndexListener listener) {
        BulkLoader loader = new BulkLoader(client, index.alias(), claims, new ClaimSlots(places), listener,
                Clock.systemUTC());
        IndexSummary summary = loader.finish(loader.readAll(() -> sources.read(paths, loader::accept)));
        if (summary.indexed() > 0 && !summary.elasticsearchLost()) {
            Calls.run(es.url().toString(), () -> client.indices().refresh(r -> r.index(index.alias())));
        }
        return summary;
    }

    /** Claim lookups over the corpus, one {@code _msearch} round trip per batch. */
    public ReportSearch search(PlaceAncestors places) {
        return new ReportSearch(client, index.alias(), es.url().toString(), places);
    }

    public IndexSettings indexSettings() {
        return index;
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // nothing left to tell: every request has been answered
        }
    }
}
