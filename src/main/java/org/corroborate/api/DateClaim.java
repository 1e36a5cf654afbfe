package org.corroborate.api;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A dated event that no count or quote carries ("joint operations between 24 and 27 November").
 * {@code scheduled}: the event is stated as fixed for a day after publication ("will appear before a
 * judge on February 23", dev rule 21b); written as {@code "scheduled": true} only then, so the claims of
 * past events read as before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "date", "event", "scheduled", "text", "span", "in_title"})
public record DateClaim(String id, ClaimDate date, CountClaim.Event event, String text, Span span,
                        @JsonProperty("in_title") boolean inTitle,
                        @JsonProperty("scheduled") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean scheduled) implements Claim {
    public DateClaim {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** A claim of a past event (not {@code scheduled}). */
    public DateClaim(String id, ClaimDate date, CountClaim.Event event, String text, Span span, boolean inTitle) {
        this(id, date, event, text, span, inTitle, false);
    }

    @Override
    public String type() {
        return "date";
    }

    @Override
    public DateClaim withId(String newId) {
        return new DateClaim(newId, date, event, text, span, inTitle, scheduled);
    }
}
