package org.corroborate.ingest;

import java.time.format.DateTimeFormatter;

import org.corroborate.api.Article;
import org.corroborate.api.ArticleWarning;
import org.corroborate.api.Paragraph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Article on the wire, exactly as CONTRACT.md names it: {@code id, title, byline, lang,
 * published, published_at, source, url, text, paragraphs[{text, start, end, role, source?}],
 * warnings[{code, message}]}. Unknown values are {@code null}; {@code source} ({@code css_path},
 * {@code offset}) is present only for HTML input.
 */
public final class ArticleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    public static ObjectNode toJson(Article article) {
        ObjectNode json = NODES.objectNode();
        json.put("id", article.id());
        json.put("title", article.title());
        json.put("byline", article.byline());
        json.put("lang", article.lang().code());
        json.put("published", article.published() == null ? null : article.published().toString());
        json.put("published_at", article.publishedAt() == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt()));
        json.put("source", article.source());
        json.put("url", article.url());
        json.put("text", article.text());
        ArrayNode paragraphs = json.putArray("paragraphs");
        article.paragraphs().forEach(p -> paragraphs.add(paragraph(p)));
        ArrayNode warnings = json.putArray("warnings");
        article.warnings().forEach(w -> warnings.add(warning(w)));
        return json;
    }

    private static ObjectNode paragraph(Paragraph p) {
        ObjectNode json = NODES.objectNode();
        json.put("text", p.text());
        json.put("start", p.start());
        json.put("end", p.end());
        json.put("role", p.role().wireName());
        if (p.source() != null) {
            json.putObject("source").put("css_path", p.source().cssPath()).put("offset", p.source().offset());
        }
        return json;
    }

    private static ObjectNode warning(ArticleWarning w) {
        return NODES.objectNode().put("code", w.code()).put("message", w.message());
    }
}
