package org.corroborate.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The check report as JSON (CONTRACT.md "Check report"): the extract JSON ({@code article},
 * {@code claims}), each claim gaining {@code verdict}, {@code evidence}, {@code agree_count},
 * {@code disagree_count}, {@code flags}, {@code timeline}; plus {@code summary}.
 */
public final class CheckReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CheckReportJson() {
    }

    public static ObjectNode tree(CheckReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.set("article", JSON.valueToTree(report.article()));
        var claims = root.putArray("claims");
        for (ClaimCheck check : report.claims()) {
            claims.add(claim(check));
        }
        root.set("summary", JSON.valueToTree(report.summary()));
        return root;
    }

    public static String write(CheckReport report) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a check report that cannot be written as JSON", e);
        }
    }

    private static ObjectNode claim(ClaimCheck check) {
        ObjectNode claim = JSON.valueToTree(check.claim());
        claim.put("verdict", check.verdict().wire());
        claim.set("evidence", JSON.valueToTree(check.evidence()));
        claim.put("agree_count", check.agreeCount());
        claim.put("disagree_count", check.disagreeCount());
        claim.set("flags", JSON.valueToTree(check.flags()));
        claim.set("timeline", JSON.valueToTree(check.timeline()));
        return claim;
    }
}
