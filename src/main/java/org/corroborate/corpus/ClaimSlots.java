package org.corroborate.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.corroborate.api.Claim;
import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateClaim;
import org.corroborate.api.Language;
import org.corroborate.api.QuoteClaim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * A claim as the flat slots of one {@code claims} nested object of the corpus index (README
 * "Corpus index design"). Counts become the interval they stand for (CONTRACT.md: approximate N
 * = [0.9N, 1.1N], at least N = [N, ∞)): {@code count_min}/{@code count_max} and the
 * {@code count} {@code long_range}; an unbounded upper end is left out. Absent slots are left out.
 *
 * <p>The slots are written straight to the JSON of the report's document ({@link #write}): at index
 * time a report's claims never become maps. {@link #of} reads the same slots back as a map.
 */
public final class ClaimSlots {
    private static final ObjectMapper MAPS = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private final PlaceAncestors places;

    public ClaimSlots(PlaceAncestors places) {
        this.places = places;
    }

    /** The slots as a map, as they come back in a hit's {@code _source} (whole numbers as longs). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> of(Claim claim, Language lang) {
        try (TokenBuffer buffer = new TokenBuffer(MAPS, false)) {
            write(buffer, claim, lang);
            return MAPS.readValue(buffer.asParser(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the claim's slots as one JSON object. */
    public void write(JsonGenerator out, Claim claim, Language lang) throws IOException {
        out.writeStartObject();
        string(out, "claim_id", claim.id());
        out.writeStringField("type", claim.type());
        string(out, "sentence", claim.text());
        out.writeNumberField("span_start", claim.span().start());
        out.writeNumberField("span_end", claim.span().end());
        out.writeBooleanField("in_title", claim.inTitle());
        switch (claim) {
            case CountClaim count -> count(out, count);
            case QuoteClaim quote -> quote(out, quote, lang);
            case DateClaim date -> {
                date(out, date.date());
                event(out, date.event());
            }
        }
        out.writeEndObject();
    }

    private void count(JsonGenerator out, CountClaim claim) throws IOException {
        out.writeStringField("action", claim.action().wire());
        CountClaim.Count count = claim.count();
        boolean bounded = count.upper() != Long.MAX_VALUE;
        out.writeNumberField("count_min", count.lower());
        if (bounded) {
            out.writeNumberField("count_max", count.upper());
        }
        out.writeObjectFieldStart("count");
        out.writeNumberField("gte", count.lower());
        if (bounded) {
            out.writeNumberField("lte", count.upper());
        }
        out.writeEndObject();
        if (count.value() != null) {
            out.writeNumberField("count_value", count.value());
        }
        out.writeBooleanField("approximate", count.approximate());
        string(out, "subject_text", claim.subject().text());
        out.writeStringField("subject_category", claim.subject().category().wire());
        string(out, "nationality", claim.subject().nationality());
        string(out, "affiliation", claim.subject().affiliation());
        event(out, claim.event());
        date(out, claim.date());
        if (claim.location() != null) {
            string(out, "location_text", claim.location().text());
            location(out, claim.location().key());
        }
        string(out, "part_of", claim.partOf());
    }

    private static void quote(JsonGenerator out, QuoteClaim claim, Language lang) throws IOException {
        out.writeStringField("quote_" + lang.code(), claim.quote());
        out.writeBooleanField("quote_direct", claim.direct());
        out.writeStringField("speaker_text", claim.speaker().text());
        string(out, "speaker_key", claim.speaker().key());
        string(out, "speaker_as_written", claim.speaker().asWritten());
        date(out, claim.date());
    }

    private static void event(JsonGenerator out, CountClaim.Event event) throws IOException {
        if (event != null) {
            out.writeStringField("event_kind", event.kind().wire());
            string(out, "event_text", event.text());
        }
    }

    private static void date(JsonGenerator out, ClaimDate date) throws IOException {
        if (date == null) {
            return;
        }
        String start = date.start().toString();
        String end = date.end().toString();
        out.writeObjectFieldStart("date");
        out.writeStringField("gte", start);
        out.writeStringField("lte", end);
        out.writeEndObject();
        out.writeStringField("date_start", start);
        out.writeStringField("date_end", end);
        out.writeStringField("date_grain", date.grain().wire());
        if (date.role() != null) {
            out.writeStringField("date_role", date.role().wire());
        }
    }

    private void location(JsonGenerator out, String key) throws IOException {
        if (key == null) {
            return;
        }
        out.writeStringField("location_key", key);
        out.writeArrayFieldStart("location_path");
        out.writeString(key);
        for (String ancestor : places.ancestorsOf(key)) {
            out.writeString(ancestor);
        }
        out.writeEndArray();
    }

    private static void string(JsonGenerator out, String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }
}
