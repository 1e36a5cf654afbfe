package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precise a date is (CONTRACT.md: {@code day}, {@code week}, {@code month}, {@code year}). */
public enum Grain {
    DAY, WEEK, MONTH, YEAR;

    /** The name on the wire, lower case; made once, not at every claim written. */
    private final String wire = name().toLowerCase(java.util.Locale.ROOT);

    @JsonValue
    public String wire() {
        return wire;
    }
}
