package org.corroborate.api;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A statement attributed to a speaker: the quoted words, who said them, and whether they are
 * quoted directly (inside «», "", “”) or reported ("said that ...").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "quote", "speaker", "direct", "date", "text", "span", "in_title"})
public record QuoteClaim(String id, String quote, Speaker speaker, boolean direct, ClaimDate date,
                         String text, Span span, @JsonProperty("in_title") boolean inTitle) implements Claim {
    public QuoteClaim {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String type() {
        return "quote";
    }

    @Override
    public QuoteClaim withId(String newId) {
        return new QuoteClaim(newId, quote, speaker, direct, date, text, span, inTitle);
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
