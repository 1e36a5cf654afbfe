package org.corroborate.corpus;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Claim;

/**
 * The source document of one report in the corpus index (README "Corpus index design"): the
 * text and title go to the field of the report's language ({@code text_ar} analysed as Arabic,
 * {@code text_en} as English), the claims to nested {@code claims} slots.
 */
public final class ReportDocument {
    private ReportDocument() {
    }

    public static Map<String, Object> of(Report report, List<Claim> claims, ClaimSlots slots, Origin origin,
                                         Instant indexedAt) {
        String lang = report.lang().code();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report_id", report.id().value());
        doc.put("lang", lang);
        put(doc, "source", report.source());
        put(doc, "url", report.url());
        put(doc, "published", report.published() == null ? null : report.published().toString());
        put(doc, "published_at", report.publishedAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.publishedAt()));
        put(doc, "title_" + lang, report.title());
        doc.put("text_" + lang, report.text());
        doc.put("origin", origin.toString());
        doc.put("indexed_at", indexedAt.toString());
        doc.put("claims", claims.stream().map(c -> slots.of(c, report.lang())).toList());
        return doc;
    }

    private static void put(Map<String, Object> doc, String field, Object value) {
        if (value != null) {
            doc.put(field, value);
        }
    }
}
