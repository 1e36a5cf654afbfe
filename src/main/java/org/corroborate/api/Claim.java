package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A checkable claim (CONTRACT.md "Claims"). Ids are deterministic: {@code c1}..{@code cn} in span
 * order. {@code text} is the sentence or clause the claim stands in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Claim permits CountClaim, QuoteClaim, DateClaim {

    String id();

    /** {@code casualty}, {@code arrest}, {@code quote} or {@code date}. */
    @JsonProperty("type")
    String type();

    String text();

    Span span();

    @JsonProperty("in_title")
    boolean inTitle();

    /** The same claim under another id (ids are given once all claims of an article are known). */
    Claim withId(String id);
}
