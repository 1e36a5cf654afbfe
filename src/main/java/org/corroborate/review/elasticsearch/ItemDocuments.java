package org.corroborate.review.elasticsearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.review.AuditEntry;
import org.corroborate.review.ReviewItem;
import org.corroborate.review.ReviewStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A review item as its Elasticsearch document, and back; {@code severity_rank} is there for sorting. */
final class ItemDocuments {
    private ItemDocuments() {
    }

    static ObjectNode toDocument(ReviewItem item) {
        ObjectNode doc = org.corroborate.review.ReviewItemJson.of(item);
        doc.put("severity_rank", ReviewItem.severityRank(item.severity()));
        return doc;
    }

    static ReviewItem fromDocument(JsonNode doc, long seqNo, long primaryTerm) {
        List<AuditEntry> audit = new ArrayList<>();
        for (JsonNode a : doc.path("audit")) {
            audit.add(new AuditEntry(a.path("action").asText(), a.path("by").asText(), Instant.parse(a.path("at").asText()),
                    ReviewStatus.fromWire(a.path("from").asText()), ReviewStatus.fromWire(a.path("to").asText()),
                    a.path("reason").asText(null)));
        }
        return new ReviewItem(doc.path("id").asText(), version(seqNo, primaryTerm),
                ReviewStatus.fromWire(doc.path("status").asText()), doc.path("kind").asText(),
                doc.path("severity").asText(), doc.path("article_id").asText(), doc.path("revision").asText(),
                doc.path("report_id").asText(null), doc.path("lang").asText(null), doc.get("claim"), doc.get("flag"),
                doc.get("evidence"), Instant.parse(doc.path("created_at").asText()), audit);
    }

    /** The item's version on the wire: {@code <seq_no>:<primary_term>}, what a conditional write needs. */
    static String version(long seqNo, long primaryTerm) {
        return seqNo + ":" + primaryTerm;
    }

    /** {seq_no, primary_term} of a version, or null when it is not one of ours (it then never matches). */
    static long[] parseVersion(String version) {
        String[] parts = version.split(":", -1);
        try {
            return parts.length == 2 ? new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
