package org.corroborate.api;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A dated event that no count or quote carries ("joint operations between 24 and 27 November"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "date", "event", "text", "span", "in_title"})
public record DateClaim(String id, ClaimDate date, CountClaim.Event event, String text, Span span,
                        @JsonProperty("in_title") boolean inTitle) implements Claim {
    public DateClaim {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String type() {
        return "date";
    }

    @Override
    public DateClaim withId(String newId) {
        return new DateClaim(newId, date, event, text, span, inTitle);
    }
}
