package org.corroborate.corpus.elasticsearch;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.CountClaim.EventKind;
import org.corroborate.api.DateClaim;
import org.corroborate.api.QuoteClaim;
import org.corroborate.corpus.ClaimQuery;
import org.corroborate.corpus.PlaceAncestors;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.json.JsonData;

/**
 * One claim → nested queries over {@code claims} (CONTRACT.md "Same event"): the action (or
 * quote, or dated event) must match; place and date match when the stored claim has them and
 * are not required when it has not ("matched only on what it has"), a missing date standing in
 * for by the report's publication date, as the comparison does; counts are left to the
 * comparison, and so is which of a report's claims is the one that matched.
 */
final class ClaimQueries {
    /** Token overlap from 0.3 on can be a quote_mismatch, so recall starts there. */
    static final String QUOTE_MIN_MATCH = "30%";

    private final PlaceAncestors places;

    ClaimQueries(PlaceAncestors places) {
        this.places = places;
    }

    Query of(ClaimQuery query) {
        List<Query> must = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        switch (query.claim()) {
            case CountClaim c -> {
                filter.add(term("claims.action", c.action().wire()));
                if (c.event() != null) {
                    must.add(orAbsent(compatibleKinds(c.event().kind()), "claims.event_kind"));
                }
                if (c.location() != null && c.location().key() != null) {
                    must.add(orAbsent(place(c.location().key()), "claims.location_key"));
                }
            }
            case QuoteClaim q -> {
                filter.add(term("claims.type", "quote"));
                String field = "claims.quote_" + query.lang().code();
                must.add(Query.of(x -> x.match(m -> m.field(field).query(q.quote()).minimumShouldMatch(QUOTE_MIN_MATCH))));
            }
            case DateClaim d -> {
                filter.add(term("claims.type", "date"));
                if (d.event() != null) {
                    must.add(orAbsent(compatibleKinds(d.event().kind()), "claims.event_kind"));
                }
                filter.add(dateWithin(d.date(), query.dateWindowDays()));
            }
        }
        ClaimDate eventDate = eventDate(query);
        Query nested = undated(query) ? byPublication(query, filter, must)
                : eventDate != null ? byEventDate(eventDate, query.dateWindowDays(), filter, must)
                : nested(Query.of(x -> x.bool(b -> b.filter(filter).must(must))));
        if (query.claim() instanceof QuoteClaim) {
            return Query.of(x -> x.bool(b -> b.filter(term("lang", query.lang().code())).must(nested)));
        }
        return nested;
    }

    /**
     * Reports with a claim matching {@code claims}. No inner hits: ReportSearch reads the report's claims
     * from its {@code _source}, and the comparison picks the matching one; inner hits cost as much node
     * time as the search itself (issue 6).
     */
    private static Query nested(Query claims) {
        return Query.of(x -> x.nested(n -> n.path("claims").query(claims)));
    }

    /** A count or quote without event date, of an article whose publication date is known. */
    private static boolean undated(ClaimQuery query) {
        ClaimDate date = switch (query.claim()) {
            case CountClaim c -> c.date();
            case QuoteClaim q -> q.date();
            case DateClaim d -> d.date();
        };
        return date == null && query.published() != null;
    }

    /** The date of a count or quote, which a stored claim may lack; a dated event's date is required instead. */
    private static ClaimDate eventDate(ClaimQuery query) {
        return switch (query.claim()) {
            case CountClaim c -> c.date();
            case QuoteClaim q -> q.date();
            case DateClaim d -> null;
        };
    }

    /**
     * A count or quote with a date: a stored claim dated within the window, or an undated stored claim of
     * a report published between the date and the window after it — an undated claim of a report published
     * elsewhere (or never) is not compared (README "Same event": "when one has a date, the other report must
     * have been published between that date and 3 days after"). Two nested queries, each led by a date range,
     * rather than one that visits every stored claim of the same action to ask whether it has a date
     * (issue 6: that visit grew with the corpus). A stored claim scores as before: its slots matched, 0.1
     * for a slot it lacks.
     */
    private static Query byEventDate(ClaimDate date, int window, List<Query> filter, List<Query> must) {
        List<Query> withDate = new ArrayList<>(must);
        withDate.add(dateWithin(date, window));
        Query dated = Query.of(x -> x.bool(b -> b.filter(filter).must(withDate)));
        List<Query> withoutDate = new ArrayList<>(must);
        withoutDate.add(absent("claims.date"));
        Query undated = Query.of(x -> x.bool(b -> b.filter(filter).must(withoutDate)));
        String from = date.start().toString();
        String to = date.end().plusDays(window).toString();
        Query nearby = Query.of(x -> x.bool(b -> b
                .filter(f -> f.range(r -> r.untyped(u -> u.field("published").gte(JsonData.of(from)).lte(JsonData.of(to)))))
                .must(nested(undated))));
        return Query.of(x -> x.bool(b -> b.should(nested(dated)).should(nearby).minimumShouldMatch("1")));
    }

