package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precise a date is (CONTRACT.md: {@code day}, {@code week}, {@code month}, {@code year}). */
public enum Grain {
    DAY, WEEK, MONTH, YEAR;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
