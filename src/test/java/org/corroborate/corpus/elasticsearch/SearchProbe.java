package org.corroborate.corpus.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corroborate.corpus.ClaimQuery;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.PlaceAncestors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.FetchProfile;
import co.elastic.clients.elasticsearch.core.search.Profile;
import co.elastic.clients.elasticsearch.core.search.QueryProfile;

/**
 * The corpus bench's view inside a check's {@code _msearch} (issue 6): the {@code took} of the whole
 * request and of each sub-search, exactly as {@link ReportSearch} sends them, and the query profile of
 * one sub-search. Never used by the suite.
 */
public final class SearchProbe implements AutoCloseable {
    private final ElasticsearchClient client;
    private final ReportSearch search;

    public SearchProbe(EsSettings es, String alias, PlaceAncestors places) {
        this.client = Clients.open(es);
        this.search = new ReportSearch(client, alias, es.url().toString(), places);
    }

    /** Server-side milliseconds: element 0 the whole {@code _msearch}, then each sub-search in order. */
    public List<Long> took(List<ClaimQuery> batch) throws IOException {
        List<RequestItem> searches = batch.stream().map(search::request).toList();
        MsearchResponse<Map> response = client.msearch(m -> m.searches(searches), Map.class);
        List<Long> took = new ArrayList<>();
        took.add(response.took());
        for (MultiSearchResponseItem<Map> item : response.responses()) {
            took.add(item.isFailure() ? -1 : item.result().took());
        }
        return took;
    }

    /** The {@code _msearch} body as {@link ReportSearch} sends it (NDJSON), to replay by hand. */
    public String ndjson(List<ClaimQuery> batch, String alias) {
        StringBuilder out = new StringBuilder();
        for (ClaimQuery query : batch) {
            out.append("{\"index\":\"").append(alias).append("\"}\n")
                    .append(co.elastic.clients.json.JsonpUtils.toJsonString(search.request(query).body(),
                            client._jsonpMapper())).append('\n');
        }
        return out.toString();
    }

    /** The query profile of one sub-search, as an indented tree of query types and their times. */
    public String profile(ClaimQuery query, String alias) throws IOException {
        RequestItem item = search.request(query);
        SearchResponse<Map> response = client.search(s -> s.index(alias).query(item.body().query())
                .size(item.body().size()).source(item.body().source()).sort(item.body().sort())
                .trackScores(item.body().trackScores()).profile(true), Map.class);
        StringBuilder out = new StringBuilder("took " + response.took() + " ms, hits "
                + response.hits().total().value() + "\n");
        Profile profile = response.profile();
        profile.shards().forEach(shard -> {
            shard.searches().forEach(s -> {
                s.query().forEach(q -> tree(q, 1, out));
                s.collector().forEach(c -> out.append("  collector ").append(c.name()).append(' ')
                        .append(c.timeInNanos() / 1000).append(" µs\n"));
            });
            if (shard.fetch() != null) {
                fetch(shard.fetch(), 1, out);
            }
        });
        return out.toString();
    }

    private static void tree(QueryProfile q, int depth, StringBuilder out) {
        String description = q.description().length() > 140 ? q.description().substring(0, 140) + "…" : q.description();
        out.append("  ".repeat(depth)).append(q.type()).append(' ').append(q.timeInNanos() / 1000).append(" µs  ")
                .append(description).append('\n');
        if (q.children() != null) {
            q.children().forEach(c -> tree(c, depth + 1, out));
        }
    }

    private static void fetch(FetchProfile f, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("fetch ").append(f.type()).append(' ').append(f.timeInNanos() / 1000)
                .append(" µs\n");
        if (f.children() != null) {
            f.children().forEach(c -> fetch(c, depth + 1, out));
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
