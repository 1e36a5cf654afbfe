package org.corroborate.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A review item's fields as JSON, shared by the wire (which adds {@code version}) and the stored
 * document (which adds {@code severity_rank} for sorting): {@code id, status, kind, severity,
 * article_id, revision, report_id, lang, claim, flag, evidence, created_at, audit}.
 */
public final class ReviewItemJson {
    private ReviewItemJson() {
    }

    public static ObjectNode of(ReviewItem item) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", item.id());
        o.put("status", item.status().wire());
        o.put("kind", item.kind());
        o.put("severity", item.severity());
        o.put("article_id", item.articleId());
        o.put("revision", item.revision());
        o.put("report_id", item.reportId());
        o.put("lang", item.lang());
        o.set("claim", item.claim());
        o.set("flag", item.flag());
        o.set("evidence", item.evidence());
        o.put("created_at", item.createdAt().toString());
        var audit = o.putArray("audit");
        for (AuditEntry e : item.audit()) {
            ObjectNode a = audit.addObject();
            a.put("action", e.action());
            a.put("by", e.by());
            a.put("at", e.at().toString());
            a.put("from", e.from().wire());
            a.put("to", e.to().wire());
            a.put("reason", e.reason());
        }
        return o;
    }
}
