package org.corroborate.review.elasticsearch;

import java.time.Instant;
import java.util.Optional;

import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.review.ReportStore;
import org.corroborate.review.StoredReport;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;

/**
 * Check reports in {@code <prefix>-checks}, the document id the report id; written with
 * {@code op_type=create}, so two instances checking the same revision at once store one report.
 * The report itself is kept as given, not indexed ({@code enabled: false}).
 */
public final class ElasticsearchReportStore extends org.corroborate.corpus.elasticsearch.IndexStore implements ReportStore {

    /** Opens its own client for {@code es}, waiting as {@code timeouts} say; close the store to close it. */
    public static ElasticsearchReportStore open(org.corroborate.corpus.EsSettings es, String prefix,
                             org.corroborate.corpus.elasticsearch.Clients.Timeouts timeouts) {
        return new ElasticsearchReportStore(org.corroborate.corpus.elasticsearch.Clients.open(es, timeouts), prefix, es.url().toString());
    }

    public ElasticsearchReportStore(ElasticsearchClient client, String prefix, String url) {
        super(client, prefix + "-checks", url);
    }

    public ElasticsearchReportStore ensureIndex() {
        createIndexUnlessExists(m -> m
                .properties("article_id", p -> p.keyword(k -> k))
                .properties("revision", p -> p.keyword(k -> k))
                .properties("content_hash", p -> p.keyword(k -> k))
                .properties("created_at", p -> p.date(d -> d))
                .properties("report", p -> p.object(o -> o.enabled(false))));
        return this;
    }

    @Override
    public Optional<StoredReport> get(String reportId) {
        GetResponse<ObjectNode> doc = EsCalls.run(url, () -> client.get(g -> g.index(index).id(reportId), ObjectNode.class));
        if (!doc.found()) {
            return Optional.empty();
        }
        ObjectNode s = doc.source();
        return Optional.of(new StoredReport(doc.id(), s.path("article_id").asText(), s.path("revision").asText(),
                s.path("content_hash").asText(), Instant.parse(s.path("created_at").asText()), s.get("report")));
    }

    @Override
    public StoredReport putIfAbsent(StoredReport report) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("article_id", report.articleId());
        doc.put("revision", report.revision());
        doc.put("content_hash", report.contentHash());
        doc.put("created_at", report.createdAt().toString());
        doc.set("report", report.report());
        try {
            EsCalls.run(url, () -> client.index(i -> i.index(index).id(report.reportId()).document(doc)
                    .opType(OpType.Create))); // no refresh: reports are read by id, and a GET is realtime
            return report;
        } catch (ElasticsearchUnavailableException e) {
            if (e.getCause() instanceof ElasticsearchException ee && EsCalls.isConflict(ee)) {
                return get(report.reportId()).orElseThrow(() -> e);
            }
            throw e;
        }
    }
}
