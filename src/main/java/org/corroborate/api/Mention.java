package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A number, ordinal, date or duration found in the text (CONTRACT.md "Mentions"). Mentions may
 * overlap when a text has two readings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "text", "span"})
public sealed interface Mention
        permits NumberMention, OrdinalMention, DateMention, DurationMention {

    /** {@code number}, {@code ordinal}, {@code date} or {@code duration}. */
    @JsonProperty("kind")
    String kind();

    /** The covered text, as written in the original. */
    String text();

    Span span();

    /** The id of the rule that produced it, for explanations and debugging (not on the wire). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    String rule();
}
