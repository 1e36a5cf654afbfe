package org.corroborate.api;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A dated event that no count or quote carries ("joint operations between 24 and 27 November").
 * {@code scheduled}: the event is stated as fixed for a day after publication ("will appear before a
 * judge on February 23", dev rule 21b); written as {@code "scheduled": true} only then, so the claims of
 * past events read as before. {@code in_statement}: the dated event is told among a quote claim's words, a direct
 * quotation or a reported statement ("The tribunal said elections will be held on March 7", "Aid deliveries resumed
 * on Wednesday, according to the U.N."): the claim stands (dev rule 21a), and a CMS that leaves such dates to the
 * quote drops it; written as {@code "in_statement": true} only then. {@code statement}: the {@code id} of that quote
 * claim in the same output ("c3"), as {@code part_of} names a count's whole; set exactly when {@code in_statement} is
 * true, so a reader can tell which statement carries the date without matching spans.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "date", "event", "scheduled", "in_statement", "statement", "text", "span", "in_title"})
public record DateClaim(String id, ClaimDate date, CountClaim.Event event, String text, Span span,
                        @JsonProperty("in_title") boolean inTitle,
                        @JsonProperty("scheduled") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean scheduled,
                        @JsonProperty("statement") String statement)
        implements Claim {
    public DateClaim {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** A claim of a past event (not {@code scheduled}). */
    public DateClaim(String id, ClaimDate date, CountClaim.Event event, String text, Span span, boolean inTitle) {
        this(id, date, event, text, span, inTitle, false);
    }

    /** A claim told in the narrator's voice (not {@code in_statement}). */
    public DateClaim(String id, ClaimDate date, CountClaim.Event event, String text, Span span, boolean inTitle,
                     boolean scheduled) {
        this(id, date, event, text, span, inTitle, scheduled, null);
    }

    /**
     * Whether the claim is told among a quote claim's words ({@code "in_statement": true}): exactly when it names that
     * claim as its {@link #statement}.
     */
    @JsonProperty("in_statement")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean inStatement() {
        return statement != null;
    }

    /**
     * The same claim, told among the words of the quote claim whose id is {@code quoteId} ("The tribunal said elections
     * will be held on March 7": the date claim names the tribunal's quote claim).
     */
    public DateClaim toldInStatement(String quoteId) {
        return new DateClaim(id, date, event, text, span, inTitle, scheduled, Objects.requireNonNull(quoteId, "quoteId"));
    }

    @Override
    public String type() {
        return "date";
    }

    @Override
    public DateClaim withId(String newId) {
        return new DateClaim(newId, date, event, text, span, inTitle, scheduled, statement);
    }
}
