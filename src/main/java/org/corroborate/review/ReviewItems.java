package org.corroborate.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The review items of a check report (its JSON, CONTRACT.md "Check report"): one per flag. */
public final class ReviewItems {
    private ReviewItems() {
    }

    public static List<ReviewItem> of(StoredReport stored, Instant now) {
        JsonNode report = stored.report();
        String lang = report.path("article").path("lang").asText(null);
        List<ReviewItem> items = new ArrayList<>();
        for (JsonNode claim : report.path("claims")) {
            for (JsonNode flag : claim.path("flags")) {
                items.add(new ReviewItem(idOf(stored.reportId(), flag.path("id").asText()), null, ReviewStatus.OPEN,
                        flag.path("kind").asText(), flag.path("severity").asText(), stored.articleId(),
                        stored.revision(), stored.reportId(), lang, claimWithoutChecks(claim), flag,
                        evidenceOf(claim, flag), now, List.of()));
            }
        }
        return items;
    }

    /** Deterministic, URL-safe: the same flag of the same report is always the same item. */
    static String idOf(String reportId, String flagId) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((reportId + "\n" + flagId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    private static JsonNode claimWithoutChecks(JsonNode claim) {
        ObjectNode copy = claim.deepCopy();
        copy.remove(List.of("evidence", "flags", "timeline"));
        return copy;
    }

    /** The evidence entries of the reports the flag rests on. */
    private static ArrayNode evidenceOf(JsonNode claim, JsonNode flag) {
        Set<String> ids = new HashSet<>();
        flag.path("evidence").forEach(id -> ids.add(id.asText()));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode e : claim.path("evidence")) {
            if (ids.contains(e.path("report_id").asText())) {
                out.add(e);
            }
        }
        return out;
    }
}
