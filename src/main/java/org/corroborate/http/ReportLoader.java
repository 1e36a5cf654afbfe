package org.corroborate.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.corroborate.corpus.ArticleDocumentReader;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexListener;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.IndexSummary;
import org.corroborate.corpus.Origin;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportSources;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.extract.ClaimExtractor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/reports}: the same loading as {@code corroborate index} on a feed (one
 * report a JSONL line), through a temporary feed file so the feed reader and its line-numbered
 * failures are exactly those of the command line.
 */
final class ReportLoader {
    private final EsSettings es;
    private final String prefix;
    private final ClaimExtractor extractor;
    private final PlaceAncestors places;

    ReportLoader(EsSettings es, String prefix, ClaimExtractor extractor, PlaceAncestors places) {
        this.es = es;
        this.prefix = prefix;
        this.extractor = extractor;
        this.places = places;
    }

    ObjectNode load(String jsonl) {
        Path feed = null;
        try {
            feed = Files.createTempFile("corroborate-reports-", ".jsonl");
            Files.writeString(feed, jsonl, StandardCharsets.UTF_8);
            return load(feed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(feed);
        }
    }

    private ObjectNode load(Path feed) {
        List<ObjectNode> failures = Collections.synchronizedList(new ArrayList<>());
        IndexListener listener = new IndexListener() {
            @Override
            public void failed(Origin origin, String reason) {
                ObjectNode f = JsonNodeFactory.instance.objectNode();
                f.put("line", origin.line());
                f.put("reason", reason);
                failures.add(f);
            }
        };
        IndexSettings index = IndexSettings.fromEnvironment(prefix, es.url(), System.getenv());
        IndexSummary summary;
        try (ElasticsearchCorpus corpus = ElasticsearchCorpus.connect(es, index)) {
            corpus.ensureIndex();
            summary = corpus.load(new ReportSources(new ArticleDocumentReader()), List.of(feed),
                    r -> extractor.extract(r.text(), r.lang(), r.published()), places, listener);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("index", summary.alias());
        out.put("indexed", summary.indexed());
        out.put("added", summary.added());
        out.put("replaced", summary.replaced());
        out.put("failed", summary.failed());
        var list = out.putArray("failures");
        failures.stream().sorted((a, b) -> Integer.compare(a.get("line").asInt(), b.get("line").asInt())).forEach(list::add);
        return out;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
    }
}
