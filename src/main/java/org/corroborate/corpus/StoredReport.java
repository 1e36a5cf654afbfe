package org.corroborate.corpus;

import java.nio.file.Path;
import java.util.Map;

/**
 * A report read back from the corpus index, as {@link ReportDocument} wrote it: the fields of the
 * report's language ({@code text_ar}, {@code title_ar}, …) and where it first came from. A migration
 * to a new mapping version indexes it again, its claims extracted anew.
 */
public final class StoredReport {
    private StoredReport() {
    }

    /**
     * The report of one stored document ({@code _source}); one that is not a report (no text, an
     * unknown language) is a failure naming its index and id.
     */
    public static Loaded read(String index, String id, Map<String, Object> source) {
        Origin origin = origin(index, id, source.get("origin"));
        String lang = string(source, "lang");
        try {
            ReportJson fields = ReportJson.of(string(source, "report_id") == null ? id : string(source, "report_id"),
                    string(source, "source"), string(source, "url"), lang,
                    string(source, "published_at") == null ? string(source, "published") : string(source, "published_at"),
                    string(source, "title_" + lang), string(source, "text_" + lang));
            return new Loaded.Read(fields.toReport(), origin);
        } catch (BadReportException e) {
            return new Loaded.Failed(origin, "stored report " + index + "/" + id + ": " + e.getMessage());
        }
    }

    private static Origin origin(String index, String id, Object stored) {
        if (stored instanceof String s && !s.isBlank()) {
            try {
                return Origin.parse(s);
            } catch (IllegalArgumentException e) { // InvalidPathException too
                // not a path on this machine: name it by where it is stored
            }
        }
        return Origin.of(Path.of(index, id));
    }

    private static String string(Map<String, Object> source, String key) {
        return source.get(key) instanceof String s && !s.isBlank() ? s : null;
    }
}
