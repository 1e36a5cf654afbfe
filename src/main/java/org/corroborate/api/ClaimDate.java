package org.corroborate.api;

import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/** A claim's date: inclusive range, grain, and whether it is when the event happened or was announced. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimDate(LocalDate start, LocalDate end, Grain grain, Role role) {
    public ClaimDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(grain, "grain");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("date range ends before it starts");
        }
    }

    public static ClaimDate of(DateMention mention, Role role) {
        return new ClaimDate(mention.start(), mention.end(), mention.grain(), role);
    }

    public enum Role {
        EVENT, ANNOUNCED;

        /** The name on the wire, lower case; made once, not at every claim written. */
        private final String wire = name().toLowerCase(java.util.Locale.ROOT);

        @JsonValue
        public String wire() {
            return wire;
        }
    }
}
