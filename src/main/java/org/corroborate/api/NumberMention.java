package org.corroborate.api;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A count or quantity. Encoding of qualifiers (CONTRACT.md): exact → {@code value}; about/some →
 * {@code value} + {@code approximate}; at least N → {@code min: N}; more than N → {@code min: N+1};
 * up to N → {@code max: N}; nearly N → {@code value: N, max: N, approximate}; vague quantities
 * (بضعة، عشرات، dozens) → {@code min}/{@code max} + {@code approximate}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "text", "span", "value", "min", "max", "approximate"})
public record NumberMention(String text, Span span, BigDecimal value, BigDecimal min, BigDecimal max,
                            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean approximate,
                            @JsonIgnore String rule) implements Mention {
    public NumberMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (value == null && min == null && max == null) {
            throw new IllegalArgumentException("a number needs a value, a min or a max: " + text);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min > max in " + text);
        }
    }

    public static NumberMention exact(String text, Span span, BigDecimal value, String rule) {
        return new NumberMention(text, span, value, null, null, false, rule);
    }

    @Override
    public String kind() {
        return "number";
    }

    /** The lower end of the interval this number stands for ({@code null}: unbounded). */
    @JsonIgnore
    public BigDecimal lower() {
        return min != null ? min : (max != null && value == null ? BigDecimal.ZERO : value);
    }

    /** The upper end of the interval this number stands for ({@code null}: unbounded). */
    @JsonIgnore
    public BigDecimal upper() {
        return max != null ? max : (min != null && value == null ? null : value);
    }
}
