package org.corroborate.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.corroborate.api.InputRejectedException;
import org.corroborate.api.Language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report fields of a feed line or a sidecar: {@code id, source, url, lang, published, title,
 * text}, each optional here (the caller says what it requires); unknown keys are ignored.
 */
record ReportJson(String id, String source, String url, Language lang, LocalDate published,
                  OffsetDateTime publishedAt, String title, String text) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ReportJson parse(String json) throws BadReportException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadReportException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadReportException("not a JSON object");
        }
        return of(string(node, "id"), string(node, "source"), string(node, "url"), string(node, "lang"),
                string(node, "published"), string(node, "title"), string(node, "text"));
    }

    /** The fields as strings, as a feed line has them; {@code lang} and {@code published} are checked here. */
    static ReportJson of(String id, String source, String url, String lang, String published, String title,
                         String text) throws BadReportException {
        Published when = published(published);
        return new ReportJson(id, source, url, language(lang), when.date(), when.at(), title, text);
    }

    /** The report this line describes; {@code id}, {@code lang} and {@code text} are required. */
    Report toReport() throws BadReportException {
        if (id == null) {
            throw new BadReportException("no \"id\"");
        }
        if (lang == null) {
            throw new BadReportException("no \"lang\" (ar or en)");
        }
        if (text == null) {
            throw new BadReportException("no \"text\"");
        }
        return report(id, lang, title, text);
    }

    Report report(String reportId, Language language, String reportTitle, String reportText)
            throws BadReportException {
        try {
            return new Report(new ReportId(reportId), language, source, url, published, publishedAt,
                    reportTitle, reportText);
        } catch (IllegalArgumentException e) {
            throw new BadReportException(e.getMessage());
        }
    }

    private static String string(JsonNode node, String key) throws BadReportException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadReportException("\"" + key + "\" must be a string");
        }
        String s = value.asText();
        return s.isBlank() ? null : s;
    }

    private static Language language(String code) throws BadReportException {
        if (code == null) {
            return null;
        }
        try {
            return Language.fromCode(code);
        } catch (InputRejectedException e) {
            throw new BadReportException(e.getMessage());
        }
    }

    private record Published(LocalDate date, OffsetDateTime at) {
    }

    /** {@code YYYY-MM-DD}, or a full ISO timestamp (its date in its own offset is the calendar date). */
    private static Published published(String s) throws BadReportException {
        if (s == null) {
            return new Published(null, null);
        }
        try {
            if (s.length() == 10) {
                return new Published(LocalDate.parse(s), null);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                OffsetDateTime at = OffsetDateTime.parse(s);
                return new Published(at.toLocalDate(), at);
            }
            return new Published(LocalDateTime.parse(s).toLocalDate(), null);
        } catch (DateTimeParseException e) {
            throw new BadReportException("\"published\" is neither YYYY-MM-DD nor an ISO timestamp: " + s);
        }
    }
}
