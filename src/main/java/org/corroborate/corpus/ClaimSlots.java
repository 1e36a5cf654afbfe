package org.corroborate.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Claim;
import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;

/**
 * A claim as the flat slots of one {@code claims} nested object of the corpus index (README
 * "Corpus index design"). Counts become the interval they stand for (CONTRACT.md: approximate N
 * = [0.9N, 1.1N], at least N = [N, ∞)): {@code count_min}/{@code count_max} and the
 * {@code count} {@code long_range}; an unbounded upper end is left out. Absent slots are left out.
 */
public final class ClaimSlots {
    private final PlaceAncestors places;

    public ClaimSlots(PlaceAncestors places) {
        this.places = places;
    }

    public Map<String, Object> of(Claim claim, Language lang) {
        Map<String, Object> slots = new LinkedHashMap<>();
        put(slots, "claim_id", claim.id());
        slots.put("type", claim.type());
        put(slots, "sentence", claim.text());
        slots.put("span_start", claim.span().start());
        slots.put("span_end", claim.span().end());
        slots.put("in_title", claim.inTitle());
        switch (claim) {
            case CountClaim count -> count(slots, count);
            case QuoteClaim quote -> quote(slots, quote, lang);
            case DateClaim date -> {
                date(slots, date.date());
                event(slots, date.event());
            }
        }
        return slots;
    }

    private void count(Map<String, Object> slots, CountClaim claim) {
        slots.put("action", claim.action().wire());
        CountClaim.Count count = claim.count();
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("gte", count.lower());
        slots.put("count_min", count.lower());
        if (count.upper() != Long.MAX_VALUE) {
            range.put("lte", count.upper());
            slots.put("count_max", count.upper());
        }
        slots.put("count", range);
        put(slots, "count_value", count.value());
        slots.put("approximate", count.approximate());
        put(slots, "subject_text", claim.subject().text());
        slots.put("subject_category", claim.subject().category().wire());
        put(slots, "nationality", claim.subject().nationality());
        put(slots, "affiliation", claim.subject().affiliation());
        event(slots, claim.event());
        date(slots, claim.date());
        if (claim.location() != null) {
            put(slots, "location_text", claim.location().text());
            location(slots, claim.location().key());
        }
        put(slots, "part_of", claim.partOf());
    }

    private static void quote(Map<String, Object> slots, QuoteClaim claim, Language lang) {
        slots.put("quote_" + lang.code(), claim.quote());
        slots.put("quote_direct", claim.direct());
        slots.put("speaker_text", claim.speaker().text());
        put(slots, "speaker_key", claim.speaker().key());
        put(slots, "speaker_as_written", claim.speaker().asWritten());
        date(slots, claim.date());
    }

    private static void event(Map<String, Object> slots, CountClaim.Event event) {
        if (event != null) {
            slots.put("event_kind", event.kind().wire());
            put(slots, "event_text", event.text());
        }
    }

    private static void date(Map<String, Object> slots, ClaimDate date) {
        if (date == null) {
            return;
        }
        slots.put("date", Map.of("gte", date.start().toString(), "lte", date.end().toString()));
        slots.put("date_start", date.start().toString());
        slots.put("date_end", date.end().toString());
        slots.put("date_grain", date.grain().wire());
        if (date.role() != null) {
            slots.put("date_role", date.role().wire());
        }
    }

    private void location(Map<String, Object> slots, String key) {
        if (key == null) {
            return;
        }
        slots.put("location_key", key);
        List<String> path = new ArrayList<>();
        path.add(key);
        path.addAll(places.ancestorsOf(key));
        slots.put("location_path", List.copyOf(path));
    }

    private static void put(Map<String, Object> slots, String field, Object value) {
        if (value != null) {
            slots.put(field, value);
        }
    }
}
