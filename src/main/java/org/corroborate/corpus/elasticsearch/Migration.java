package org.corroborate.corpus.elasticsearch;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.corroborate.corpus.ClaimSlots;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.Migrated;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.StoredReport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;

/**
 * Moves the corpus from an older mapping version to this one (README "Corpus index design"): every
 * stored report is read back from the index the alias points to, its claims extracted again with
 * the current rules, and written into this version's index through the same bulk loader as
 * {@code index}; once every report is there, the alias moves to the new index in one step. The old
 * index is kept (nothing is ever deleted); a run with failures leaves the alias where it was, and a
 * second run writes the same ids again. Plain search and scroll only: the local node has no
 * {@code _reindex}, and the claims need extracting anew anyway.
 */
final class Migration {
    /** Reports read per scroll page. */
    static final int PAGE = 500;

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private final String url;

    Migration(ElasticsearchClient client, IndexSettings settings, String url) {
        this.client = client;
        this.settings = settings;
        this.url = url;
    }

    /** Migrates when the alias points to an older version; {@code null} when there is nothing to migrate. */
    Migrated run(ClaimSource claims, PlaceAncestors places, IndexListener listener) {
        ReportIndex index = new ReportIndex(client, settings, url);
        String from = index.olderTarget();
        if (from == null) {
            return null;
        }
        String to = index.createUnaliased();
        BulkLoader loader = new BulkLoader(client, to, claims, new ClaimSlots(places), listener, Clock.systemUTC());
        IndexSummary copied = loader.finish(loader.readAll(() -> Calls.run(url, () -> {
            scroll(from, loader);
            return null;
        })));
        boolean complete = copied.failed() == 0 && !copied.elasticsearchLost();
        if (complete) {
            Calls.run(url, () -> client.indices().refresh(r -> r.index(to)));
            index.moveAlias(from, to);
        }
        return new Migrated(from, to, copied, complete);
    }

    /** Every stored report of {@code from}, its claims left out, into the loader, a scroll page at a time. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void scroll(String from, BulkLoader loader) throws IOException {
        SearchResponse<Map> first = client.search(s -> s.index(from).size(PAGE).scroll(t -> t.time("2m"))
                .sort(o -> o.field(f -> f.field("_doc").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.excludes("claims"))), Map.class);
        String scrollId = first.scrollId();
        ResponseBody<Map> page = first;
        try {
            while (!page.hits().hits().isEmpty()) {
                for (Hit<Map> hit : page.hits().hits()) {
                    loader.accept(StoredReport.read(from, hit.id(), (Map<String, Object>) hit.source()));
                }
                String id = scrollId;
                ScrollResponse<Map> next = client.scroll(s -> s.scrollId(id).scroll(t -> t.time("2m")), Map.class);
                scrollId = next.scrollId();
                page = next;
            }
        } finally {
            String id = scrollId;
            if (id != null) {
                client.clearScroll(c -> c.scrollId(List.of(id)));
            }
        }
    }
}
