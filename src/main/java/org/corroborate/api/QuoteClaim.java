package org.corroborate.api;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A statement attributed to a speaker: the quoted words, who said them, and whether they are
 * quoted directly (inside «», "", “”) or reported ("said that ...").
 *
 * <p>{@code sourcing}: the statement's whole content is the count(s) it carries ("twelve people
 * were killed, the ministry said"): it is the counts' sourcing, each count also a count claim (team
 * decision of 2026-11-30, third, amending rule 4 of dev). JSON {@code "sourcing": true} only when
 * true; a CMS that follows rule 4 drops these quotes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "quote", "speaker", "direct", "sourcing", "date", "text", "span", "in_title"})
public record QuoteClaim(String id, String quote, Speaker speaker, boolean direct, ClaimDate date,
                         String text, Span span, @JsonProperty("in_title") boolean inTitle,
                         @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean sourcing) implements Claim {
    public QuoteClaim {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** A statement that says more than a count: no {@code sourcing} mark. */
    public QuoteClaim(String id, String quote, Speaker speaker, boolean direct, ClaimDate date,
                      String text, Span span, boolean inTitle) {
        this(id, quote, speaker, direct, date, text, span, inTitle, false);
    }

    /** The same claim marked as a count's sourcing ({@code sourcing} true). */
    public QuoteClaim asSourcing() {
        return new QuoteClaim(id, quote, speaker, direct, date, text, span, inTitle, true);
    }

    /** The same claim with the statement's {@code newDate}. */
    public QuoteClaim withDate(ClaimDate newDate) {
        return new QuoteClaim(id, quote, speaker, direct, newDate, text, span, inTitle, sourcing);
    }

    /** The same claim, found in the article's title. */
    public QuoteClaim markedInTitle() {
        return new QuoteClaim(id, quote, speaker, direct, date, text, span, true, sourcing);
    }

    @Override
    public String type() {
        return "quote";
    }

    @Override
    public QuoteClaim withId(String newId) {
        return new QuoteClaim(newId, quote, speaker, direct, date, text, span, inTitle, sourcing);
    }

    /**
     * {@code text}: the nearest named person or body; {@code asWritten}: the words in the sentence
     * ("البيان"); {@code key}: the gazetteer key when known.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(String text, String key, @JsonProperty("as_written") String asWritten) {
        public Speaker {
            Objects.requireNonNull(text, "text");
        }
    }
}
