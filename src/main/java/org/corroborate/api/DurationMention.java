package org.corroborate.api;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A length of time: "ten years", "عشر سنوات" → {@code value: 10, unit: year, iso: P10Y}. */
@JsonPropertyOrder({"kind", "text", "span", "value", "unit", "iso"})
public record DurationMention(String text, Span span, BigDecimal value, Grain unit,
                              @JsonIgnore String rule) implements Mention {
    public DurationMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String kind() {
        return "duration";
    }

    /** ISO 8601, e.g. {@code P10Y}, {@code P2W}, {@code P3D}; on the wire as {@code iso} (CONTRACT.md). */
    @JsonProperty("iso")
    public String iso() {
        String letter = switch (unit) {
            case DAY -> "D";
            case WEEK -> "W";
            case MONTH -> "M";
            case YEAR -> "Y";
        };
        return "P" + value.stripTrailingZeros().toPlainString() + letter;
    }
}
