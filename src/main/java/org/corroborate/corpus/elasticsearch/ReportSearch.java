package org.corroborate.corpus.elasticsearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Claim;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;
import org.corroborate.corpus.ClaimHits;
import org.corroborate.corpus.ClaimQuery;
import org.corroborate.corpus.PlaceAncestors;
import org.corroborate.corpus.ReportHit;
import org.corroborate.corpus.ReportId;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Looks up a batch of claims in the corpus with ONE {@code _msearch} round trip, whatever the
 * number of claims (the checking step must not pay one round trip per claim). Report texts are
 * not fetched. A hit carries the report's stored claims of the looked-up claim's kind; which of
 * them tell of the same event is the comparison's decision ({@code verify.SameEvent}), so the
 * search asks for no inner hits: they were half of the node's time per check (issue 6).
 */
public final class ReportSearch {
    /** What a hit needs; {@code claims} for the slots of the report's claims. */
    private static final List<String> FIELDS = List.of("report_id", "lang", "source", "url", "published",
            "title_ar", "title_en", "claims");

    private final ElasticsearchClient client;
    private final String alias;
    private final String url;
    private final ClaimQueries queries;

    ReportSearch(ElasticsearchClient client, String alias, String url, PlaceAncestors places) {
        this.client = client;
        this.alias = alias;
        this.url = url;
        this.queries = new ClaimQueries(places);
    }

    /** The hits of each query, in the queries' order. */
    public List<ClaimHits> search(List<ClaimQuery> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<RequestItem> searches = batch.stream().map(this::request).toList();
        MsearchResponse<Map> response = Calls.run(url, () -> client.msearch(m -> m.searches(searches), Map.class));
        List<ClaimHits> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            results.add(hits(batch.get(i), response.responses().get(i)));
        }
        return results;
    }

    /** The sub-search of one claim (package-private for the corpus bench's timings). */
    RequestItem request(ClaimQuery query) {
        return RequestItem.of(r -> r.header(h -> h.index(alias)).body(b -> b.query(queries.of(query))
                .size(query.size()).source(s -> s.filter(f -> f.includes(FIELDS)))
                .sort(s -> s.score(o -> o.order(SortOrder.Desc)))
                .sort(s -> s.field(f -> f.field("published").order(SortOrder.Desc)))
                .trackScores(true)));
    }

    private static ClaimHits hits(ClaimQuery query, MultiSearchResponseItem<Map> item) {
        if (item.isFailure()) {
            return new ClaimHits(query.key(), List.of(),
                    item.failure().error().type() + ": " + item.failure().error().reason());
        }
        return new ClaimHits(query.key(), item.result().hits().hits().stream().map(h -> hit(query.claim(), h)).toList(),
                null);
    }

    private static ReportHit hit(Claim claim, Hit<Map> hit) {
        Map<String, Object> source = hit.source();
        Language lang = Language.fromCode((String) source.get("lang"));
        String published = (String) source.get("published");
        List<Map<String, Object>> claims = new ArrayList<>();
        for (Map<String, Object> stored : claimsOf(source)) {
            if (sameKind(claim, stored)) {
                claims.add(stored);
            }
        }
        return new ReportHit(new ReportId(hit.id()), (String) source.get("source"), (String) source.get("url"), lang,
                published == null ? null : LocalDate.parse(published), (String) source.get("title_" + lang.code()),
                hit.score() == null ? 0 : hit.score(), claims);
    }

    /** A stored claim the comparison may weigh against {@code claim}: the same action, or a quote, or a dated event. */
    static boolean sameKind(Claim claim, Map<String, Object> stored) {
        return switch (claim) {
            case CountClaim c -> c.action().wire().equals(stored.get("action"));
            case QuoteClaim q -> "quote".equals(stored.get("type"));
            case DateClaim d -> "date".equals(stored.get("type"));
        };
    }

    /** The report's stored claims, in the order {@code _nested.offset} counts them. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> claimsOf(Map<String, Object> source) {
        return switch (source.get("claims")) {
            case List<?> list -> (List<Map<String, Object>>) list;
            case Map<?, ?> one -> List.of((Map<String, Object>) one);
            case null, default -> List.of();
        };
    }
}
