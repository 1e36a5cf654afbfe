package org.corroborate.review.elasticsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.corroborate.review.ReviewFilter;
import org.corroborate.review.ReviewItem;
import org.corroborate.review.ReviewPage;
import org.corroborate.review.ReviewStore;
import org.corroborate.review.StaleVersionException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/**
 * Review items in {@code <prefix>-review}. Optimistic concurrency: an item's version is its
 * document's {@code <seq_no>:<primary_term>}, and every replacement is an index request with
 * {@code if_seq_no}/{@code if_primary_term}, so of two decisions made on the same version exactly
 * one is written, whichever instance receives them. Writes refresh, so the queue shows them at once.
 */
public final class ElasticsearchReviewStore extends org.corroborate.corpus.elasticsearch.IndexStore implements ReviewStore {

    /** Opens its own client for {@code es}, waiting as {@code timeouts} say; close the store to close it. */
    public static ElasticsearchReviewStore open(org.corroborate.corpus.EsSettings es, String prefix,
                             org.corroborate.corpus.elasticsearch.Clients.Timeouts timeouts) {
        return new ElasticsearchReviewStore(org.corroborate.corpus.elasticsearch.Clients.open(es, timeouts), prefix, es.url().toString());
    }

    public ElasticsearchReviewStore(ElasticsearchClient client, String prefix, String url) {
        super(client, prefix + "-review", url);
    }

    public ElasticsearchReviewStore ensureIndex() {
        createIndexUnlessExists(m -> m
                .properties("id", p -> p.keyword(k -> k))
                .properties("status", p -> p.keyword(k -> k))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("severity", p -> p.keyword(k -> k))
                .properties("severity_rank", p -> p.integer(k -> k))
                .properties("article_id", p -> p.keyword(k -> k))
                .properties("revision", p -> p.keyword(k -> k))
                .properties("report_id", p -> p.keyword(k -> k))
                .properties("lang", p -> p.keyword(k -> k))
                .properties("created_at", p -> p.date(d -> d)));
        return this;
    }

    @Override
    public void addAll(List<ReviewItem> items) {
        if (items.isEmpty()) {
            return;
        }
        List<BulkOperation> ops = new ArrayList<>();
        for (ReviewItem item : items) {
            ObjectNode doc = ItemDocuments.toDocument(item);
            ops.add(BulkOperation.of(b -> b.create(c -> c.index(index).id(item.id()).document(doc))));
        }
        var response = EsCalls.run(url, () -> client.bulk(b -> b.operations(ops).refresh(Refresh.True)));
        for (var r : response.items()) {
            if (r.error() != null && r.status() != 409) {
                throw new org.corroborate.api.ElasticsearchUnavailableException("es-refused",
                        "Elasticsearch at " + url + " refused a review item: " + r.error().reason());
            }
        }
    }

    @Override
    public Optional<ReviewItem> get(String id) {
        GetResponse<ObjectNode> doc = EsCalls.run(url, () -> client.get(g -> g.index(index).id(id), ObjectNode.class));
        return doc.found() ? Optional.of(ItemDocuments.fromDocument(doc.source(), doc.seqNo(), doc.primaryTerm()))
                : Optional.empty();
    }

    @Override
    public ReviewItem replace(ReviewItem item, String expectedVersion) {
        long[] v = ItemDocuments.parseVersion(expectedVersion);
        if (v == null) {
            throw new StaleVersionException(item.id(), currentVersion(item.id()));
        }
        ObjectNode doc = ItemDocuments.toDocument(item);
        try {
            IndexResponse r = EsCalls.run(url, () -> client.index(i -> i.index(index).id(item.id()).document(doc)
                    .ifSeqNo(v[0]).ifPrimaryTerm(v[1]).refresh(Refresh.True)));
            return item.withVersion(ItemDocuments.version(r.seqNo(), r.primaryTerm()));
        } catch (org.corroborate.api.ElasticsearchUnavailableException e) {
            if (e.getCause() instanceof ElasticsearchException ee && EsCalls.isConflict(ee)) {
                throw new StaleVersionException(item.id(), currentVersion(item.id()));
            }
            throw e;
        }
    }

    private String currentVersion(String id) {
        return get(id).map(ReviewItem::version).orElse(null);
    }

    @Override
    public ReviewPage list(ReviewFilter filter, int offset, int limit) {
        Query query = Query.of(q -> q.bool(b -> {
            term(b, "status", filter.status() == null ? null : filter.status().wire());
            term(b, "article_id", filter.articleId());
            term(b, "revision", filter.revision());
            term(b, "kind", filter.kind());
            term(b, "lang", filter.lang());
            return b;
        }));
        SearchResponse<ObjectNode> r = EsCalls.run(url, () -> client.search(s -> s.index(index).query(query)
                .from(offset).size(limit).seqNoPrimaryTerm(true).trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.field(f -> f.field("severity_rank").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Asc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc))), ObjectNode.class));
        List<ReviewItem> items = r.hits().hits().stream()
                .map(h -> ItemDocuments.fromDocument(h.source(), h.seqNo(), h.primaryTerm())).toList();
        long total = r.hits().total() == null ? items.size() : r.hits().total().value();
        return new ReviewPage(items, total, offset);
    }

    private static void term(co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery.Builder b, String field,
                             String value) {
        if (value != null) {
            b.filter(f -> f.term(t -> t.field(field).value(FieldValue.of(value))));
        }
    }
}
