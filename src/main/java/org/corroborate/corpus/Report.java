package org.corroborate.corpus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.corroborate.api.Language;

/**
 * One report of the corpus (wire copy, another outlet's article), in Arabic or English.
 *
 * @param published   the calendar date in the source's own offset, or {@code null} when unknown
 * @param publishedAt the full timestamp when the source gave one, else {@code null}
 * @param source      the outlet or agency ({@code null} when unknown)
 * @param title       {@code null} when the report has none
 */
public record Report(ReportId id, Language lang, String source, String url, LocalDate published,
                     OffsetDateTime publishedAt, String title, String text) {
    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a report needs some text");
        }
        if (publishedAt != null && published == null) {
            published = publishedAt.toLocalDate();
        }
    }
}
