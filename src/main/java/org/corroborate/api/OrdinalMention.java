package org.corroborate.api;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An ordinal: "third", "الثالث", "3rd". */
@JsonPropertyOrder({"kind", "text", "span", "value"})
public record OrdinalMention(String text, Span span, long value, @JsonIgnore String rule) implements Mention {
    public OrdinalMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String kind() {
        return "ordinal";
    }
}
