package org.corroborate.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An article as CONTRACT.md describes it. {@link #text()} is what every span points into; each
 * paragraph is a slice of it. {@code title}, {@code byline}, {@code published},
 * {@code publishedAt}, {@code source} and {@code url} are {@code null} when unknown.
 *
 * @param published   the calendar date of publication in the source's own offset
 * @param publishedAt the full timestamp, when the source gives one
 */
public record Article(
        String id,
        String title,
        String byline,
        Language lang,
        LocalDate published,
        OffsetDateTime publishedAt,
        String source,
        String url,
        String text,
        List<Paragraph> paragraphs,
        List<ArticleWarning> warnings) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (publishedAt != null && !publishedAt.toLocalDate().equals(published)) {
            throw new IllegalArgumentException("published " + published + " is not the date of " + publishedAt);
        }
        paragraphs.forEach(p -> requireSliceOf(text, p));
    }

    private static void requireSliceOf(String text, Paragraph p) {
        if (p.end() > text.length() || !text.regionMatches(p.start(), p.text(), 0, p.text().length())) {
            throw new IllegalArgumentException("paragraph [" + p.start() + ", " + p.end() + ") is not a slice of the text");
        }
    }
}
