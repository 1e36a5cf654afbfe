package org.corroborate.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The schema.org NewsArticle (or Article, ReportageNews...) a page describes in
 * {@code <script type="application/ld+json">}, read leniently: malformed blocks are ignored,
 * {@code @graph} and arrays are searched, the first article-like object wins.
 */
record JsonLd(String headline, String datePublished, String url, String publisherName, String authors) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bounds the walk over hostile JSON-LD. */
    private static final int MAX_NODES = 10_000;

    static JsonLd read(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode article = findArticle(parse(script.data()));
            if (article != null) {
                return of(article);
            }
        }
        return new JsonLd(null, null, null, null, null);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException malformed) {
            return null; // a broken JSON-LD block is common and not the article's fault
        }
    }

    private static JsonNode findArticle(JsonNode root) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
            JsonNode node = todo.removeFirst();
            if (node.isObject() && node.hasNonNull("datePublished") || node.isObject() && isArticleType(node)) {
                return node;
            }
            node.elements().forEachRemaining(todo::addLast);
        }
        return null;
    }

    private static boolean isArticleType(JsonNode node) {
        String type = node.path("@type").isArray() ? node.path("@type").path(0).asText("") : node.path("@type").asText("");
        return type.endsWith("Article") || type.equals("ReportageNews");
    }

    private static JsonLd of(JsonNode article) {
        return new JsonLd(text(article.get("headline")), text(article.get("datePublished")),
                text(article.get("url")), text(article.path("publisher").get("name")), authors(article.get("author")));
    }

    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isTextual() ? one.asText() : text(one.get("name"));
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.asText().isBlank() ? node.asText().strip() : null;
    }
}
