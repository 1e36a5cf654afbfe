package org.corroborate.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A date or a date range; {@code end} is inclusive ("between 24 and 27 November" →
 * 2025-11-24..2025-11-27). A relative date with no reference date stays unresolved:
 * {@code start}/{@code end} null with a warning.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "text", "span", "start", "end", "grain", "warnings"})
public record DateMention(String text, Span span, LocalDate start, LocalDate end, Grain grain,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
                          @JsonIgnore String rule) implements Mention {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(grain, "grain");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("a date has both ends or neither: " + text);
        }
        if (start != null && end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts: " + text);
        }
    }

    @Override
    public String kind() {
        return "date";
    }

    @JsonIgnore
    public boolean resolved() {
        return start != null;
    }
}
