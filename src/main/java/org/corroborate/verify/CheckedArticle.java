package org.corroborate.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Language;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The article of a check report, with the keys of CONTRACT.md "Article" that a plain-text article
 * can fill. Until the ingestion layer's article type lands (issue 3), paragraphs are the text's
 * blank-line-separated blocks, all {@code body}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "title", "byline", "lang", "published", "published_at", "source", "url", "text",
        "paragraphs", "warnings"})
public record CheckedArticle(String id, String title, String byline,
                             @com.fasterxml.jackson.databind.annotation.JsonSerialize(
                                     using = com.fasterxml.jackson.databind.ser.std.ToStringSerializer.class) Language lang, LocalDate published,
                             @com.fasterxml.jackson.annotation.JsonProperty("published_at") String publishedAt,
                             String source, String url, String text, List<Paragraph> paragraphs,
                             List<Warning> warnings) {
    private static final Pattern BLOCK = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");

    public CheckedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** A plain-text article: paragraphs from blank lines; a warning when the publication date is unknown. */
    public static CheckedArticle ofText(String id, String title, Language lang, LocalDate published, String text) {
        List<Warning> warnings = published != null ? List.of()
                : List.of(new Warning("no-publication-date",
                        "no publication date: every report counts as already available; give --published"));
        return new CheckedArticle(id, title, null, lang, published, null, null, null, text, paragraphs(text), warnings);
    }

    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                paragraphs.add(new Paragraph(m.group(), m.start(), m.end(), "body"));
            }
        }
        return paragraphs;
    }

    public record Paragraph(String text, int start, int end, String role) {
    }

    public record Warning(String code, String message) {
    }
}
