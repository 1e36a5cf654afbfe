package org.corroborate.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check submission (CONTRACT.md "HTTP wire details"): JSON {@code {"id", "revision", "text" |
 * "html", "lang"?, "published"?, "title"?, "url"?}} or multipart {@code file} + {@code meta}.
 * {@code contentHash} fingerprints everything that shapes the report, to tell a repeated
 * submission from another one under the same revision.
 */
record CheckRequest(String id, String revision, String text, String html, byte[] file, String fileName,
                    String lang, LocalDate published, String title, String url, String contentHash) {
    private static final int MAX_ID = 256;
    private static final int MAX_REPORT_ID_BYTES = 500;

    /** From the JSON body, or the {@code meta} part with the uploaded file. */
    static CheckRequest of(JsonNode meta, byte[] file, String fileName) {
        if (meta == null || !meta.isObject()) {
            throw ApiProblem.badRequest("bad-request", "the body must be a JSON object");
        }
        String id = requiredString(meta, "id");
        String revision = requiredString(meta, "revision");
        String text = optionalString(meta, "text");
        String html = optionalString(meta, "html");
        int bodies = (text != null ? 1 : 0) + (html != null ? 1 : 0) + (file != null ? 1 : 0);
        if (bodies != 1) {
            throw ApiProblem.badRequest("bad-request", "give exactly one of \"text\", \"html\" or a \"file\" part");
        }
        String lang = optionalString(meta, "lang");
        LocalDate published = date(optionalString(meta, "published"));
        String title = optionalString(meta, "title");
        String url = optionalString(meta, "url");
        if ((id + "@" + revision).getBytes(StandardCharsets.UTF_8).length > MAX_REPORT_ID_BYTES) {
            // the report id is an Elasticsearch document id, which may not exceed 512 bytes
            throw ApiProblem.badRequest("bad-request", "\"id\" and \"revision\" together exceed "
                    + MAX_REPORT_ID_BYTES + " bytes in UTF-8");
        }
        String hash = hash(text, html, file, fileName, lang, published, title, url);
        return new CheckRequest(id, revision, text, html, file, fileName, lang, published, title, url, hash);
    }

    String reportId() {
        return id + "@" + revision;
    }

    private static String requiredString(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw ApiProblem.badRequest("bad-request", "\"" + field + "\" must be a non-empty string");
        }
        if (v.asText().length() > MAX_ID) {
            throw ApiProblem.badRequest("bad-request", "\"" + field + "\" is longer than " + MAX_ID + " characters");
        }
        return v.asText();
    }

    private static String optionalString(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiProblem.badRequest("bad-request", "\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("bad-date", "\"published\" must be YYYY-MM-DD, not '" + s + "'");
        }
    }

    private static String hash(String text, String html, byte[] file, String fileName, Object... meta) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            feed(d, text == null ? null : "text:" + text);
            feed(d, html == null ? null : "html:" + html);
            if (file != null) {
                d.update(file);
                feed(d, "file:" + fileName);
            }
            for (Object m : meta) {
                feed(d, m == null ? null : m.toString());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    private static void feed(MessageDigest d, String s) {
        d.update((s == null ? "\u0000" : s.length() + ":" + s).getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0x1f);
    }
}