    /**
     * The article's publication date stands in for the missing event date: a stored claim dated up to
     * the window before it, or an undated stored claim of a report published within the undated window.
     */
    private static Query byPublication(ClaimQuery query, List<Query> filter, List<Query> must) {
        java.time.LocalDate published = query.published();
        String dayFrom = published.minusDays(query.dateWindowDays()).toString();
        Query datedBefore = Query.of(x -> x.range(r -> r.untyped(u -> u.field("claims.date")
                .gte(JsonData.of(dayFrom)).lte(JsonData.of(published.toString())).relation(RangeRelation.Intersects))));
        Query dated = Query.of(x -> x.bool(b -> b.filter(filter).filter(datedBefore).must(must)));
        Query undated = Query.of(x -> x.bool(b -> b.filter(filter).must(must)
                .mustNot(m -> m.exists(e -> e.field("claims.date")))));
        String from = published.minusDays(query.undatedWindowDays()).toString();
        String to = published.plusDays(query.undatedWindowDays()).toString();
        Query nearby = Query.of(x -> x.bool(b -> b
                .filter(f -> f.range(r -> r.untyped(u -> u.field("published").gte(JsonData.of(from)).lte(JsonData.of(to)))))
                .must(nested(undated))));
        return Query.of(x -> x.bool(b -> b.should(nested(dated)).should(nearby).minimumShouldMatch("1")));
    }

    /**
     * Event kinds that may name the same event: violence with violence, each natural or
     * accidental kind with itself; {@code other} with everything. A loose pre-filter; the
     * comparison step decides.
     */
    static Query compatibleKinds(EventKind kind) {
        List<EventKind> kinds = new ArrayList<>(kind == EventKind.OTHER ? List.of(EventKind.values())
                : VIOLENCE.contains(kind) ? VIOLENCE : List.of(kind));
        kinds.add(EventKind.OTHER);
        List<FieldValue> values = kinds.stream().distinct().map(k -> FieldValue.of(k.wire())).toList();
        return Query.of(x -> x.terms(t -> t.field("claims.event_kind").terms(v -> v.value(values))));
    }

    private static final List<EventKind> VIOLENCE = List.of(EventKind.ATTACK, EventKind.BOMBING, EventKind.AIRSTRIKE,
            EventKind.SHELLING, EventKind.CLASHES, EventKind.RAID, EventKind.SHOOTING);

    /** The stored claim's place is this one, inside it, or contains it. */
    private Query place(String key) {
        List<FieldValue> containing = places.ancestorsOf(key).stream().map(FieldValue::of).toList();
        return Query.of(x -> x.bool(b -> b
                .should(term("claims.location_path", key))
                .should(s -> s.terms(t -> t.field("claims.location_key").terms(v -> v.value(containing))))
                .minimumShouldMatch("1")));
    }

    private static Query dateWithin(ClaimDate date, int window) {
        String from = date.start().minusDays(window).toString();
        String to = date.end().plusDays(window).toString();
        return Query.of(x -> x.range(r -> r.untyped(u -> u.field("claims.date").gte(JsonData.of(from))
                .lte(JsonData.of(to)).relation(RangeRelation.Intersects))));
    }

    /** Matches {@code query}, or a stored claim without {@code field} (scored lower: it matched on less). */
    private static Query orAbsent(Query query, String field) {
        return Query.of(x -> x.bool(b -> b.should(query).should(absent(field)).minimumShouldMatch("1")));
    }

    /** A stored claim without {@code field}: it matched on less, so it scores 0.1. */
    private static Query absent(String field) {
        return Query.of(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field(field))).boost(0.1f)));
    }

    private static Query term(String field, String value) {
        return Query.of(x -> x.term(t -> t.field(field).value(value)));
    }
}
