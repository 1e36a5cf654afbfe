package org.corroborate.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.corroborate.api.Claim;
import org.corroborate.api.ElasticsearchUnavailableException;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.ClaimSource;
import org.corroborate.corpus.EsSettings;
import org.corroborate.corpus.IndexSettings;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.gazetteer.Gazetteer;
import org.corroborate.corpus.elasticsearch.Clients;
import org.corroborate.corpus.elasticsearch.ElasticsearchCorpus;
import org.corroborate.extract.ClaimExtractor;
import org.corroborate.rules.RulePacks;
import org.corroborate.verify.ArticleCheck;
import org.corroborate.verify.CheckReport;
import org.corroborate.verify.CheckedArticle;

/**
 * The checking pipeline as the front doors run it (check, demo): extract the article's claims,
 * look them all up in ONE {@code _msearch}, compare. A search Elasticsearch refused is an error
 * (exit 4) rather than a silently unverified claim. Public for the HTTP front door ({@code serve}).
 */
public final class Checker implements AutoCloseable {
    private final ClaimExtractor extractor;
    private final PlaceAncestors places;
    private final ArticleCheck articleCheck;
    private final Clients.Timeouts timeouts;
    /** One client per cluster and corpus, opened on the first check and kept: a check is then one round trip. */
    private final java.util.Map<String, ElasticsearchCorpus> corpora = new java.util.concurrent.ConcurrentHashMap<>();

    /** A checker on {@code extractor}, its places nested by the extractor's own gazetteer. */
    public Checker(ClaimExtractor extractor) {
        this(extractor, places(extractor.gazetteer()));
    }

    public Checker(RulePacks rules, PlaceAncestors places) {
        this(new ClaimExtractor(rules), places);
    }

    private Checker(ClaimExtractor extractor, PlaceAncestors places) {
        this(extractor, places, Clients.Timeouts.BATCH);
    }

    private Checker(ClaimExtractor extractor, PlaceAncestors places, Clients.Timeouts timeouts) {
        this.extractor = extractor;
        this.places = places;
        this.articleCheck = ArticleCheck.withDefaults(places, extractor.unnamedSpeakers(),
                extractor.gazetteer().statedPlaces().kindWords());
        this.timeouts = timeouts;
    }

    /**
     * A checker for the HTTP API sharing this one's extractor: its corpus clients give up within
     * seconds on a dead or hung node (a 503 then), and pool enough connections for concurrent checks.
     */
    public Checker serving() {
        return new Checker(extractor, places, Clients.Timeouts.SERVE);
    }

    public ClaimExtractor extractor() {
        return extractor;
    }

    public PlaceAncestors places() {
        return places;
    }

    /** A report's claims at index time: the same extraction as {@code extract}, on its text and publication date. */
    public static ClaimSource claims(ClaimExtractor extractor) {
        return report -> extractor.extract(report.text(), report.lang(), report.published());
    }

    /** The places containing a gazetteer key, for same-event matching of nested places. */
    public static PlaceAncestors places(Gazetteer gazetteer) {
        return gazetteer::ancestors;
    }

    public static PlaceAncestors places(RulePacks packs) {
        return places(Gazetteer.of(packs));
    }

    public CheckReport check(CheckedArticle article, EsSettings es, String prefix) {
        List<Claim> claims = extractor.extract(article.text(), article.lang(), article.published());
        IndexSettings index = IndexSettings.fromEnvironment(prefix, es.url(), System.getenv());
        ElasticsearchCorpus corpus = corpora.computeIfAbsent(es.url() + "|" + index.alias(),
                key -> ElasticsearchCorpus.connect(es, index, timeouts));
        List<ClaimHits> hits = corpus.search(places).search(articleCheck.queries(article, claims));
        for (ClaimHits h : hits) {
            if (h.error() != null) {
                throw refused(h.error(), es, index);
            }
        }
        return articleCheck.compare(article, claims, hits);
    }

    /** Closes the clients the checks opened. */
    @Override
    public void close() {
        corpora.values().forEach(ElasticsearchCorpus::close);
        corpora.clear();
    }

    private static ElasticsearchUnavailableException refused(String error, EsSettings es, IndexSettings index) {
        if (error.startsWith("index_not_found_exception")) {
            return new ElasticsearchUnavailableException("no-corpus", "no corpus " + index.alias() + " at " + es.url()
                    + "; load reports with 'corroborate index' first");
        }
        return new ElasticsearchUnavailableException("es-refused", "Elasticsearch at " + es.url()
                + " refused a search: " + error);
    }

    /** CONTRACT.md: {@code sha256:} + the first 16 hex digits of the article's bytes. */
    static String idOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
