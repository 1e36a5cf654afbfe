package org.corroborate.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.corroborate.api.Claim;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * The source document of one report in the corpus index (README "Corpus index design"): the
 * text and title go to the field of the report's language ({@code text_ar} analysed as Arabic,
 * {@code text_en} as English), the claims to nested {@code claims} slots ({@link ClaimSlots}).
 * Written straight to JSON bytes: a document is made for every report indexed.
 */
public final class ReportDocument {
    private static final JsonFactory JSON = new JsonFactory();

    private ReportDocument() {
    }

    /** The document as UTF-8 JSON. */
    public static byte[] json(Report report, List<Claim> claims, ClaimSlots slots, Origin origin, Instant indexedAt) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(2 * report.text().length() + 1024);
             JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            write(out, report, claims, slots, origin, indexedAt);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }

    private static void write(JsonGenerator out, Report report, List<Claim> claims, ClaimSlots slots, Origin origin,
                              Instant indexedAt) throws IOException {
        String lang = report.lang().code();
        out.writeStartObject();
        out.writeStringField("report_id", report.id().value());
        out.writeStringField("lang", lang);
        string(out, "source", report.source());
        string(out, "url", report.url());
        string(out, "published", report.published() == null ? null : report.published().toString());
        string(out, "published_at", report.publishedAt() == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.publishedAt()));
        string(out, "title_" + lang, report.title());
        out.writeStringField("text_" + lang, report.text());
        out.writeStringField("origin", origin.toString());
        out.writeStringField("indexed_at", indexedAt.toString());
        out.writeArrayFieldStart("claims");
        for (Claim claim : claims) {
            slots.write(out, claim, report.lang());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void string(JsonGenerator out, String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }
}
